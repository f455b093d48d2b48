//! The report's search index in the app: built in short tasks after the
//! app shows, or at once by the first search that needs it.

use report_core::search::{Chinese, Language, Suggestion};
use report_core::{Report, SearchIndex, SearchIndexBuilder, SearchResults};

use crate::i18n::Lang;
use crate::translation::english;
use crate::url::View;
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::boot::in_next_task;
use crate::data::{mark, measured, now_ms, SEARCH_MEASURE};

/// Name of the performance measures around the search index build, one per
/// task it takes, read by `scripts/bench` through
/// `performance.getEntriesByName`.
pub const INDEX_BUILD_MEASURE: &str = "report-explorer:search-index-build";

/// Name of the performance mark set when the search index is complete.
pub const INDEX_READY_MARK: &str = "report-explorer:search-index-ready";

/// The search index of a report. It is built in short tasks once the page
/// is idle after its first paint ([`LazySearchIndex::build_in_tasks`]), so
/// building it never delays the text or a tap; a search before then builds
/// the rest at once.
pub struct LazySearchIndex<L: Language = Chinese> {
    report: &'static Report,
    /// The build under way, from its first step until it is finished. A
    /// mutex, not a cell: the index is shared through a Leptos context,
    /// which must be `Sync` (the page has one thread, so it never waits).
    builder: Mutex<Option<SearchIndexBuilder<'static, L>>>,
    index: OnceLock<SearchIndex<L>>,
}

/// Documents indexed between two looks at the clock.
const DOCS_PER_STEP: usize = 8;
/// How long one task builds the index before it lets the page run, in
/// milliseconds: a tap waits for little more than this.
const TASK_BUDGET_MS: f64 = 4.0;

impl<L: Language> LazySearchIndex<L> {
    /// The index of `report`, whose text is in `L` (an English translation
    /// matches whole words and their beginnings).
    pub fn new(report: &'static Report) -> Self {
        Self {
            report,
            builder: Mutex::new(None),
            index: OnceLock::new(),
        }
    }

    /// The index, built now (what is left of it) if it was not yet.
    pub fn get(&self) -> &SearchIndex<L> {
        match self.index.get() {
            Some(index) => index,
            None => measured(INDEX_BUILD_MEASURE, || self.build_rest()),
        }
    }

    /// Whether the index is complete.
    pub fn is_built(&self) -> bool {
        self.index.get().is_some()
    }

    /// Builds the index a task at a time, unless a search finishes it first.
    /// A task yields after the first step that ends past its 4 ms budget
    /// (`scripts/bench` prints the longest). Each task is one performance
    /// measure.
    pub fn build_in_tasks(&'static self) {
        self.build_in_tasks_of(TASK_BUDGET_MS);
    }

    /// [`build_in_tasks`](Self::build_in_tasks), with tasks of `budget_ms`
    /// (at least one step of a few documents each).
    pub fn build_in_tasks_of(&'static self, budget_ms: f64) {
        if self.is_built() {
            return;
        }
        let done = measured(INDEX_BUILD_MEASURE, || {
            let done = self.add_for(budget_ms);
            if done {
                // What is left is cheap: the postings shrink to size.
                self.build_rest();
            }
            done
        });
        if !done {
            in_next_task(move || self.build_in_tasks_of(budget_ms));
        }
    }

    /// Indexes documents a step at a time until every one is indexed (true)
    /// or `budget_ms` has passed.
    fn add_for(&self, budget_ms: f64) -> bool {
        let started = now_ms();
        let mut builder = self.builder.lock().unwrap_or_else(PoisonError::into_inner);
        let builder = builder.get_or_insert_with(|| SearchIndexBuilder::for_language(self.report));
        while !builder.add(DOCS_PER_STEP) {
            if now_ms() - started >= budget_ms {
                return false;
            }
        }
        true
    }

