//! The full text: parts, sections and paragraphs with their anchors.

use leptos::prelude::*;
use report_core::{numeral::chinese_numeral, Part, Section};

use super::context::{use_lang, use_report};
use super::deferred::{self, when_loaded};
use super::in_turn::InTurn;
use super::paragraph::ParagraphView;
use super::scroll_spy::watch_sections;
use crate::url::{use_url_state, Embed, Target};

/// Every part of the report in order.
#[component]
pub fn Reader() -> impl IntoView {
    let report = use_report();
    watch_sections();
    view! {
        <article class="reader" data-testid="reader">
            {report
                .parts
                .iter()
                .map(|part| {
                    view! {
                        <InTurn>
                            <PartView part=part />
                        </InTurn>
                    }
                })
                .collect_view()}
        </article>
    }
}

/// A part: its heading with the paragraphs before its first section, then its sections.
#[component]
fn PartView(
    /// The part to render; part 0 is the untitled preamble.
    part: &'static Part,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let opening_id = report_core::SectionId::new(part.number, 0);
    let is_target = move || url.with(|f| f.target == Some(Target::Section(opening_id)));
    let heading = match &part.title {
        Some(title) => view! {
            <h2 class="part-heading">
                <span class="part-heading__numeral">{chinese_numeral(part.number)}"、"</span>
                {title.clone()}
            </h2>
        }
        .into_any(),
        None => view! { <h2 class="visually-hidden">{move || lang.get().strings().preamble}</h2> }
            .into_any(),
    };
    let (opening, sections): (Vec<&'static Section>, Vec<&'static Section>) = part
        .sections
        .iter()
        .partition(|section| section.title.is_none());
    // At boot, the opening and each section render in a turn of their own.
    view! {
        <section class="part" data-part=part.number>
            <div
                class="part-opening"
                id=format!("s-{opening_id}")
                tabindex="-1"
                class:is-target=is_target
                data-spy=opening_id.to_string()
            >
                {heading}
                <InTurn>
                    {opening
                        .iter()
                        .flat_map(|section| section.paragraphs.iter())
                        .map(|paragraph| view! { <ParagraphView paragraph=paragraph /> })
                        .collect_view()}
                </InTurn>
            </div>
            {sections
                .into_iter()
                .map(|section| {
                    view! {
                        <InTurn>
                            <SectionView section=section />
                        </InTurn>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// A titled section with its paragraphs.
#[component]
fn SectionView(
    /// The section to render.
    section: &'static Section,
) -> impl IntoView {
    let url = use_url_state().0;
    let lang = use_lang();
    let id = section.id;
    let is_target = move || url.with(|f| f.target == Some(Target::Section(id)));
    let embed_open = RwSignal::new(false);
    view! {
        <section
            class="section"
            id=format!("s-{id}")
            tabindex="-1"
            class:is-target=is_target
            data-spy=id.to_string()
            data-testid="section"
        >
            <h3 class="section-heading">
                <span class="section-heading__numeral">"("{chinese_numeral(id.section)}")"</span>
                {section.title.clone()}
                <button
                    type="button"
                    class="section-embed"
                    aria-expanded=move || embed_open.get().to_string()
                    aria-label=move || format!("{} ({})", lang.get().strings().embed_section, chinese_numeral(id.section))
                    data-testid="section-embed"
                    on:click=move |_| embed_open.update(|open| *open = !*open)
                >
                    {move || lang.get().strings().embed}
                </button>
            </h3>
            <Show when=move || embed_open.get()>
                <div class="section-embed-panel">
                    {when_loaded(deferred::embed_code(Embed::Section(id), url.get_untracked()))}
                </div>
            </Show>
            {section.paragraphs.iter().map(|paragraph| view! { <ParagraphView paragraph=paragraph /> }).collect_view()}
        </section>
    }
}
