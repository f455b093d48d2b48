//! One paragraph: its citation marker, emphasised lead sentence and text.

use leptos::prelude::*;
use report_core::Paragraph;

use super::citation_popover::CitationPopover;
use super::context::{use_lang, use_open_citation, use_search_marks};
use super::marked_text::marked_view;
use crate::url::{use_url_state, Target};
use report_core::SearchIndex;

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
    // Search matches from the URL's query, marked in the text; paragraphs
    // the index does not return skip the work.
    let marks = use_search_marks();
    let matches = Memo::new(move |_| {
        marks.with(|marks| match marks {
            Some(marks) if marks.paragraphs.contains(&id) => {
                SearchIndex::highlight(&paragraph.text, &marks.query)
            }
            _ => Vec::new(),
        })
    });
    let lead_len = paragraph.lead.as_ref().map_or(0, String::len);
    let lead = paragraph.lead.clone();
    let text = &paragraph.text;
    let body = move || {
        let ranges: Vec<_> = matches
            .get()
            .iter()
            .filter(|r| r.end > lead_len)
            .map(|r| r.start.saturating_sub(lead_len)..r.end - lead_len)
            .collect();
        marked_view(&text[lead_len..], &ranges)
    };
    let lead_view = move || {
        lead.clone().map(|lead| {
            let ranges: Vec<_> = matches
                .get()
                .iter()
                .filter(|r| r.start < lead_len)
                .cloned()
                .collect();
            view! { <strong class="lead">{marked_view(&lead, &ranges)}</strong> }
        })
    };
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
                {lead_view}
                {body}
            </p>
            <Show when=is_open>
                <CitationPopover id=id marker=marker_ref />
            </Show>
        </div>
    }
}
