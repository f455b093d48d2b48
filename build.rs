//! Validates the report and the indicator catalog at build time, so a wrong
//! number fails the build with every problem listed, and hands the app the
//! validated indicators as CSV (`report export`'s format, with the quotes
//! left out: the app finds them in the report's text, see `quotes_source`).

use report_core::charts::{parse_charts, validate_charts, ChartSpec};
use report_core::indicators::{
    derived_from, parse_catalog, quote_spans, spans_with_digests, to_csv, validate, Catalog,
    Indicator,
};
use report_core::report_config::parse_report_config;
use report_core::report_folder::ReportFolder;
use report_core::translation::{parse_translation, translated_report};
use report_core::{ingest, Report, ReportConfig};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The report built when `REPORT_DIR` names none (`scripts/build --report DIR`
/// sets it): a folder as `report_core::report_folder` reads it.
const DEFAULT_REPORT_DIR: &str = "data";

/// The validated chart specs as a Rust constant of static values
/// (`data::StaticChartSpec`), so the app needs no TOML or JSON parser for
/// them, and the wasm holds them as data, not as code building each field.
fn charts_source(specs: &[ChartSpec]) -> String {
    let mut out = String::from("&[\n");
    for spec in specs {
        let rows: Vec<String> = spec
            .rows
            .iter()
            .map(|[zh, en]| format!("[{zh:?}, {en:?}]"))
            .collect();
        let series: Vec<String> = spec
            .series
            .iter()
            .map(|s| format!("({:?}, {:?}, &{:?})", s.label_zh, s.label_en, s.indicators))
            .collect();
        let paragraphs: Vec<String> = spec
            .paragraphs
            .iter()
            .map(|p| format!("({}, {}, {})", p.part, p.section, p.paragraph))
            .collect();
        let texts = [
            &spec.id,
            &spec.title_zh,
            &spec.title_en,
            &spec.category,
            &spec.unit,
            &spec.note_zh,
            &spec.note_en,
        ];
        out.push_str(&format!(
            "({texts:?}, ChartKind::{:?}, &[{}], &[{}], &[{}]),\n",
            spec.kind,
            rows.join(", "),
            series.join(", "),
            paragraphs.join(", "),
        ));
    }
    out.push(']');
    out
}

/// `n` as the u16 the app's tables store offsets in: a paragraph longer
/// than that fails the build here, naming `what` it was for.
fn small_offset(n: usize, what: &str) -> u16 {
    u16::try_from(n)
        .unwrap_or_else(|_| panic!("{what}: offset {n} does not fit the app's u16 tables"))
}

/// Where the reader highlights each stated figure, as a Rust constant of
/// `((P, S, N), digest of the paragraph's text, [(start, end, indicator)])`
/// (`data::LOCATED`): found here with the quantity scanner, which the wasm
/// then neither carries nor runs at start-up.
fn located_source(report: &Report, indicators: &[Indicator]) -> String {
    let mut out = String::from("&[\n");
    for (id, digest, spans) in spans_with_digests(report, indicators) {
        let label = format!("§{id}");
        let small = |n: usize| small_offset(n, &label);
        let spans: Vec<String> = spans
            .iter()
            .map(|l| {
                let (start, end, indicator) = (small(l.start), small(l.end), small(l.indicator));
                format!("({start}, {end}, {indicator})")
            })
            .collect();
        out.push_str(&format!(
            "(({}, {}, {}), {digest:#x}, &[{}]),\n",
            id.part,
            id.section,
            id.paragraph,
            spans.join(", ")
        ));
    }
    out.push(']');
    out
}

/// Where each indicator's quote sits in its paragraph, as a Rust constant
/// of `(digest of the paragraph's text, start, end)` in catalog order
/// (`data::QUOTES`): the page holds the report's text, so the wasm need not
/// carry the quotes' words (about 2 KB gzip) as well.
fn quotes_source(report: &Report, indicators: &[Indicator]) -> String {
    let mut out = String::from("&[\n");
    for (indicator, span) in indicators.iter().zip(quote_spans(report, indicators)) {
        // Validation has checked that every quote is in its paragraph.
        let span = span
            .unwrap_or_else(|| panic!("{}: quote not in §{}", indicator.id, indicator.paragraph));
        let small = |n: usize| small_offset(n, &indicator.id);
        out.push_str(&format!(
            "({:#x}, {}, {}),\n",
            span.digest,
            small(span.range.start),
            small(span.range.end)
        ));
    }
    out.push(']');
    out
}

/// For each indicator, in catalog order, the indices of the derived
/// indicators computed from it, as a Rust constant (`data::DERIVED_FROM`):
/// the wasm then needs no formula parser to list them in a popover.
fn derived_source(indicators: &[Indicator]) -> String {
    let rows: Vec<String> = derived_from(indicators)
        .iter()
        .map(|users| format!("&{users:?}"))
        .collect();
    format!("&[{}]", rows.join(", "))
}

fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: cannot read: {error}"))
}

