//! The citation popover: copies the permalink as it opens and offers a
//! formatted citation (title, §id, URL) to copy as well.

use leptos::html::Button;
use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::CitationId;

use super::context::{shown_text, use_lang, use_open_citation, use_original_text};
use crate::dom::{copy_text, page_url_without_fragment};
use crate::i18n::citation_text;
use crate::i18n::Lang;
use crate::url::{use_url_state, Embed};

use super::embed_code::EmbedCode;

/// What the last copy did, for the status line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyStatus {
    Pending,
    LinkCopied,
    CitationCopied,
    Failed,
}

/// The popover for one paragraph's citation.
#[component]
pub fn CitationPopover(
    /// The paragraph being cited.
    id: CitationId,
    /// The marker that opened it, which gets focus back on close.
    marker: NodeRef<Button>,
) -> impl IntoView {
    let lang = use_lang();
    let text = shown_text(use_original_text(), lang.get_untracked());
    let translated = text.lang == Lang::En;
    let open = use_open_citation();
    // A link to the English text opens it in English.
    let language = if translated { "&lang=en" } else { "" };
    let permalink = format!("{}#p={id}{language}", page_url_without_fragment());
    let citation = {
        let permalink = permalink.clone();
        move || citation_text(&text.report.meta, id, &permalink, lang.get(), translated)
    };
    let status = RwSignal::new(CopyStatus::Pending);
    let copy = move |text: String, success: CopyStatus| {
        spawn_local(async move {
            status.set(if copy_text(text).await {
                success
            } else {
                CopyStatus::Failed
            });
        });
    };
    copy(permalink.clone(), CopyStatus::LinkCopied);

    let close = move || {
        open.set(None);
        if let Some(marker) = marker.get_untracked() {
            let _ = marker.focus();
        }
    };
    let copy_button = NodeRef::<Button>::new();
    Effect::new(move |_| {
        if let Some(button) = copy_button.get() {
            let _ = button.focus();
        }
    });
    let status_text = move || {
        let strings = lang.get().view_strings();
        match status.get() {
            CopyStatus::Pending => "",
            CopyStatus::LinkCopied => strings.link_copied,
            CopyStatus::CitationCopied => strings.citation_copied,
            CopyStatus::Failed => strings.copy_failed,
        }
    };
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    let citation_for_copy = citation.clone();
    let embed_choice = RwSignal::new(None::<Embed>);
    let url = use_url_state().0;

    view! {
        <div
            class="cite-popover"
            role="dialog"
            aria-label=move || format!("{} §{id}", view_strings().citation)
            data-testid="citation-popover"
            on:keydown=move |event: web_sys::KeyboardEvent| {
                if event.key() == "Escape" {
                    close();
                }
            }
        >
            <p class="cite-popover__status" role="status" data-testid="copy-status">{status_text}</p>
            <label class="cite-popover__field">
                <span>{move || view_strings().permalink}</span>
                <input type="text" readonly value=permalink.clone() data-testid="permalink" />
            </label>
            <label class="cite-popover__field">
                <span>{move || view_strings().citation}</span>
                <textarea readonly rows="3" data-testid="citation-text" prop:value=citation></textarea>
            </label>
            <div class="cite-popover__actions">
                <button
                    type="button"
                    node_ref=copy_button
                    data-testid="copy-citation"
                    on:click=move |_| copy(citation_for_copy(), CopyStatus::CitationCopied)
                >
                    {move || view_strings().copy_citation}
                </button>
                <button
                    type="button"
                    data-testid="embed-paragraph"
                    aria-pressed=move || (embed_choice.get() == Some(Embed::Paragraph(id))).to_string()
                    on:click=move |_| embed_choice.set(Some(Embed::Paragraph(id)))
                >
                    {move || view_strings().embed_paragraph}
                </button>
                <button
                    type="button"
                    data-testid="embed-section"
                    aria-pressed=move || (embed_choice.get() == Some(Embed::Section(id.section_id()))).to_string()
                    on:click=move |_| embed_choice.set(Some(Embed::Section(id.section_id())))
                >
                    {move || strings().embed_section}
                </button>
                <button type="button" on:click=move |_| close()>
                    {move || view_strings().close}
                </button>
            </div>
            {move || embed_choice.get().map(|embed| view! { <EmbedCode embed=embed fragment=url.get_untracked() /> })}
        </div>
    }
}
