//! Embed mode (`#embed=section/1.2`, `#embed=p/1.2.2`): one item alone, with
//! a compact header, its source and a link to the full report, reporting its
//! height to the embedding page so the iframe can fit it.

use leptos::prelude::*;
use report_core::Paragraph;
use wasm_bindgen::JsCast;

use super::chart_card::ChartCard;
use super::context::{shown_text, use_charts, use_lang, use_original_text, use_report, Text};
use super::integrity_check::{use_integrity, IntegrityAlert};
use super::paragraph::ParagraphView;
use super::reader::{part_numeral, section_numeral};
use crate::boot::after_reveal;
use crate::dom::page_url_without_fragment;
use crate::i18n::Lang;
use crate::observers::{drop_on_cleanup, watch_resizes};
use crate::url::{use_url_state, Embed, Target};

/// The message type the host script (`embed.js`) listens for.
pub const HEIGHT_MESSAGE: &str = "report-explorer:height";
/// The message the host script sends when it loads after the embed did.
pub const REQUEST_MESSAGE: &str = "report-explorer:request-height";

/// One section, paragraph or chart, alone.
#[component]
pub fn EmbedView(
    /// What to show.
    embed: Embed,
) -> impl IntoView {
    match embed {
        Embed::Chart(id) => view! { <ChartEmbed id=id /> }.into_any(),
        text => view! { <TextEmbed embed=text /> }.into_any(),
    }
}

/// One chart alone, with its source and a link to it in the full report.
#[component]
fn ChartEmbed(
    /// The chart id.
    id: String,
) -> impl IntoView {
    let report = use_report();
    let lang = use_lang();
    let url = use_url_state().0;
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    let integrity = use_integrity();
    let index = use_charts().iter().position(|spec| spec.id == id);
    let full_report = {
        let id = id.clone();
        move || {
            format!(
                "{}#{}",
                page_url_without_fragment(),
                url.with(|f| f.with_chart(&id).to_hash())
            )
        }
    };
    report_height(format!("chart/{id}"));
    view! {
        <article class="embed" data-testid="embed" data-integrity=move || integrity.get().as_str() on:click=open_in_full_report>
            <IntegrityAlert />
            <header class="embed__header">
                <p class="embed__report">{report.meta.title.clone()}</p>
            </header>
            {match index {
                Some(index) => view! { <ChartCard index=index /> }.into_any(),
                None => view! { <p role="status">{move || view_strings().chart_not_found}</p> }.into_any(),
            }}
            <footer class="embed__footer">
                <span>{move || strings().source}": "{report.meta.source.clone().unwrap_or_default()}</span>
                <a href=full_report target="_blank" rel="noopener" data-testid="embed-full-link">
                    {move || view_strings().view_full_report}" ↗"
                </a>
            </footer>
        </article>
    }
}

/// In an embed, a link into the app (`#…`: a chart's title, a source, a
/// figure's "see in the table") opens the full report in a new tab, as the
/// footer's link does, instead of loading the app inside the iframe.
fn open_in_full_report(event: web_sys::MouseEvent) {
    let link = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| target.closest("a[href^='#']").ok().flatten());
    let Some(href) = link.and_then(|link| link.get_attribute("href")) else {
        return;
    };
    event.prevent_default();
    let full_report = format!("{}{href}", page_url_without_fragment());
    let _ = window().open_with_url_and_target_and_features(&full_report, "_blank", "noopener");
}

/// One section or paragraph, alone, in the text the language asks for: in
/// English, once the English text is loaded (the reveal waits for it).
#[component]
fn TextEmbed(
    /// The section or paragraph.
    embed: Embed,
) -> impl IntoView {
    let original = use_original_text();
    let lang = use_lang();
    let url = use_url_state();
    if lang.get_untracked() == Lang::En {
        super::translated_reader::read_english_labels();
        if crate::data::has_english() {
            // Without it the original shows: the footer's note says which.
            super::translated_reader::load_in_background(|_| {});
        }
    }
    report_height(embed.value());
    // Again when the English text arrives (UrlState::notify).
    move || text_embed(embed.clone(), shown_text(original, url.0.with(|f| f.lang)))
}

