//! Table of contents: parts → sections. A sidebar on wide screens and a
//! drawer on phones; the section being read is marked `aria-current`.

use leptos::prelude::*;
use report_core::SectionId;
use wasm_bindgen::JsCast;

use super::app::element_id;
use super::context::{
    shown_text, use_current_section, use_lang, use_original_text, use_toc_open, Text,
};
use super::reader::{part_numeral, section_numeral};
use super::view_nav::ViewNav;
use crate::dom::{focus_element, scroll_to_element};
use crate::i18n::Lang;
use crate::observers::drop_on_cleanup;

/// The id of the top bar's contents toggle, which gets focus back on close.
pub const TOGGLE_ID: &str = "toc-toggle";
use crate::url::{use_url_state, Target, View};

/// The contents sidebar / drawer.
#[component]
pub fn Toc() -> impl IntoView {
    let original = use_original_text();
    let lang = use_lang();
    let open = use_toc_open();
    let strings = move || lang.get().strings();
    let close_button = NodeRef::<leptos::html::Button>::new();
    // Opening the drawer moves focus into it; closing it by Escape or the
    // close button gives focus back to the toggle. While it is open the rest
    // of the page is inert, so focus stays in the drawer.
    Effect::new(move |was_open: Option<bool>| {
        let is_open = open.get();
        set_inert(OUTSIDE_THE_DRAWER, is_open);
        if is_open && was_open == Some(false) {
            if let Some(button) = close_button.get_untracked() {
                let _ = button.focus();
            }
        }
        is_open
    });
    // A screen that grows wide enough for the sidebar (a tablet turned)
    // has no drawer to close: it closes itself, and the page is not left
    // inert. Unmounting does the same.
    if let Some(wide) = window().match_media(WIDE_SCREEN).ok().flatten() {
        let listener = gloo_events::EventListener::new(&wide, "change", move |event| {
            let is_wide = event
                .dyn_ref::<web_sys::MediaQueryListEvent>()
                .is_some_and(web_sys::MediaQueryListEvent::matches);
            if is_wide && open.get_untracked() {
                close_drawer(open);
            }
        });
        drop_on_cleanup(listener);
    }
    on_cleanup(|| set_inert(OUTSIDE_THE_DRAWER, false));
    let close_and_return_focus = move || {
        close_drawer(open);
        focus_element(TOGGLE_ID);
    };
    let close_on_escape = move |event: web_sys::KeyboardEvent| {
        if event.key() == "Escape" && open.get_untracked() {
            close_and_return_focus();
        }
    };

    // The entry of the section being read stays in view as the reader
    // scrolls: the sidebar scrolls itself, never the page.
    let current = use_current_section();
    Effect::new(move |_| {
        if current.get().is_some() {
            request_animation_frame(keep_current_entry_in_view);
        }
    });

    // Labelled in the language of the text shown (see `entry_label`).
    let entries = original
        .report
        .parts
        .iter()
        .map(|part| {
            let sections = part
                .sections
                .iter()
                .filter(|section| section.title.is_some())
                .map(|section| view! { <li><TocLink id=section.id /></li> })
                .collect_view();
            view! {
                <li class="toc__part">
                    <TocLink id=SectionId::new(part.number, 0) />
                    <ol class="toc__sections">{sections}</ol>
                </li>
            }
        })
        .collect_view();

    view! {
        <div class="toc-backdrop" class:is-open=move || open.get() on:click=move |_| close_drawer(open)></div>
        <nav
            id="toc"
            class="toc"
            class:is-open=move || open.get()
            aria-label=move || strings().contents
            data-testid="toc"
            on:keydown=close_on_escape
        >
            <div class="toc__head">
                <h2 class="toc__title">{move || strings().contents}</h2>
                <button
                    class="toc__close"
                    type="button"
                    aria-label=move || strings().close_contents
                    node_ref=close_button
                    on:click=move |_| close_and_return_focus()
                >
                    "×"
                </button>
            </div>
            <ViewNav in_drawer=true />
            <ol class="toc__parts">{entries}</ol>
        </nav>
    }
}

