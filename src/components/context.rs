//! Shared state as newtype contexts, each with a helper that names what is
//! missing instead of a bare `unwrap`.

use leptos::prelude::*;
use report_core::{CitationId, CitationMap, CitationSet, Report, SectionId};

use crate::search_index::LazySearchIndex;
use report_core::charts::ChartSpec;
use report_core::indicators::{Indicator, Located};

use crate::i18n::Lang;

/// The parsed report, for every view below the app root.
#[derive(Clone, Copy)]
pub struct ReportContext(pub &'static Report);

/// The search index over the report, built on first use.
#[derive(Clone, Copy)]
pub struct SearchIndexContext(pub &'static LazySearchIndex);

/// The URL's search query and the paragraphs whose text it matches, so each
/// paragraph knows cheaply whether to mark anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkedQuery {
    pub query: String,
    /// Paragraphs whose original text matches.
    pub original: CitationSet,
    /// Paragraphs whose English text matches (when it is shown).
    pub english: CitationSet,
}

impl MarkedQuery {
    /// The matching paragraphs of the text in `lang`.
    pub fn paragraphs(&self, lang: Lang) -> &CitationSet {
        match lang {
            Lang::Zh => &self.original,
            Lang::En => &self.english,
        }
    }
}

/// Search matches to mark in the reader.
#[derive(Clone, Copy)]
pub struct SearchMarks(pub Memo<Option<MarkedQuery>>);

/// The validated indicators and where the stated ones sit in the text.
#[derive(Clone, Copy)]
pub struct IndicatorContext {
    /// As the first screen needs them (`data::bundled_indicators`): a view
    /// that shows values or English labels reads `data::full_indicators`.
    pub list: &'static [Indicator],
    pub located: &'static CitationMap<Vec<Located>>,
}

/// A text the reader shows: the original or its translation, with where
/// its figures stand.
#[derive(Clone, Copy)]
pub struct Text {
    pub report: &'static Report,
    pub figures: &'static CitationMap<Vec<Located>>,
    /// The language the text is in.
    pub lang: Lang,
}

/// Texts are told apart by which report they show, not by comparing them.
impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.report, other.report) && self.lang == other.lang
    }
}

/// The highlighted figure whose popover is open: its paragraph and indicator index.
#[derive(Clone, Copy)]
pub struct OpenFigure(pub RwSignal<Option<(CitationId, usize)>>);

/// Whether the page shows the dark colour scheme.
#[derive(Clone, Copy)]
pub struct DarkTheme(pub Memo<bool>);

/// The report's chart specs. Their data is assembled when a view first
/// shows a chart (`data::full_chart_data`).
#[derive(Clone, Copy)]
pub struct ChartsContext(pub &'static [ChartSpec]);

/// The UI language, derived from the URL.
#[derive(Clone, Copy)]
pub struct UiLang(pub Memo<Lang>);

/// The section being read, as the scroll position tells.
#[derive(Clone, Copy)]
pub struct CurrentSection(pub ReadSignal<Option<SectionId>>);

/// The paragraph whose citation popover is open, if any.
#[derive(Clone, Copy)]
pub struct OpenCitation(pub RwSignal<Option<CitationId>>);

/// Whether the contents drawer is open on narrow screens.
#[derive(Clone, Copy)]
pub struct TocOpen(pub RwSignal<bool>);

fn expect_context_named<T: Clone + 'static>(name: &str) -> T {
    use_context::<T>()
        .unwrap_or_else(|| panic!("{name} is missing: render this component inside <ReportApp/>"))
}

pub fn use_report() -> &'static Report {
    expect_context_named::<ReportContext>("ReportContext").0
}

pub fn use_lang() -> Memo<Lang> {
    expect_context_named::<UiLang>("UiLang").0
}

pub fn use_current_section() -> ReadSignal<Option<SectionId>> {
    expect_context_named::<CurrentSection>("CurrentSection").0
}

pub fn use_open_citation() -> RwSignal<Option<CitationId>> {
    expect_context_named::<OpenCitation>("OpenCitation").0
}

pub fn use_toc_open() -> RwSignal<bool> {
    expect_context_named::<TocOpen>("TocOpen").0
}

pub fn use_search_index() -> &'static LazySearchIndex {
    expect_context_named::<SearchIndexContext>("SearchIndexContext").0
}

pub fn use_search_marks() -> Memo<Option<MarkedQuery>> {
    expect_context_named::<SearchMarks>("SearchMarks").0
}

pub fn use_indicators() -> IndicatorContext {
    expect_context_named::<IndicatorContext>("IndicatorContext")
}

/// The original text with its figures.
pub fn use_original_text() -> Text {
    Text {
        report: use_report(),
        figures: use_indicators().located,
        lang: Lang::Zh,
    }
}

/// The loaded English text as a text the reader shows.
pub fn english_text(english: &'static crate::translation::EnglishText) -> Text {
    Text {
        report: english.report,
        figures: english.figures,
        lang: Lang::En,
    }
}

/// The text an interface in `lang` shows: the English text when it is in
/// `lang` and loaded, else the original.
pub fn shown_text(original: Text, lang: Lang) -> Text {
    match crate::translation::english() {
        Some(english) if lang == Lang::En => english_text(english),
        _ => original,
    }
}

pub fn use_open_figure() -> RwSignal<Option<(CitationId, usize)>> {
    expect_context_named::<OpenFigure>("OpenFigure").0
}

pub fn use_dark() -> Memo<bool> {
    expect_context_named::<DarkTheme>("DarkTheme").0
}

pub fn use_charts() -> &'static [ChartSpec] {
    expect_context_named::<ChartsContext>("ChartsContext").0
}
