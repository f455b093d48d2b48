//! Validates the report and the indicator catalog at build time, so a wrong
//! number fails the build with every problem listed, and hands the app the
//! validated indicators as CSV (the same bytes `report export` publishes).

use report_core::indicators::{parse_catalog, to_csv, validate};
use report_core::parse_report;
use std::path::PathBuf;

const REPORT: &str = "data/2025-national-eco-env-work-report.zh.txt";
const CATALOG: &str = "data/indicators.toml";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: cannot read: {error}"))
}

fn fail(problems: &[String]) -> ! {
    panic!("the report data is invalid:\n{}", problems.join("\n"))
}

fn main() {
    println!("cargo:rerun-if-changed={REPORT}");
    println!("cargo:rerun-if-changed={CATALOG}");
    let report = parse_report(REPORT, &read(REPORT)).unwrap_or_else(|p| fail(&[p.to_string()]));
    let catalog = parse_catalog(CATALOG, &read(CATALOG)).unwrap_or_else(|p| fail(&[p.to_string()]));
    let problems: Vec<String> = validate(&catalog, &report, REPORT)
        .iter()
        .map(ToString::to_string)
        .collect();
    if !problems.is_empty() {
        fail(&problems);
    }
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| panic!("cargo sets OUT_DIR")));
    std::fs::write(out.join("indicators.csv"), to_csv(&catalog.indicators))
        .unwrap_or_else(|error| panic!("cannot write indicators.csv: {error}"));
}
