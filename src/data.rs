//! The bundled report, compiled into the app and parsed once by report-core,
//! so the reader needs no network request and works from a file:// copy.

use report_core::{parse_report, Diagnostics, Report, SearchIndex};
use std::sync::LazyLock;

const REPORT_FILE: &str = "data/2025-national-eco-env-work-report.zh.txt";
const REPORT_TEXT: &str = include_str!("../data/2025-national-eco-env-work-report.zh.txt");

static REPORT: LazyLock<Result<Report, Diagnostics>> =
    LazyLock::new(|| parse_report(REPORT_FILE, REPORT_TEXT));

/// The parsed report, or every problem with its position.
pub fn bundled_report() -> Result<&'static Report, &'static Diagnostics> {
    REPORT.as_ref()
}

/// Name of the performance measure around the search index build, read by
/// `scripts/bench` through `performance.getEntriesByName`.
pub const INDEX_BUILD_MEASURE: &str = "report-explorer:search-index-build";

/// Builds the search index for a report, timed as a performance measure.
pub fn build_search_index(report: &Report) -> SearchIndex {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{INDEX_BUILD_MEASURE}:start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let index = SearchIndex::build(report);
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(INDEX_BUILD_MEASURE, &start);
    }
    index
}
