//! The app root: the report or, if the data is broken, its problems.

use leptos::either::EitherOf4;
use leptos::prelude::*;
use report_core::Report;

use super::context::ChartsContext;
use super::context::{
    IndicatorContext, MarkedQuery, OpenCitation, OpenFigure, ReportContext, SearchIndexContext,
    SearchMarks, Text, TocOpen, UiLang,
};
use super::dark_theme::provide_dark_theme;
use super::deferred::{self, when_loaded};
use super::open_data_downloads::provide_open_data_downloads;
use super::popover_dismissal::provide_popover_dismissal;
use super::print::provide_print_charts;
use super::scroll_spy::provide_scroll_spy;
use super::{
    provide_integrity_check, DataError, Footer, InTurn, IntegrityAlert, Notice, Reader,
    ReportHeader, Toc, TopBar,
};
use crate::boot::after_reveal;
use crate::data::{bundled_chart_specs, bundled_figure_spans, bundled_indicators, loaded_report};
use crate::dom::{scroll_to_element, scroll_to_top, set_root_attribute};
use crate::i18n::Lang;
use crate::search_index::LazySearchIndex;
use crate::translation::english;
use crate::url::{provide_url_state, Target, View};
use report_core::indicators::Indicator;
use report_core::{CitationSet, SearchResults};

/// The whole app for the bundled report.
#[component]
pub fn App() -> impl IntoView {
    match (loaded_report(), bundled_indicators()) {
        (Ok(report), Ok(indicators)) => {
            view! { <ReportApp report=report indicators=indicators /> }.into_any()
        }
        (Err(problems), _) => view! { <DataError problems=problems.to_owned() /> }.into_any(),
        (_, Err(problem)) => view! { <DataError problems=problem.to_owned() /> }.into_any(),
    }
}