/// Scrolls the contents, and only them, so that the current entry shows.
fn keep_current_entry_in_view() {
    let document = document();
    let (Some(toc), Ok(Some(entry))) = (
        document.get_element_by_id("toc"),
        document.query_selector("#toc .toc__link[aria-current]"),
    ) else {
        return;
    };
    let (area, place) = (
        toc.get_bounding_client_rect(),
        entry.get_bounding_client_rect(),
    );
    let margin = 3.0 * place.height();
    if place.bottom() > area.bottom() {
        toc.set_scroll_top(toc.scroll_top() + (place.bottom() - area.bottom() + margin) as i32);
    } else if place.top() < area.top() {
        toc.set_scroll_top(toc.scroll_top() - (area.top() - place.top() + margin) as i32);
    }
}

/// Closes the drawer, and gives the page back its focus at once (not in
/// the effect that follows), so that focus can move out of the drawer now.
pub fn close_drawer(open: RwSignal<bool>) {
    open.set(false);
    set_inert(OUTSIDE_THE_DRAWER, false);
}

/// The width from which the contents are a sidebar, not a drawer
/// (style/toc.css).
const WIDE_SCREEN: &str = "(min-width: 960px)";

/// What the open drawer makes inert: the top bar and the text beside it.
const OUTSIDE_THE_DRAWER: &str = ".skip-link, .top-bar, #main";

/// Sets or removes `inert` on the elements `selector` matches.
fn set_inert(selector: &str, inert: bool) {
    let Ok(found) = document().query_selector_all(selector) else {
        return;
    };
    for index in 0..found.length() {
        if let Some(element) = found
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            let _ = if inert {
                element.set_attribute("inert", "")
            } else {
                element.remove_attribute("inert")
            };
        }
    }
}

/// A part's or section's title with its numeral, in the text an interface
/// in `lang` shows; `None` for the untitled preamble.
fn entry_label(original: Text, id: SectionId, lang: Lang) -> Option<String> {
    let text = shown_text(original, lang);
    if id.section == 0 {
        let title = text.report.part(id.part)?.title.as_ref()?;
        Some(format!("{}{title}", part_numeral(id.part, text.lang)))
    } else {
        let title = text.report.section(id)?.title.as_ref()?;
        Some(format!("{}{title}", section_numeral(id.section, text.lang)))
    }
}

/// One contents entry linking to a part (`P.0`) or section.
#[component]
fn TocLink(
    /// The part or section it links to.
    id: SectionId,
) -> impl IntoView {
    let lang = use_lang();
    let original = use_original_text();
    let url = use_url_state().0;
    // Follows the URL, which is notified again when the English text arrives.
    let label = move || {
        entry_label(original, id, url.with(|f| f.lang))
            .unwrap_or_else(|| lang.get().strings().preamble.to_owned())
    };
    let current = use_current_section();
    let open = use_toc_open();
    let target = Target::Section(id);
    let href = move || format!("#{}", url.with(|f| f.with_target(Some(target)).to_hash()));
    // Only the reader has a section being read.
    let in_reader =
        move || url.with(|f| matches!(f.view, View::Reader | View::Bilingual) && f.embed.is_none());
    let is_current = move || in_reader() && current.get() == Some(id);
    // A link to the fragment already in the URL fires no `hashchange`, so scroll here.
    let on_click = move |_| {
        close_drawer(open);
        if window().location().hash().unwrap_or_default() == href() {
            scroll_to_element(&element_id(target));
        }
    };
    view! {
        <a
            class="toc__link"
            href=href
            aria-current=move || is_current().then_some("location")
            data-section=id.to_string()
            on:click=on_click
        >
            {label}
        </a>
    }
}