fn fail(problems: &[String]) -> ! {
    panic!("the report data is invalid:\n{}", problems.join("\n"))
}

/// The commit being built, when built from a git checkout.
fn commit() -> Option<String> {
    let output = std::process::Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

fn main() {
    println!("cargo:rerun-if-env-changed=REPORT_DIR");
    let dir = std::env::var("REPORT_DIR").unwrap_or_else(|_| DEFAULT_REPORT_DIR.to_owned());
    let folder = ReportFolder::locate(Path::new(&dir)).unwrap_or_else(|error| fail(&[error]));
    // The folder itself, so that adding a catalog or charts rebuilds.
    println!("cargo:rerun-if-changed={dir}");
    let label = |path: &Path| path.display().to_string();
    let report_file = label(&folder.text);
    for (_, file) in &folder.translations {
        println!("cargo:rerun-if-changed={}", label(file));
    }
    for file in [
        Some(&folder.text),
        folder.config.as_ref(),
        folder.indicators.as_ref(),
        folder.charts.as_ref(),
    ]
    .into_iter()
    .flatten()
    {
        println!("cargo:rerun-if-changed={}", label(file));
    }
    if Path::new(".git/HEAD").exists() {
        println!("cargo:rerun-if-changed=.git/HEAD");
        println!("cargo:rerun-if-changed=.git/refs/heads");
    }
    // The footer shows these so that a mirrored copy can be checked against
    // the original: `sha256sum data/report.zh.txt` starts with the same digits.
    let report_text = read(&report_file);
    println!("cargo:rustc-env=REPORT_SHA256={}", sha256_hex(&report_text));
    println!(
        "cargo:rustc-env=BUILD_COMMIT={}",
        commit().unwrap_or_else(|| "unknown".to_owned())
    );
    let config = match &folder.config {
        Some(file) => parse_report_config(&label(file), &read(&label(file)))
            .unwrap_or_else(|p| fail(&[p.to_string()])),
        None => ReportConfig::default(),
    };
    let report = ingest(&report_file, &report_text, &config)
        .unwrap_or_else(|p| fail(&[p.to_string()]))
        .report;
    // Without a curated catalog, every figure found is an unreviewed indicator.
    let catalog = match &folder.indicators {
        Some(file) => parse_catalog(&label(file), &read(&label(file)))
            .unwrap_or_else(|p| fail(&[p.to_string()])),
        None => Catalog::drafted(&report, String::new()),
    };
    let charts = match &folder.charts {
        Some(file) => parse_charts(&label(file), &read(&label(file)))
            .unwrap_or_else(|p| fail(&[p.to_string()])),
        None => Vec::new(),
    };
    // What the app checks the text it shows against (src/integrity.rs).
    let canonical = report_core::integrity::canonical_text(&report);
    println!(
        "cargo:rustc-env=REPORT_TEXT_SHA256={}",
        sha256_hex(&canonical)
    );
    let charts_file = folder.charts.as_deref().map(label).unwrap_or_default();
    let mut problems: Vec<String> = validate(&catalog, &report, &report_file)
        .iter()
        .map(ToString::to_string)
        .collect();
    problems.extend(
        validate_charts(&charts_file, &charts, &catalog.indicators, &report)
            .iter()
            .map(ToString::to_string),
    );
    if !problems.is_empty() {
        fail(&problems);
    }
    let out =
        PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| panic!("cargo sets OUT_DIR")));
    let without_quotes: Vec<Indicator> = catalog
        .indicators
        .iter()
        .cloned()
        .map(|mut indicator| {
            indicator.quote.clear();
            indicator
        })
        .collect();
    std::fs::write(out.join("indicators.csv"), to_csv(&without_quotes))
        .unwrap_or_else(|error| panic!("cannot write indicators.csv: {error}"));
    // What the first screen reads of each indicator: its id, Chinese label
    // (a figure's tooltip), category (`cat=`), paragraph and review state.
    // The rest comes with the views that show it (`data::full_indicators`).
    let first_screen: Vec<Indicator> = without_quotes
        .iter()
        .map(|indicator| Indicator {
            id: indicator.id.clone(),
            label_zh: indicator.label_zh.clone(),
            label_en: String::new(),
            category: indicator.category.clone(),
            value: String::new(),
            unit: String::new(),
            year: None,
            change: None,
            change_unit: None,
            qualifier: None,
            derived: None,
            paragraph: indicator.paragraph,
            quote: String::new(),
            reviewed: indicator.reviewed,
        })
        .collect();
    std::fs::write(
        out.join("indicators-first-screen.csv"),
        to_csv(&first_screen),
    )
    .unwrap_or_else(|error| panic!("cannot write indicators-first-screen.csv: {error}"));
    std::fs::write(
        out.join("quotes.rs"),
        quotes_source(&report, &catalog.indicators),
    )
    .unwrap_or_else(|error| panic!("cannot write quotes.rs: {error}"));
    std::fs::write(out.join("derived.rs"), derived_source(&catalog.indicators))
        .unwrap_or_else(|error| panic!("cannot write derived.rs: {error}"));
    std::fs::write(
        out.join("located.rs"),
        located_source(&report, &catalog.indicators),
    )
    .unwrap_or_else(|error| panic!("cannot write located.rs: {error}"));
    // Debug builds carry the text itself (data::bundled_report), so they run
    // without the release build's prerendered copy: scripts/dev serves one.
    std::fs::write(out.join("report.json"), report_core::report_json(&report))
        .unwrap_or_else(|error| panic!("cannot write report.json: {error}"));
    // The languages the app can show the text in besides the original
    // (src/translation.rs); debug builds carry the English text as they
    // carry the original (data::bundled_english_json).
    let languages: Vec<&str> = folder
        .translations
        .iter()
        .map(|(lang, _)| lang.as_str())
        .collect();
    println!(
        "cargo:rustc-env=REPORT_TRANSLATIONS={}",
        languages.join(",")
    );
    let english = folder.translations.iter().find(|(lang, _)| lang == "en");
    let english_json = english.map_or_else(String::new, |(_, file)| {
        let translation = parse_translation(&label(file), &read(&label(file)))
            .unwrap_or_else(|p| fail(&[p.to_string()]));
        report_core::report_json(&translated_report(&report, &translation))
    });
    std::fs::write(out.join("report.en.json"), english_json)
        .unwrap_or_else(|error| panic!("cannot write report.en.json: {error}"));
    let specs: Vec<ChartSpec> = charts.into_iter().map(|(spec, _)| spec).collect();
    std::fs::write(out.join("charts.rs"), charts_source(&specs))
        .unwrap_or_else(|error| panic!("cannot write charts.rs: {error}"));
    // What the first screen reads of each chart: its id, Chinese title,
    // category, kind and paragraphs (the reader's chart buttons, `chart=`).
    // The rest comes with the views that draw charts (`data::full_chart_specs`).
    let first_screen: Vec<ChartSpec> = specs
        .into_iter()
        .map(|spec| ChartSpec {
            title_en: String::new(),
            unit: String::new(),
            rows: Vec::new(),
            series: Vec::new(),
            note_zh: String::new(),
            note_en: String::new(),
            ..spec
        })
        .collect();
    std::fs::write(
        out.join("charts-first-screen.rs"),
        charts_source(&first_screen),
    )
    .unwrap_or_else(|error| panic!("cannot write charts-first-screen.rs: {error}"));
}
