//! The bundled chart specs against the bundled indicators.
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use super::*;
use crate::indicators::parse_catalog;
use crate::ingest::parse_report;

const CHARTS: &str = include_str!("../../../../data/charts.toml");
const CATALOG: &str = include_str!("../../../../data/indicators.toml");
const REPORT: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");

fn inputs() -> (Report, Vec<Indicator>) {
    let report = parse_report("report.txt", REPORT).unwrap();
    let catalog = parse_catalog("indicators.toml", CATALOG).unwrap();
    (report, catalog.indicators)
}

#[test]
fn the_bundled_charts_are_valid() {
    let (report, indicators) = inputs();
    let specs = parse_charts("charts.toml", CHARTS).unwrap();
    assert!(specs.len() >= 12, "{} charts", specs.len());
    assert_eq!(
        validate_charts("charts.toml", &specs, &indicators, &report),
        Vec::new()
    );
}

#[test]
fn assembly_converts_magnitudes_and_flags_derived_values() {
    let (_, indicators) = inputs();
    let specs = parse_charts("charts.toml", CHARTS).unwrap();
    let spec = |id: &str| specs.iter().find(|(s, _)| s.id == id).unwrap().0.clone();
    let ule = assemble(&spec("ultra-low-emission"), &indicators).unwrap();
    let values: Vec<f64> = ule.points[0].iter().map(|p| p.value).collect();
    assert_eq!(values, [8.93, 0.84, 3.4]);
    assert_eq!(ule.points[0][1].text, "8400万吨");
    let pm25 = assemble(&spec("air-pm25"), &indicators).unwrap();
    assert!(pm25.points[0].iter().all(|p| p.derived));
    assert!(pm25.points[1].iter().all(|p| !p.derived));
    assert_eq!(pm25.rows[1], ["北京市".to_owned(), "Beijing".to_owned()]);
}

#[test]
fn mistakes_are_reported_with_positions() {
    let (report, indicators) = inputs();
    let broken = CHARTS.replacen("\"air_steel_ule_capacity\"", "\"air_steel_nope\"", 1);
    let specs = parse_charts("charts.toml", &broken).unwrap();
    let problems: Vec<String> = validate_charts("charts.toml", &specs, &indicators, &report)
        .iter()
        .map(ToString::to_string)
        .collect();
    let line = CHARTS
        .lines()
        .position(|l| l == "id = \"ultra-low-emission\"")
        .unwrap();
    assert_eq!(
        problems,
        [format!(
            "charts.toml:{line}:1: ultra-low-emission: unknown indicator air_steel_nope"
        )]
    );
    let wrong_unit = CHARTS.replacen("unit = \"亿吨\"", "unit = \"个\"", 1);
    let specs = parse_charts("charts.toml", &wrong_unit).unwrap();
    assert!(
        validate_charts("charts.toml", &specs, &indicators, &report)[0]
            .message
            .contains("does not convert")
    );
}
