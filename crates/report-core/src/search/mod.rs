//! Full-text search of the Chinese text or its English translation, shared
//! by the app and the CLI: exact matching after normalisation (any substring
//! in Chinese, from a word start in English), ranked, with snippets. The
//! language is a type parameter ([`Chinese`] unless named), so that code
//! only English needs is compiled only where English is searched.

mod build;
mod docset;
mod index;
mod language;
mod normalize;
mod punctuation;
mod query;
mod snippet;

pub use build::SearchIndexBuilder;
pub use index::SearchIndex;
pub use language::{Chinese, English, Language};
pub use normalize::{
    normalize, normalize_in, normalize_with_origins, normalize_with_origins_in, original_range,
    Origin,
};
pub use query::{Query, MAX_QUERY_CHARS, MAX_TERMS};
pub use snippet::{make_snippet, merge_ranges, Snippet, SNIPPET_CHARS};

use crate::citation::CitationId;
use serde::Serialize;

/// One paragraph found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    /// The citation id of the paragraph.
    pub paragraph: CitationId,
    pub score: u32,
    /// Part and section headings above the paragraph.
    pub section: Vec<String>,
    /// About 60 characters around the first match (of the heading when only
    /// the heading matched).
    pub snippet: String,
    /// Matches in `snippet`, as `[start, end)` character offsets.
    pub ranges: Vec<(usize, usize)>,
    /// The section or part heading above contains every term.
    pub in_heading: bool,
    /// A term occurs in the paragraph's lead sentence.
    pub in_lead: bool,
    /// The paragraph text itself contains every term.
    pub in_text: bool,
}

/// How many hits fall in one part (0 is the preamble).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartCount {
    pub part: u8,
    pub count: usize,
}

/// A shorter query that does find something.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Suggestion {
    pub text: String,
    pub hits: usize,
}

/// Everything one query returns.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SearchResults {
    /// The normalised terms searched for.
    pub terms: Vec<String>,
    /// The query was cut to its first 200 characters or 12 terms.
    pub truncated: bool,
    /// Best first; ties keep document order.
    pub hits: Vec<SearchHit>,
    pub per_part: Vec<PartCount>,
}

#[cfg(test)]
mod english_tests;
#[cfg(test)]
mod tests;
