//! One paragraph: its citation marker, emphasised lead sentence, figures and
//! search matches, and the popovers they open.

use leptos::prelude::*;
use report_core::search::Chinese;
use report_core::{Paragraph, SearchIndex};

use super::context::{
    use_charts, use_lang, use_open_citation, use_open_figure, use_search_marks, Text,
};
use super::deferred::{self, when_loaded};
use super::figure_text::render_text;
use crate::i18n::Lang;
use crate::url::{use_url_state, Target};

/// A paragraph with its `§P.S.N` marker; the marker opens the citation popover.
#[component]
pub fn ParagraphView(
    /// The paragraph to render.
    paragraph: &'static Paragraph,
    /// The text it belongs to: its language and figures.
    text: Text,
    /// Whether it is the paragraph a link to its id reaches, with the
    /// citation, figure popovers and inline charts; the bilingual view's
    /// English column leaves these to the original beside it, and its ids
    /// start with `en-`.
    #[prop(default = true)]
    anchor: bool,
) -> impl IntoView {
    let id = paragraph.id;
    let text_lang = text.lang;
    let url = use_url_state().0;
    let lang = use_lang();
    let open_citation = use_open_citation();
    let open_figure = use_open_figure();
    let figures: &'static [_] = text.figures.get(&id).map_or(&[], Vec::as_slice);
    let is_target = move || anchor && url.with(|f| f.target == Some(Target::Paragraph(id)));
    let citation_open = move || anchor && open_citation.get() == Some(id);
    let figure_open = move || {
        open_figure
            .get()
            .filter(|(paragraph, _)| anchor && *paragraph == id)
            .map(|(_, index)| index)
    };
    let id_prefix = if anchor { "" } else { "en-" };
    let marker_ref = NodeRef::<leptos::html::Button>::new();
    // One popover at a time: opening the citation closes any figure's.
    let toggle = move |_| {
        let opening = open_citation.get_untracked() != Some(id);
        if opening {
            open_figure.set(None);
        }
        open_citation.set(opening.then_some(id));
    };

    // Search matches from the URL's query, marked in the text; paragraphs
    // the index does not return skip the work.
    let marks = use_search_marks();
    let matches = Memo::new(move |_| {
        marks.with(|marks| match marks {
            Some(marks) if marks.paragraphs(text_lang).contains(&id) => match text_lang {
                Lang::Zh => SearchIndex::<Chinese>::highlight(&paragraph.text, &marks.query),
                Lang::En => crate::translation::english().map_or_else(Vec::new, |english| {
                    english.search.highlight(&paragraph.text, &marks.query)
                }),
            },
            _ => Vec::new(),
        })
    });
    let words: &'static str = &paragraph.text;
    // Charts illustrating this paragraph, collapsed so they never push the
    // text off a phone screen; built and drawn when opened.
    let inline_charts = use_charts()
        .iter()
        .enumerate()
        .filter(|(_, spec)| anchor && spec.paragraphs.last() == Some(&id))
        .map(|(index, spec)| {
            // The English title comes with the full chart specs, which the
            // English reader reads before it shows a paragraph.
            let title = move || match (lang.get(), crate::data::full_chart_specs_if_read()) {
                (crate::i18n::Lang::En, Some(full)) => full[index].title_en.clone(),
                _ => spec.title_zh.clone(),
            };
            // The card is built on first opening (and kept): fourteen cards
            // nobody opened would weigh on every page load.
            let opened = RwSignal::new(false);
            let on_toggle = move |event: leptos::ev::Event| {
                if event_target::<web_sys::Element>(&event).has_attribute("open") {
                    opened.set(true);
                }
            };
            view! {
                <details class="inline-chart" data-chart=spec.id.clone() data-testid="inline-chart" on:toggle=on_toggle>
                    <summary>{move || lang.get().strings().charts_view}": "{title}</summary>
                    <Show when=move || opened.get()>
                        {when_loaded(deferred::chart_card(index))}
                    </Show>
                </details>
            }
        })
        .collect_view();
    let lead_len = paragraph.lead.as_ref().map_or(0, String::len);
    let lead = move || {
        (lead_len > 0).then(|| {
            view! { <strong class="lead">{move || render_text(id, id_prefix, words, 0, lead_len, figures, &matches.get())}</strong> }
        })
    };
    let body = move || {
        render_text(
            id,
            id_prefix,
            words,
            lead_len,
            words.len(),
            figures,
            &matches.get(),
        )
    };

    view! {
        <div class="para-block">
            <p
                class="para"
                id=format!("{id_prefix}p-{id}")
                tabindex="-1"
                class:is-target=is_target
                data-testid="paragraph"
            >
                <button
                    class="cite-marker"
                    type="button"
                    node_ref=marker_ref
                    aria-expanded=move || citation_open().to_string()
                    aria-label=move || format!("{} §{id}", lang.get().strings().cite_paragraph)
                    on:click=toggle
                >
                    "§"{id.to_string()}
                </button>
                {lead}
                {body}
            </p>
            <Show when=citation_open>
                {when_loaded(deferred::citation_popover(id, marker_ref))}
            </Show>
            {move || figure_open().map(|index| when_loaded(deferred::figure_popover(id, index)))}
            {inline_charts}
        </div>
    }
}
