//! The report's search index in the app: built in short tasks after the
//! app shows, or at once by the first search that needs it.

use report_core::{Report, SearchIndex, SearchIndexBuilder, SearchResults};
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
pub struct LazySearchIndex {
    report: &'static Report,
    /// The build under way, from its first step until it is finished. A
    /// mutex, not a cell: the index is shared through a Leptos context,
    /// which must be `Sync` (the page has one thread, so it never waits).
    builder: Mutex<Option<SearchIndexBuilder<'static>>>,
    index: OnceLock<SearchIndex>,
}

/// Documents indexed between two looks at the clock.
const DOCS_PER_STEP: usize = 8;
/// How long one task builds the index before it lets the page run, in
/// milliseconds: a tap waits for little more than this.
const TASK_BUDGET_MS: f64 = 4.0;

impl LazySearchIndex {
    pub fn new(report: &'static Report) -> Self {
        Self {
            report,
            builder: Mutex::new(None),
            index: OnceLock::new(),
        }
    }

    /// The index, built now (what is left of it) if it was not yet.
    pub fn get(&self) -> &SearchIndex {
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
        let builder = builder.get_or_insert_with(|| SearchIndexBuilder::new(self.report));
        while !builder.add(DOCS_PER_STEP) {
            if now_ms() - started >= budget_ms {
                return false;
            }
        }
        true
    }

    /// Indexes whatever is left, keeps the index and marks it ready.
    fn build_rest(&self) -> &SearchIndex {
        self.index.get_or_init(|| {
            let builder = self
                .builder
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .take();
            let index = builder
                .unwrap_or_else(|| SearchIndexBuilder::new(self.report))
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
