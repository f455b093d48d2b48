//! The search index: every paragraph and heading, normalised once, with a
//! character unigram and bigram posting list (a bitset of documents) per
//! n-gram. A query term's bigrams narrow the candidates; a substring check
//! on the normalised text decides (at a word start, in English). Exact: no
//! word segmentation, so `碳市场` never matches `碳` and `市场` apart.

use std::marker::PhantomData;
use std::ops::Range;

use super::build::SearchIndexBuilder;
use super::docset::{DocSet, Postings};
use super::language::{match_starts, Chinese, Language};
use super::normalize::{normalize_in, normalize_with_origins_in, original_range, Origin};
use super::query::Query;
use super::snippet::{make_snippet, merge_ranges};
use super::{PartCount, SearchHit, SearchResults, Suggestion};
use crate::citation::{CitationId, CitationMap};
use crate::model::{Paragraph, Report};

/// Score added when a term appears in the paragraph's lead sentence.
const LEAD_BONUS: u32 = 5;
/// Score added when the section (or part) heading contains every term.
const HEADING_BONUS: u32 = 10;
/// Most suggestions offered for a query with no hits.
const MAX_SUGGESTIONS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DocKind {
    Paragraph,
    Heading,
}

/// One searchable text: a paragraph, or a heading standing for the first
/// paragraph under it.
#[derive(Debug)]
pub(super) struct Doc {
    kind: DocKind,
    paragraph: CitationId,
    text: String,
    normalized: String,
    /// Where each normalised character came from, to map matches back.
    origins: Vec<Origin>,
    /// End of the lead sentence in `normalized` (0 without a lead).
    lead_end: usize,
}

/// A prebuilt index over one report whose texts are in `L`.
#[derive(Debug)]
pub struct SearchIndex<L: Language = Chinese> {
    language: PhantomData<L>,
    docs: Vec<Doc>,
    grams: Postings,
    /// Section path labels per paragraph, in document order.
    paths: CitationMap<Vec<String>>,
    order: CitationMap<usize>,
}

const UNIGRAM_FLAG: u64 = 1 << 63;

fn unigram(c: char) -> u64 {
    UNIGRAM_FLAG | u64::from(c)
}

fn bigram(a: char, b: char) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

// `build` is Chinese only, as `SearchIndexBuilder::new` is: a generic one
// would leave `SearchIndex::build(report)` without a language.
impl SearchIndex<Chinese> {
    /// The index over every paragraph and heading of `report`, a Chinese
    /// text, built at once (see [`SearchIndexBuilder`] to build it in steps).
    pub fn build(report: &Report) -> Self {
        Self::build_in(report)
    }
}

impl<L: Language> SearchIndex<L> {
    /// The index over every paragraph and heading of `report`, whose texts
    /// are in `L`, built at once: `SearchIndex::<English>::build_in(report)`.
    pub fn build_in(report: &Report) -> Self {
        SearchIndexBuilder::for_language(report).finish()
    }

    pub(super) fn from_parts(
        docs: Vec<Doc>,
        grams: Postings,
        paths: CitationMap<Vec<String>>,
        order: CitationMap<usize>,
    ) -> Self {
        SearchIndex {
            language: PhantomData,
            docs,
            grams,
            paths,
            order,
        }
    }