    /// Indexes whatever is left, keeps the index and marks it ready.
    fn build_rest(&self) -> &SearchIndex<L> {
        self.index.get_or_init(|| {
            let builder = self
                .builder
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            let index = builder
                .unwrap_or_else(|| SearchIndexBuilder::for_language(self.report))
                .finish();
            mark(INDEX_READY_MARK);
            index
        })
    }

    /// Runs one query, timed as a performance measure.
    pub fn search(&self, query: &str) -> SearchResults {
        let index = self.get();
        measured(SEARCH_MEASURE, || index.search(query))
    }
}

/// What the search box finds for `query`: in the original, in the English
/// text when it is shown in English, or in both in the bilingual view.
pub fn search_shown(
    original: &LazySearchIndex,
    query: &str,
    lang: Lang,
    view: View,
) -> SearchResults {
    match english() {
        Some(english) if view == View::Bilingual => {
            english.search.search_beside(original.search(query), query)
        }
        Some(english) if lang == Lang::En => english.search.search(query),
        _ => original.search(query),
    }
}

/// Shorter queries that find something, in the text [`search_shown`] searches.
pub fn suggest_shown(
    original: &LazySearchIndex,
    query: &str,
    lang: Lang,
    view: View,
) -> Vec<Suggestion> {
    match english() {
        Some(english) if lang == Lang::En || view == View::Bilingual => {
            english.search.suggest(query)
        }
        _ => original.get().suggest(query),
    }
}

/// Two texts' results as one: a paragraph found in both keeps its better
/// hit; ties keep document order, as in one text's results.
pub fn merge_results(mut first: SearchResults, second: SearchResults) -> SearchResults {
    for hit in second.hits {
        match first.hits.iter_mut().find(|h| h.paragraph == hit.paragraph) {
            Some(kept) if kept.score >= hit.score => {}
            Some(kept) => *kept = hit,
            None => first.hits.push(hit),
        }
    }
    first
        .hits
        .sort_by_key(|hit| (std::cmp::Reverse(hit.score), hit.paragraph));
    first.truncated |= second.truncated;
    for term in second.terms {
        if !first.terms.contains(&term) {
            first.terms.push(term);
        }
    }
    first.per_part.clear();
    for hit in &first.hits {
        match first
            .per_part
            .iter_mut()
            .find(|count| count.part == hit.paragraph.part)
        {
            Some(count) => count.count += 1,
            None => first.per_part.push(report_core::search::PartCount {
                part: hit.paragraph.part,
                count: 1,
            }),
        }
    }
    first.per_part.sort_by_key(|count| count.part);
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use report_core::{CitationId, SearchHit};

    fn hit(part: u8, paragraph: u16, score: u32) -> SearchHit {
        SearchHit {
            paragraph: CitationId::new(part, 1, paragraph),
            score,
            section: Vec::new(),
            snippet: format!("{part}.{paragraph}:{score}"),
            ranges: Vec::new(),
            in_heading: false,
            in_lead: false,
            in_text: true,
        }
    }

    fn results(terms: &[&str], hits: Vec<SearchHit>) -> SearchResults {
        SearchResults {
            terms: terms.iter().map(|t| (*t).to_owned()).collect(),
            hits,
            ..SearchResults::default()
        }
    }

    #[test]
    fn merged_results_keep_each_paragraphs_better_hit_best_first() {
        let chinese = results(&["碳市场"], vec![hit(1, 3, 5), hit(1, 1, 2)]);
        let english = results(
            &["carbon market"],
            vec![hit(1, 1, 9), hit(1, 3, 1), hit(3, 2, 2)],
        );
        let merged = merge_results(chinese, english);
        let snippets: Vec<&str> = merged.hits.iter().map(|h| h.snippet.as_str()).collect();
        assert_eq!(snippets, ["1.1:9", "1.3:5", "3.2:2"]);
        assert_eq!(merged.terms, ["碳市场", "carbon market"]);
        let parts: Vec<(u8, usize)> = merged.per_part.iter().map(|c| (c.part, c.count)).collect();
        assert_eq!(parts, [(1, 2), (3, 1)]);
    }
}
