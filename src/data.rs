//! The data the app shows. In the release build the report's text comes
//! from the page: the prerendered `index.html` holds all of it, so the wasm
//! does not carry it a second time (see crate::page_report); a debug build
//! carries it ([`bundled_report`]). The indicators and chart specs are
//! compiled in.

use report_core::charts::{assemble, ChartData, ChartKind, ChartSpec, SeriesSpec};
use report_core::indicators::{
    from_csv, quote_that_fits, spans_that_fit, Indicator, Located, QuoteSpan,
};
use report_core::Report;
use report_core::{CitationId, CitationMap};
use std::sync::{LazyLock, OnceLock};

static REPORT: OnceLock<Result<Report, String>> = OnceLock::new();

/// Keeps the report the app shows, or why there is none; the first call wins.
pub fn keep_report(report: Result<Report, String>) {
    let _ = REPORT.set(report);
}

/// The report kept by [`keep_report`], or every problem found in it.
pub fn loaded_report() -> Result<&'static Report, &'static str> {
    match REPORT.get() {
        Some(Ok(report)) => Ok(report),
        Some(Err(problems)) => Err(problems),
        None => Err("the report has not been loaded"),
    }
}

/// The report as build.rs ingested it, in debug builds: they run without
/// the prerendered copy the release build reads the text from (scripts/dev).
/// Release builds carry no second copy of the text and return `None`.
pub fn bundled_report() -> Option<Result<Report, String>> {
    #[cfg(debug_assertions)]
    {
        let json = include_str!(concat!(env!("OUT_DIR"), "/report.json"));
        Some(report_core::export::report_from_json(json))
    }
    #[cfg(not(debug_assertions))]
    None
}

/// Whether the report folder has an English translation (`report.en.toml`).
pub fn has_english() -> bool {
    env!("REPORT_TRANSLATIONS")
        .split(',')
        .any(|lang| lang == "en")
}

/// The English text as build.rs wrote it (`report.json`'s shape), in debug
/// builds, which have no `data/` folder to fetch it from (scripts/dev).
pub fn bundled_english_json() -> Option<&'static str> {
    #[cfg(debug_assertions)]
    {
        Some(include_str!(concat!(env!("OUT_DIR"), "/report.en.json")))
            .filter(|json| !json.is_empty())
    }
    #[cfg(not(debug_assertions))]
    None
}

/// What the first screen reads of each indicator, as build.rs wrote it:
/// id, Chinese label, category, paragraph and review state, every other
/// field empty. [`full_indicators`] has them all, in the same order.
const FIRST_SCREEN_CSV: &str =
    include_str!(concat!(env!("OUT_DIR"), "/indicators-first-screen.csv"));

static INDICATORS: LazyLock<Result<Vec<Indicator>, String>> =
    LazyLock::new(|| from_csv(FIRST_SCREEN_CSV));

/// The bundled indicators as the first screen needs them (see
/// [`FIRST_SCREEN_CSV`]), or why they could not be read.
pub fn bundled_indicators() -> Result<&'static [Indicator], &'static str> {
    INDICATORS.as_deref().map_err(String::as_str)
}

/// The validated indicators: build.rs checked them against the report and
/// wrote them as CSV, as `dist/data/indicators.csv` has them but with every
/// quote empty: [`bundled_quote`] reads a quote from the report's text.
pub const INDICATORS_CSV: &str = include_str!(concat!(env!("OUT_DIR"), "/indicators.csv"));

static FULL_INDICATORS: OnceLock<Vec<Indicator>> = OnceLock::new();

/// The bundled indicators with every field (values, units, English labels),
/// in the order of [`bundled_indicators`]. Read the first time a view that
/// shows them asks: only the chunks of those views (popovers, the table,
/// charts, the English text) carry them.
pub fn full_indicators() -> &'static [Indicator] {
    FULL_INDICATORS.get_or_init(|| {
        // build.rs wrote both from one catalog: the first-screen list is a
        // fallback for a CSV that does not read back, which it never is.
        from_csv(INDICATORS_CSV)
            .unwrap_or_else(|_| bundled_indicators().map(<[_]>::to_vec).unwrap_or_default())
    })
}

/// [`full_indicators`], if a view has read them already.
pub fn full_indicators_if_read() -> Option<&'static [Indicator]> {
    FULL_INDICATORS.get().map(Vec::as_slice)
}

/// Where `indicator` stands among the bundled ones: the row of the tables
/// build.rs writes in catalog order.
fn bundled_index(indicator: &Indicator) -> Option<usize> {
    bundled_indicators()
        .ok()?
        .iter()
        .position(|bundled| bundled.id == indicator.id)
}

/// Where each bundled indicator's quote sits in its paragraph, in catalog
/// order (build.rs): `(digest of the paragraph's text, start, end)`.
const QUOTES: &[(u32, u16, u16)] = include!(concat!(env!("OUT_DIR"), "/quotes.rs"));

