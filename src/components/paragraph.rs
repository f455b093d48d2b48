//! One paragraph: its citation marker, emphasised lead sentence and text.

use leptos::prelude::*;
use report_core::Paragraph;

use super::citation_popover::CitationPopover;
use super::context::{use_lang, use_open_citation};
use crate::url::{use_url_state, Target};

/// A paragraph with its `§P.S.N` marker; the marker opens the citation popover.
#[component]
pub fn ParagraphView(
    /// The paragraph to render.
    paragraph: &'static Paragraph,
) -> impl IntoView {
    let id = paragraph.id;
    let url = use_url_state().0;
    let lang = use_lang();
    let open_citation = use_open_citation();
    let is_target = move || url.with(|f| f.target == Some(Target::Paragraph(id)));
    let is_open = move || open_citation.get() == Some(id);
    let marker_ref = NodeRef::<leptos::html::Button>::new();
    let toggle = move |_| {
        open_citation.update(|open| *open = if *open == Some(id) { None } else { Some(id) })
    };

    view! {
        <div class="para-block">
            <p
                class="para"
                id=format!("p-{id}")
                tabindex="-1"
                class:is-target=is_target
                data-testid="paragraph"
                data-id=id.to_string()
            >
                <button
                    class="cite-marker"
                    type="button"
                    node_ref=marker_ref
                    aria-expanded=move || is_open().to_string()
                    aria-label=move || format!("{} §{id}", lang.get().strings().cite_paragraph)
                    on:click=toggle
                >
                    "§"{id.to_string()}
                </button>
                {paragraph.lead.clone().map(|lead| view! { <strong class="lead">{lead}</strong> })}
                {paragraph.body().to_owned()}
            </p>
            <Show when=is_open>
                <CitationPopover id=id marker=marker_ref />
            </Show>
        </div>
    }
}