    /// Approximate heap size of the index, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let texts: usize = self
            .docs
            .iter()
            .map(|d| d.text.len() + d.normalized.len())
            .sum();
        let grams = self.grams.heap_bytes();
        let paths: usize = self.paths.values().flatten().map(String::len).sum();
        texts + grams + paths + self.docs.len() * std::mem::size_of::<Doc>()
    }

    /// Documents that may contain every term (a superset of the matches).
    fn candidates(&self, terms: &[String]) -> DocSet {
        let mut set = DocSet::full(self.docs.len());
        for term in terms {
            let chars: Vec<char> = term.chars().collect();
            let keys: Vec<u64> = match chars.as_slice() {
                [single] => vec![unigram(*single)],
                _ => chars
                    .windows(2)
                    .map(|pair| bigram(pair[0], pair[1]))
                    .collect(),
            };
            for key in keys {
                match self.grams.get(key) {
                    Some(postings) => set.intersect(postings),
                    None => set.clear(),
                }
                if set.is_empty() {
                    return set;
                }
            }
        }
        set
    }

    /// Runs a query: hits best first, with snippets and counts per part.
    pub fn search(&self, raw_query: &str) -> SearchResults {
        let query = Query::parse_in::<L>(raw_query);
        let mut results = SearchResults {
            terms: query.terms.clone(),
            truncated: query.truncated,
            ..SearchResults::default()
        };
        if query.is_empty() {
            return results;
        }
        let mut hits: CitationMap<SearchHit> = CitationMap::default();
        for n in self.candidates(&query.terms).iter() {
            let doc = &self.docs[n];
            let Some(occurrences) = doc.occurrences::<L>(&query.terms) else {
                continue;
            };
            let in_lead = doc.kind == DocKind::Paragraph
                && query.terms.iter().any(|t| {
                    match_starts::<L>(&doc.normalized, t)
                        .next()
                        .is_some_and(|at| at < doc.lead_end)
                });
            let score = occurrences + if in_lead { LEAD_BONUS } else { 0 };
            match doc.kind {
                DocKind::Paragraph => {
                    let entry = hits
                        .entry(doc.paragraph)
                        .or_insert_with(|| self.empty_hit(doc.paragraph));
                    let snippet = make_snippet(&doc.text, &doc.match_ranges::<L>(&query.terms));
                    entry.snippet = snippet.text;
                    entry.ranges = snippet.ranges;
                    entry.in_lead = in_lead;
                    entry.in_text = true;
                    entry.score += score;
                }
                DocKind::Heading => {
                    let entry = hits
                        .entry(doc.paragraph)
                        .or_insert_with(|| self.empty_hit(doc.paragraph));
                    entry.in_heading = true;
                    entry.score += HEADING_BONUS + occurrences;
                    if !entry.in_text {
                        let snippet = make_snippet(&doc.text, &doc.match_ranges::<L>(&query.terms));
                        entry.snippet = snippet.text;
                        entry.ranges = snippet.ranges;
                    }
                }
            }
        }
        let mut hits: Vec<SearchHit> = hits.into_values().collect();
        hits.sort_by_key(|hit| {
            (
                std::cmp::Reverse(hit.score),
                self.order.get(&hit.paragraph).copied(),
            )
        });
        let mut per_part: Vec<PartCount> = Vec::new();
        let mut parts: Vec<u8> = hits.iter().map(|hit| hit.paragraph.part).collect();
        parts.sort_unstable();
        for part in parts {
            match per_part.last_mut() {
                Some(last) if last.part == part => last.count += 1,
                _ => per_part.push(PartCount { part, count: 1 }),
            }
        }
        results.hits = hits;
        results.per_part = per_part;
        results
    }

    fn empty_hit(&self, paragraph: CitationId) -> SearchHit {
        SearchHit {
            paragraph,
            score: 0,
            section: self.paths.get(&paragraph).cloned().unwrap_or_default(),
            snippet: String::new(),
            ranges: Vec::new(),
            in_heading: false,
            in_lead: false,
            in_text: false,
        }
    }

    /// Whether a normalised term occurs in any paragraph or heading: the
    /// candidate filter and the match check, without ranking or snippets.
    fn occurs(&self, term: &str) -> bool {
        self.candidates(&[term.to_owned()]).iter().any(|n| {
            match_starts::<L>(&self.docs[n].normalized, term)
                .next()
                .is_some()
        })
    }

    /// How many paragraphs a query finds.
    pub fn count(&self, raw_query: &str) -> usize {
        self.search(raw_query).hits.len()
    }

    /// For a query without hits: shorter forms of it that do find something
    /// (single terms of a multi-term query, then the longest prefix and
    /// suffix of each term), each with its hit count.
    pub fn suggest(&self, raw_query: &str) -> Vec<Suggestion> {
        let query = Query::parse_in::<L>(raw_query);
        let mut suggestions: Vec<Suggestion> = Vec::new();
        let mut offer = |term: String, index: &Self| {
            // An English phrase goes in quotes, to be searched as one term.
            let text = if L::KEEPS_SPACES {
                quoted_if_phrase(&term)
            } else {
                term
            };
            if suggestions.len() >= MAX_SUGGESTIONS || suggestions.iter().any(|s| s.text == text) {
                return;
            }
            let hits = index.count(&text);
            if hits > 0 {
                suggestions.push(Suggestion { text, hits });
            }
        };
        if query.terms.len() > 1 {
            for term in &query.terms {
                offer(term.clone(), self);
            }
        }
        for term in &query.terms {
            let chars: Vec<char> = term.chars().collect();
            let prefix = (1..chars.len())
                .rev()
                .map(|n| chars[..n].iter().collect::<String>())
                .find(|candidate| self.occurs(candidate));
            if let Some(prefix) = prefix {
                offer(prefix, self);
            }
            let suffix = (1..chars.len())
                .map(|n| chars[n..].iter().collect::<String>())
                .find(|candidate| self.occurs(candidate));
            if let Some(suffix) = suffix {
                offer(suffix, self);
            }
        }
        suggestions
    }

    /// Byte ranges in `text`, a text in `L`, matching any term of the
    /// query, merged, for highlighting the reader's text; in English each
    /// runs to the end of its word. It needs no index, only its language:
    /// `SearchIndex::<Chinese>::highlight(text, query)`.
    pub fn highlight(text: &str, raw_query: &str) -> Vec<Range<usize>> {
        let query = Query::parse_in::<L>(raw_query);
        if query.is_empty() {
            return Vec::new();
        }
        let (normalized, origins) = normalize_with_origins_in::<L>(text);
        find_ranges::<L>(&normalized, &origins, &query.terms)
    }
}