/// The words a bundled indicator quotes, read from `report`'s text; `None`
/// for an indicator the build did not bundle, or if its paragraph reads
/// differently from the text the build found them in.
pub fn bundled_quote(report: &'static Report, indicator: &Indicator) -> Option<&'static str> {
    let &(digest, start, end) = QUOTES.get(bundled_index(indicator)?)?;
    let span = QuoteSpan {
        digest,
        range: usize::from(start)..usize::from(end),
    };
    quote_that_fits(&report.paragraph(indicator.paragraph)?.text, &span)
}

/// For each bundled indicator, in catalog order, the indices of the derived
/// indicators computed from it (build.rs).
const DERIVED_FROM: &[&[u16]] = include!(concat!(env!("OUT_DIR"), "/derived.rs"));

/// The bundled indicators computed from `indicator`'s value or change.
pub fn bundled_derived_from(indicator: &Indicator) -> Vec<&'static Indicator> {
    let bundled = full_indicators();
    let users = bundled_index(indicator)
        .and_then(|index| DERIVED_FROM.get(index))
        .map_or(&[][..], |users| users);
    users
        .iter()
        .filter_map(|&user| bundled.get(usize::from(user)))
        .collect()
}

/// The figures of one paragraph as build.rs found them: `(P, S, N)`, the
/// digest of the paragraph's text, and `(start, end, indicator)` for each,
/// byte offsets into the text and indices into the bundled indicators.
type StaticSpans = ((u8, u8, u16), u32, &'static [(u16, u16, u16)]);

/// Where each stated figure sits in its paragraph (build.rs).
const LOCATED: &[StaticSpans] = include!(concat!(env!("OUT_DIR"), "/located.rs"));

/// The figures to highlight in `report`, paragraph by paragraph: the spans
/// the build found, for every paragraph whose text is the one they were
/// found in.
pub fn bundled_figure_spans(report: &Report) -> CitationMap<Vec<Located>> {
    let found = LOCATED
        .iter()
        .map(|&((part, section, paragraph), digest, spans)| {
            let spans = spans
                .iter()
                .map(|&(start, end, indicator)| Located {
                    start: usize::from(start),
                    end: usize::from(end),
                    indicator: usize::from(indicator),
                })
                .collect();
            (CitationId::new(part, section, paragraph), digest, spans)
        });
    spans_that_fit(report, found)
}

/// A chart spec as static values: its texts (id, titles zh and en,
/// category, unit, notes zh and en), kind, rows `[zh, en]`, series
/// `(label zh, label en, indicator ids)` and paragraphs `(P, S, N)`.
type StaticChartSpec = (
    [&'static str; 7],
    ChartKind,
    &'static [[&'static str; 2]],
    &'static [(&'static str, &'static str, &'static [&'static str])],
    &'static [(u8, u8, u16)],
);

/// The validated chart specs, as build.rs wrote them.
const CHART_SPECS: &[StaticChartSpec] = include!(concat!(env!("OUT_DIR"), "/charts.rs"));

/// The same specs with only what the first screen reads: id, Chinese title,
/// category, kind and paragraphs (build.rs).
const FIRST_SCREEN_CHART_SPECS: &[StaticChartSpec] =
    include!(concat!(env!("OUT_DIR"), "/charts-first-screen.rs"));

/// Whether the report has charts: one built without `charts.toml` has none,
/// and shows no charts view.
pub fn has_charts() -> bool {
    !FIRST_SCREEN_CHART_SPECS.is_empty()
}

/// The validated chart specs as the first screen needs them (see
/// [`FIRST_SCREEN_CHART_SPECS`]).
pub fn bundled_chart_specs() -> Vec<ChartSpec> {
    FIRST_SCREEN_CHART_SPECS.iter().map(chart_spec).collect()
}

static FULL_CHART_SPECS: OnceLock<Vec<ChartSpec>> = OnceLock::new();

/// The validated chart specs with every field, in the order of
/// [`bundled_chart_specs`]. Read the first time a view that draws or names
/// charts in English asks: only the chunks of those views carry them.
pub fn full_chart_specs() -> &'static [ChartSpec] {
    FULL_CHART_SPECS.get_or_init(|| CHART_SPECS.iter().map(chart_spec).collect())
}

static FULL_CHART_DATA: OnceLock<Vec<Option<ChartData>>> = OnceLock::new();

/// The data of the chart at `index` of [`full_chart_specs`], assembled with
/// every other chart's from [`full_indicators`] the first time a view asks:
/// only the chunks that draw or list charts carry this code, and a reader
/// who never opens a chart never runs it. `None` if its spec does not
/// assemble, which build.rs's validation rules out.
pub fn full_chart_data(index: usize) -> Option<&'static ChartData> {
    FULL_CHART_DATA
        .get_or_init(|| {
            let indicators = full_indicators();
            full_chart_specs()
                .iter()
                .map(|spec| assemble(spec, indicators).ok())
                .collect()
        })
        .get(index)?
        .as_ref()
}