/// The reader for one report: top bar, contents, header, text and footer,
/// with the shared state they use.
#[component]
pub fn ReportApp(
    /// The parsed report to show.
    report: &'static Report,
    /// Its validated indicators.
    indicators: &'static [Indicator],
) -> impl IntoView {
    provide_context(ReportContext(report));
    let located: &'static _ = Box::leak(Box::new(bundled_figure_spans(report)));
    provide_context(IndicatorContext {
        list: indicators,
        located,
    });
    let original = Text {
        report,
        figures: located,
        lang: Lang::Zh,
    };
    provide_context(OpenFigure(RwSignal::new(None)));
    provide_context(ChartsContext(bundled_chart_specs().leak()));
    // Leaked once per mounted app: the index lives as long as the page.
    let index: &'static LazySearchIndex = Box::leak(Box::new(LazySearchIndex::new(report)));
    // Build it after the app's first paint, before anyone is likely to type.
    after_reveal(move || {
        request_animation_frame(move || {
            set_timeout(move || index.build_in_tasks(), std::time::Duration::ZERO)
        })
    });
    let url = provide_url_state(report).0;
    let lang = Memo::new(move |_| url.with(|f| f.lang));
    let view_kind = Memo::new(move |_| url.with(|f| f.view));
    // English or the bilingual view: the English chunk shows the text.
    let translated =
        Memo::new(move |_| lang.get() == Lang::En || view_kind.get() == View::Bilingual);
    // The view the main area shows, with the English chunk's reader (alone
    // or bilingual: it switches between the two itself) as `Bilingual`, so
    // that switching between them does not rebuild it.
    let main_view = Memo::new(move |_| match (view_kind.get(), translated.get()) {
        (View::Reader | View::Bilingual, true) => View::Bilingual,
        (View::Reader | View::Bilingual, false) => View::Reader,
        (other, _) => other,
    });
    provide_context(SearchIndexContext(index));
    provide_dark_theme();
    let marked_query = Memo::new(move |_| url.with(|f| f.query.clone()));
    provide_context(SearchMarks(Memo::new(move |_| {
        // Again when the English text arrives (UrlState::notify).
        url.track();
        let english_shown = english().filter(|_| translated.get());
        let bilingual = view_kind.get() == View::Bilingual;
        marked_query.get().map(|query| {
            let in_text = |results: SearchResults| {
                results
                    .hits
                    .iter()
                    .filter(|h| h.in_text)
                    .map(|h| h.paragraph)
                    .collect()
            };
            MarkedQuery {
                original: match english_shown.is_none() || bilingual {
                    true => in_text(index.search(&query)),
                    false => CitationSet::default(),
                },
                english: english_shown.map_or_else(CitationSet::default, |english| {
                    in_text(english.search.search(&query))
                }),
                query,
            }
        })
    })));
    provide_context(UiLang(lang));
    provide_context(OpenCitation(RwSignal::new(None)));
    provide_popover_dismissal();
    provide_open_data_downloads();
    provide_context(TocOpen(RwSignal::new(false)));
    provide_scroll_spy();
    provide_print_charts();
    provide_integrity_check(report);

    Effect::new(move |_| set_root_attribute("lang", Some(lang.get().html_tag())));
    // The tab's title names the app in the interface's language.
    Effect::new(move |_| {
        let app_name = lang.get().strings().app_name;
        document().set_title(&format!("{} · {app_name}", report.meta.title));
    });
    let theme = Memo::new(move |_| url.with(|f| f.theme));
    Effect::new(move |_| set_root_attribute("data-theme", theme.get().map(|t| t.as_str())));

    // Scroll to the target whenever it changes (first load, links, back and
    // forward), but not when only the language or theme changed.
    let target = Memo::new(move |_| url.with(|f| f.target));
    let fell_back = Memo::new(move |_| url.with(|f| f.target.is_none() && !f.problems.is_empty()));
    Effect::new(move |_| {
        let target = target.get();
        let fell_back = fell_back.get();
        after_reveal(move || {
            request_animation_frame(move || match target {
                Some(target) => {
                    scroll_to_element(&element_id(target));
                }
                None if fell_back => scroll_to_top(),
                None => {}
            })
        });
    });

    let embed = Memo::new(move |_| url.with(|f| f.embed.clone()));
    Effect::new(move |_| set_root_attribute("data-embed", embed.get().map(|_| "true")));
    let strings = move || lang.get().strings();
    let full_app = move || {
        view! {
        <a class="skip-link" href="#main">{move || strings().skip_to_text}</a>
        <InTurn>
            <TopBar />
        </InTurn>
        <div class="layout">
            <InTurn>
                <Toc />
            </InTurn>
            <main id="main" class="main" tabindex="-1">
                <IntegrityAlert />
                <Notice />
                <InTurn>
                    // One variant per view, so that a change of view unmounts
                    // the old one at once. Rebuilding one deferred view into
                    // another would keep the old on screen, its reactive
                    // values already disposed, until the new one's chunk
                    // arrives.
                    {move || match main_view.get() {
                        View::Reader => {
                            EitherOf4::A(
                                view! {
                                    <InTurn>
                                        <ReportHeader text=original />
                                    </InTurn>
                                    <Reader text=original />
                                },
                            )
                        }
                        View::Bilingual => EitherOf4::B(when_loaded(deferred::translated_reader())),
                        View::Indicators => EitherOf4::C(when_loaded(deferred::indicators_view())),
                        View::Charts => EitherOf4::D(when_loaded(deferred::charts_view())),
                    }}
                </InTurn>
                <InTurn>
                    <Footer />
                </InTurn>
            </main>
        </div>
        }
    };
    move || match embed.get() {
        Some(embed) => when_loaded(deferred::embed_view(embed)).into_any(),
        None => full_app().into_any(),
    }
}

/// The DOM id of a paragraph or section, as the reader renders it.
pub fn element_id(target: Target) -> String {
    match target {
        Target::Paragraph(id) => format!("p-{id}"),
        Target::Section(id) => format!("s-{id}"),
    }
}