/// `term` trimmed, in quotes if it is a phrase of several words.
fn quoted_if_phrase(term: &str) -> String {
    let term = term.trim();
    if term.contains(' ') {
        format!("\"{term}\"")
    } else {
        term.to_owned()
    }
}

/// Every match of every term in normalised text (to its word's end in
/// English), mapped back to the original.
fn find_ranges<L: Language>(
    normalized: &str,
    origins: &[Origin],
    terms: &[String],
) -> Vec<Range<usize>> {
    let ranges = terms
        .iter()
        .flat_map(|term| {
            match_starts::<L>(normalized, term)
                .map(move |at| at..L::highlight_end(normalized, at + term.len()))
        })
        .filter_map(|range| original_range(origins, range))
        .collect();
    merge_ranges(ranges)
}

impl Doc {
    pub(super) fn heading<L: Language>(title: &str, paragraph: CitationId) -> Self {
        let (normalized, origins) = normalize_with_origins_in::<L>(title);
        Doc {
            kind: DocKind::Heading,
            paragraph,
            text: title.to_owned(),
            normalized,
            origins,
            lead_end: 0,
        }
    }

    /// Adds this document's character unigrams and bigrams, as document `n`.
    pub(super) fn index_into(&self, grams: &mut Postings, n: usize) {
        let mut previous = None;
        for c in self.normalized.chars() {
            grams.insert(unigram(c), n);
            if let Some(p) = previous {
                grams.insert(bigram(p, c), n);
            }
            previous = Some(c);
        }
    }

    pub(super) fn paragraph<L: Language>(paragraph: &Paragraph) -> Self {
        let lead_end = paragraph
            .lead
            .as_deref()
            .map_or(0, |lead| normalize_in::<L>(lead).len());
        let (normalized, origins) = normalize_with_origins_in::<L>(&paragraph.text);
        Doc {
            kind: DocKind::Paragraph,
            paragraph: paragraph.id,
            normalized,
            origins,
            text: paragraph.text.clone(),
            lead_end,
        }
    }

    /// Total occurrences of all terms, or `None` when any term is missing.
    fn occurrences<L: Language>(&self, terms: &[String]) -> Option<u32> {
        let mut total = 0u32;
        for term in terms {
            let count = match_starts::<L>(&self.normalized, term).count();
            if count == 0 {
                return None;
            }
            total += u32::try_from(count).unwrap_or(u32::MAX);
        }
        Some(total)
    }

    fn match_ranges<L: Language>(&self, terms: &[String]) -> Vec<Range<usize>> {
        find_ranges::<L>(&self.normalized, &self.origins, terms)
    }
}