/// [`full_chart_specs`], if a view has read them already.
pub fn full_chart_specs_if_read() -> Option<&'static [ChartSpec]> {
    FULL_CHART_SPECS.get().map(Vec::as_slice)
}

/// The owned spec the chart code works with.
fn chart_spec(&(texts, kind, rows, series, paragraphs): &StaticChartSpec) -> ChartSpec {
    let [id, title_zh, title_en, category, unit, note_zh, note_en] = texts.map(str::to_owned);
    ChartSpec {
        id,
        title_zh,
        title_en,
        kind,
        category,
        unit,
        rows: rows.iter().map(|row| row.map(str::to_owned)).collect(),
        series: series
            .iter()
            .map(|&(label_zh, label_en, indicators)| SeriesSpec {
                label_zh: label_zh.to_owned(),
                label_en: label_en.to_owned(),
                indicators: indicators.iter().map(|&id| id.to_owned()).collect(),
            })
            .collect(),
        paragraphs: paragraphs
            .iter()
            .map(|&(part, section, paragraph)| CitationId::new(part, section, paragraph))
            .collect(),
        note_zh,
        note_en,
    }
}

/// Name of the performance measure around each chart drawing.
pub const CHART_MEASURE: &str = "report-explorer:chart-render";

/// Name of the performance measure around each search query.
pub const SEARCH_MEASURE: &str = "report-explorer:search";

/// Name of the performance measure from the start of the mount until the
/// app is on screen in place of the prerendered copy.
pub const MOUNT_MEASURE: &str = "report-explorer:mount";

/// Runs `work` between a performance mark and measure named `name`, so
/// `scripts/bench` can read how long it took inside the browser.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let started = mark_start(name);
    let result = work();
    started.end();
    result
}

/// A performance measure under way; see [`mark_start`].
pub struct StartedMeasure {
    name: String,
}

/// Marks the start of the performance measure `name`, for work that spans
/// tasks; [`StartedMeasure::end`] records it.
pub fn mark_start(name: &str) -> StartedMeasure {
    mark(&format!("{name}:start"));
    StartedMeasure {
        name: name.to_owned(),
    }
}

impl StartedMeasure {
    pub fn end(self) {
        if let Some(performance) = performance() {
            let _ =
                performance.measure_with_start_mark(&self.name, &format!("{}:start", self.name));
        }
    }
}

/// Records the performance mark `name`.
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Milliseconds since the page started, or 0 where there is no clock.
pub fn now_ms() -> f64 {
    performance().map_or(0.0, |performance| performance.now())
}

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|w| w.performance())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // A failed unwrap is a failed test.
mod tests {
    use super::*;

    #[test]
    fn every_bundled_indicator_quotes_its_paragraph() {
        let text = include_str!("../data/2025-national-eco-env-work-report.zh.txt");
        let report: &'static Report = Box::leak(Box::new(
            report_core::parse_report("report.zh.txt", text).unwrap(),
        ));
        let indicators = full_indicators();
        assert!(indicators.iter().all(|i| i.quote.is_empty()));
        for indicator in indicators {
            let quote = bundled_quote(report, indicator)
                .unwrap_or_else(|| panic!("{}: no quote", indicator.id));
            let paragraph = &report.paragraph(indicator.paragraph).unwrap().text;
            assert!(paragraph.contains(quote), "{}", indicator.id);
            if !indicator.is_derived() {
                assert!(
                    quote.contains(&indicator.value),
                    "{}: {quote}",
                    indicator.id
                );
            }
        }
    }

    #[test]
    fn derived_values_are_listed_under_their_source() {
        let indicators = full_indicators();
        let pm25 = indicators.iter().find(|i| i.id == "air_pm25").unwrap();
        let derived: Vec<&str> = bundled_derived_from(pm25)
            .iter()
            .map(|i| i.id.as_str())
            .collect();
        assert!(derived.contains(&"air_pm25_2023"), "{derived:?}");
        assert!(bundled_derived_from(&indicators[indicators.len() - 1])
            .iter()
            .all(|i| i.is_derived()));
    }

    #[test]
    fn an_indicator_the_build_did_not_bundle_has_no_quote() {
        let text = include_str!("../data/2025-national-eco-env-work-report.zh.txt");
        let report: &'static Report = Box::leak(Box::new(
            report_core::parse_report("report.zh.txt", text).unwrap(),
        ));
        let mut stranger = bundled_indicators().unwrap()[0].clone();
        stranger.id = "not_in_the_catalog".into();
        assert_eq!(bundled_quote(report, &stranger), None);
    }
}