/// One section or paragraph of `text`.
fn text_embed(embed: Embed, text: Text) -> impl IntoView {
    let report = text.report;
    let lang = use_lang();
    let url = use_url_state().0;
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    let integrity = use_integrity();

    let (heading, paragraphs, id_label, target): (String, Vec<&'static Paragraph>, String, Target) =
        match embed {
            Embed::Section(id) => {
                let part = report.part(id.part);
                let heading = match (id.section, part) {
                    (0, Some(part)) => part.title.as_ref().map_or_else(String::new, |t| {
                        format!("{}{t}", part_numeral(part.number, text.lang))
                    }),
                    _ => report
                        .section(id)
                        .and_then(|s| s.title.as_ref())
                        .map_or_else(String::new, |t| {
                            format!("{}{t}", section_numeral(id.section, text.lang))
                        }),
                };
                let paragraphs = report
                    .section(id)
                    .map(|s| s.paragraphs.iter().collect())
                    .unwrap_or_default();
                (heading, paragraphs, id.to_string(), Target::Section(id))
            }
            Embed::Chart(_) => (
                String::new(),
                Vec::new(),
                String::new(),
                Target::Section(report_core::SectionId::new(0, 0)),
            ),
            Embed::Paragraph(id) => {
                let section = report.section(id.section_id());
                let heading = section
                    .and_then(|s| s.title.as_ref())
                    .map_or_else(String::new, |t| {
                        format!("{}{t}", section_numeral(id.section, text.lang))
                    });
                (
                    heading,
                    report.paragraph(id).into_iter().collect(),
                    id.to_string(),
                    Target::Paragraph(id),
                )
            }
        };
    let full_report = move || {
        let fragment = url.with(|f| f.with_target(Some(target)));
        format!("{}#{}", page_url_without_fragment(), fragment.to_hash())
    };
    let translated = (text.lang == Lang::En).then(|| {
        view! { <p class="embed__translation" data-testid="translation-note">{move || view_strings().unofficial_translation}</p> }
    });

    view! {
        <article class="embed" lang=text.lang.html_tag() data-testid="embed" data-integrity=move || integrity.get().as_str() on:click=open_in_full_report>
            <IntegrityAlert />
            <header class="embed__header">
                <p class="embed__report">{report.meta.title.clone()}</p>
                {(!heading.is_empty()).then(|| view! { <h1 class="embed__title">{heading}</h1> })}
            </header>
            {paragraphs.into_iter().map(|paragraph| view! { <ParagraphView paragraph=paragraph text=text /> }).collect_view()}
            <footer class="embed__footer">
                {translated}
                <span>
                    {move || strings().source}": "{report.meta.source.clone().unwrap_or_default()}" · §"{id_label}
                </span>
                <a href=full_report target="_blank" rel="noopener" data-testid="embed-full-link">
                    {move || view_strings().view_full_report}" ↗"
                </a>
            </footer>
        </article>
    }
}

/// Posts the content height to the parent page now, whenever it changes,
/// and whenever the host script asks. The body is what is measured and
/// watched: in an embed it holds the one item, and its height follows it.
fn report_height(id: String) {
    let Ok(parent) = window().parent() else {
        return;
    };
    let Some(parent) = parent.filter(|p| !js_sys::Object::is(p, &window())) else {
        return;
    };
    // While the app boots hidden, the height is the prerendered copy's: the
    // embed reports once it shows.
    let post_now = move || {
        let height = document().body().map_or(0, |body| body.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"id".into(), &id.as_str().into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &f64::from(height).into());
        let _ = parent.post_message(&message, "*");
    };
    let late = post_now.clone();
    let post = move || after_reveal(post_now.clone());
    let post_on_request = post.clone();
    let request = window_event_listener(leptos::ev::message, move |event| {
        let asked = js_sys::Reflect::get(&event.data(), &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .is_some_and(|t| t == REQUEST_MESSAGE);
        if asked {
            post_on_request();
        }
    });
    on_cleanup(move || request.remove());
    // Once more after late layout (fonts, images), in case a host script
    // that loaded in between missed the first message.
    after_reveal(move || set_timeout(late, std::time::Duration::from_millis(500)));
    let Some(watch) = watch_resizes(move |_| post()) else {
        return;
    };
    if let Some(body) = document().body() {
        watch.observer().observe(&body);
    }
    drop_on_cleanup(watch);
}
