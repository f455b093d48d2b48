//! The search box in the top bar: a combobox whose results update on every
//! keystroke (never mid-composition for IME input), with keyboard
//! navigation, per-part filters and a shareable `#q=` in the URL.

mod results;
mod shortcut;

use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use report_core::search::{SearchHit, SearchResults};

use super::app::element_id;
use super::context::{use_lang, use_search_index};
use crate::dom::scroll_to_element;
use crate::url::{navigate, use_url_state, Target};
use results::SearchPanel;

/// How long typing must pause before the query is written to the URL.
const URL_UPDATE_DELAY_MS: u32 = 400;

/// The id of the search input, for labels and the `/` shortcut.
pub const INPUT_ID: &str = "search-input";

/// Search state shared by the box and its panel.
#[derive(Clone, Copy)]
struct SearchState {
    /// What is searched: the input's text, except while an IME composes.
    query: RwSignal<String>,
    open: RwSignal<bool>,
    /// Index into the visible hits of the option chosen by arrow keys.
    active: RwSignal<Option<usize>>,
    part_filter: RwSignal<Option<u8>>,
    show_all: RwSignal<bool>,
    visible: Memo<Vec<SearchHit>>,
}

/// The search box with its results panel.
#[component]
pub fn SearchBox() -> impl IntoView {
    let index = use_search_index();
    let url_state = crate::url::use_url_state().0;
    // The language and view decide which texts are searched; the URL is
    // notified again when the English text arrives.
    let texts_searched = move || url_state.with(|f| (f.lang, f.view));
    let url = use_url_state();
    let lang = use_lang();
    let strings = move || lang.get().strings();

    let initial = url
        .0
        .with_untracked(|f| f.query.clone().unwrap_or_default());
    let text = RwSignal::new(initial.clone());
    let query = RwSignal::new(initial.clone());
    let composing = RwSignal::new(false);
    let part_filter = RwSignal::new(None::<u8>);
    let results = Memo::new(move |_| {
        let query = query.get();
        if query.trim().is_empty() {
            SearchResults::default()
        } else {
            let (lang, view) = texts_searched();
            crate::search_index::search_shown(index, &query, lang, view)
        }
    });
    let visible = Memo::new(move |_| {
        let filter = part_filter.get();
        results.with(|r| {
            r.hits
                .iter()
                .filter(|hit| filter.is_none_or(|part| hit.paragraph.part == part))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let state = SearchState {
        query,
        open: RwSignal::new(!initial.is_empty()),
        active: RwSignal::new(None),
        part_filter,
        show_all: RwSignal::new(false),
        visible,
    };

    // Follow the URL when it changes from outside (a link, back, forward).
    let url_query = Memo::new(move |_| url.0.with(|f| f.query.clone().unwrap_or_default()));
    Effect::new(move |_| {
        let from_url = url_query.get();
        if from_url != query.get_untracked() {
            text.set(from_url.clone());
            // A query from outside (an edited address, a link) shows its
            // results, as one typed into the box does.
            state.open.set(!from_url.trim().is_empty());
            query.set(from_url);
        }
    });

    // Write the query to the URL once typing pauses, replacing the entry.
    // Replacing the pending timeout cancels it, and so does unmounting,
    // which drops it with the stored value.
    let pending = StoredValue::new_local(None::<Timeout>);
    let write_url_later = move |value: String| {
        let timeout = Timeout::new(URL_UPDATE_DELAY_MS, move || {
            let mut next = url.0.get_untracked();
            next.query = Some(value).filter(|q| !q.trim().is_empty());
            url.replace(next);
        });
        pending.set_value(Some(timeout));
    };
    let run_query = move |value: String| {
        query.set(value.clone());
        state.open.set(true);
        state.active.set(None);
        state.part_filter.set(None);
        state.show_all.set(false);
        write_url_later(value);
    };

    let input_ref = NodeRef::<leptos::html::Input>::new();
    shortcut::focus_on_shortcut(input_ref);

    let on_keydown = move |event: web_sys::KeyboardEvent| {
        if event.is_composing() || composing.get_untracked() {
            return;
        }
        let count = visible.with_untracked(Vec::len);
        match event.key().as_str() {
            "ArrowDown" | "ArrowUp" if count > 0 => {
                event.prevent_default();
                state.open.set(true);
                let down = event.key() == "ArrowDown";
                state.active.update(|active| {
                    *active = Some(match (*active, down) {
                        (None, true) => 0,
                        (None, false) => count - 1,
                        (Some(i), true) => (i + 1) % count,
                        (Some(i), false) => (i + count - 1) % count,
                    });
                });
            }
            "Enter" => {
                event.prevent_default();
                let chosen = state.active.get_untracked().unwrap_or(0);
                if let Some(hit) = visible.with_untracked(|hits| hits.get(chosen).cloned()) {
                    choose(state, &hit);
                }
            }
            "Escape" => {
                event.prevent_default();
                if state.open.get_untracked() {
                    state.open.set(false);
                } else {
                    text.set(String::new());
                    run_query(String::new());
                    state.open.set(false);
                }
            }
            _ => {}
        }
    };

    let container = NodeRef::<leptos::html::Div>::new();
    // Focus also leaves when the box is being removed (an embed view
    // replacing the app): by then its signals are gone, so only `try_`.
    let close_when_focus_leaves = move |event: web_sys::FocusEvent| {
        let inside = event
            .related_target()
            .and_then(|target| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(target).ok())
            .zip(container.try_get_untracked().flatten())
            .is_some_and(|(node, container)| container.contains(Some(&node)));
        if !inside {
            state.open.try_set(false);
        }
    };

    view! {
        <div class="search" node_ref=container on:focusout=close_when_focus_leaves>
            <label class="visually-hidden" for=INPUT_ID>{move || strings().search_label}</label>
            <input
                id=INPUT_ID
                class="search__input"
                type="search"
                role="combobox"
                autocomplete="off"
                spellcheck="false"
                enterkeyhint="search"
                aria-autocomplete="list"
                aria-controls="search-results"
                aria-expanded=move || (state.open.get() && !query.get().is_empty()).to_string()
                aria-activedescendant=move || state.active.get().map(|i| format!("search-hit-{i}"))
                placeholder=move || strings().search_placeholder
                data-testid="search-input"
                node_ref=input_ref
                prop:value=move || text.get()
                on:input=move |event| {
                    let value = event_target_value(&event);
                    text.set(value.clone());
                    if !composing.get_untracked() {
                        run_query(value);
                    }
                }
                on:compositionstart=move |_| composing.set(true)
                on:compositionend=move |_| {
                    composing.set(false);
                    run_query(text.get_untracked());
                }
                on:focus=move |_| {
                    if !query.get_untracked().is_empty() {
                        state.open.set(true);
                    }
                }
                on:keydown=on_keydown
            />
            <Show when=move || state.open.get() && !query.get().is_empty()>
                <SearchPanel
                    results=results
                    state=state
                    on_suggestion=Callback::new(move |suggestion: String| {
                        text.set(suggestion.clone());
                        run_query(suggestion);
                        if let Some(input) = input_ref.get_untracked() {
                            let _ = input.focus();
                        }
                    })
                />
            </Show>
        </div>
    }
}

/// Goes to a hit's paragraph, keeping the query so its matches stay marked.
fn choose(state: SearchState, hit: &SearchHit) {
    let mut next = fragment_now().with_target(Some(Target::Paragraph(hit.paragraph)));
    next.query = Some(state.query.get_untracked()).filter(|q| !q.trim().is_empty());
    state.open.set(false);
    if !navigate(&next) {
        scroll_to_element(&element_id(Target::Paragraph(hit.paragraph)));
    }
}

/// The fragment as the URL has it now.
fn fragment_now() -> crate::url::Fragment {
    crate::url::Fragment::parse(&window().location().hash().unwrap_or_default())
}
