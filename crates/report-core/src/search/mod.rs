//! Chinese-first full-text search, shared by the app and the CLI: exact
//! substring matching after normalisation, ranked, with snippets.

mod build;
mod docset;
mod index;
mod normalize;
mod punctuation;
mod query;
mod snippet;

pub use build::SearchIndexBuilder;
pub use index::SearchIndex;
pub use normalize::{normalize, normalize_with_origins, original_range, Origin};
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
mod tests;
