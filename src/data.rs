//! The bundled report, compiled into the app and parsed once by report-core,
//! so the reader needs no network request and works from a file:// copy.

use report_core::{parse_report, Diagnostics, Report};
use std::sync::LazyLock;

const REPORT_FILE: &str = "data/2025-national-eco-env-work-report.zh.txt";
const REPORT_TEXT: &str = include_str!("../data/2025-national-eco-env-work-report.zh.txt");

static REPORT: LazyLock<Result<Report, Diagnostics>> =
    LazyLock::new(|| parse_report(REPORT_FILE, REPORT_TEXT));

/// The parsed report, or every problem with its position.
pub fn bundled_report() -> Result<&'static Report, &'static Diagnostics> {
    REPORT.as_ref()
}
