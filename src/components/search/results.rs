//! The results panel: a count, per-part filters, the list of hits with
//! highlighted snippets, or suggestions when nothing matches.

use leptos::prelude::*;
use report_core::search::SearchResults;

use super::{choose, SearchState};
use crate::components::context::{use_lang, use_search_index};
use crate::components::marked_text::{char_ranges_to_bytes, marked_view};
use crate::i18n::{part_name, result_count};

/// Hits rendered before "show all", so one-character queries stay instant.
const FIRST_HITS: usize = 30;

/// The panel under the search box.
#[component]
pub(super) fn SearchPanel(
    /// The results of the current query.
    results: Memo<SearchResults>,
    /// The search state shared with the box.
    state: SearchState,
    /// Called with a suggested query the user picked.
    on_suggestion: Callback<String>,
) -> impl IntoView {
    let lang = use_lang();
    let strings = move || lang.get().strings();
    let index = use_search_index();
    let url_state = crate::url::use_url_state().0;
    // The language and view decide which texts are searched; the URL is
    // notified again when the English text arrives.
    let texts_searched = move || url_state.with(|f| (f.lang, f.view));

    // Keep the option chosen by arrow keys in view.
    Effect::new(move |_| {
        if let Some(i) = state.active.get() {
            if let Some(option) = document().get_element_by_id(&format!("search-hit-{i}")) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                option.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });

    let part_chips = move || {
        let results = results.get();
        if results.hits.is_empty() {
            return None;
        }
        let lang = lang.get();
        let chip = move |label: String, filter: Option<u8>| {
            view! {
                <button
                    type="button"
                    class="search-panel__chip"
                    aria-pressed=move || (state.part_filter.get() == filter).to_string()
                    on:mousedown=|event| event.prevent_default()
                    on:click=move |_| {
                        state.part_filter.set(filter);
                        state.active.set(None);
                    }
                >
                    {label}
                </button>
            }
        };
        let all = chip(
            format!("{} {}", strings().all_parts, results.hits.len()),
            None,
        );
        let parts = results
            .per_part
            .iter()
            .map(|count| {
                chip(
                    format!("{} {}", part_name(count.part, lang), count.count),
                    Some(count.part),
                )
            })
            .collect_view();
        Some(view! {
            <div class="search-panel__parts" role="group" aria-label=strings().filter_by_part>
                {all}
                {parts}
            </div>
        })
    };

    let hit_list = move || {
        let limit = if state.show_all.get() {
            usize::MAX
        } else {
            FIRST_HITS
        };
        state
            .visible
            .get()
            .into_iter()
            .take(limit)
            .enumerate()
            .map(|(i, hit)| {
                let ranges = char_ranges_to_bytes(&hit.snippet, &hit.ranges);
                let path = hit.section.last().cloned().unwrap_or_else(|| strings().preamble.to_owned());
                let chosen = hit.clone();
                view! {
                    <li
                        id=format!("search-hit-{i}")
                        class="search-hit"
                        role="option"
                        aria-selected=move || (state.active.get() == Some(i)).to_string()
                        data-paragraph=hit.paragraph.to_string()
                        on:mousedown=|event| event.prevent_default()
                        on:click=move |_| choose(state, &chosen)
                    >
                        <span class="search-hit__meta">
                            <span class="search-hit__id">"§"{hit.paragraph.to_string()}</span>
                            <span class="search-hit__path">{path}</span>
                        </span>
                        <span class="search-hit__snippet">{marked_view(&hit.snippet, &ranges)}</span>
                    </li>
                }
            })
            .collect_view()
    };

    let more = move || {
        let hidden = state.visible.with(Vec::len).saturating_sub(FIRST_HITS);
        (hidden > 0 && !state.show_all.get()).then(|| {
            view! {
                <button
                    type="button"
                    class="search-panel__more"
                    on:mousedown=|event| event.prevent_default()
                    on:click=move |_| state.show_all.set(true)
                >
                    {move || format!("{} ({})", strings().show_all_results, state.visible.with(Vec::len))}
                </button>
            }
        })
    };

    let empty = move || {
        let query = state.query.get();
        results.with(|r| r.hits.is_empty()).then(|| {
            let suggestions = {
                let (lang, view) = texts_searched();
                crate::search_index::suggest_shown(index, &query, lang, view)
            };
            let shown: String = query.chars().take(40).collect();
            view! {
                <div class="search-panel__empty" data-testid="search-empty">
                    <p>{strings().no_results}" “"{shown}"”"</p>
                    {(!suggestions.is_empty()).then(|| view! {
                        <p class="search-panel__suggestions">
                            {strings().try_instead}
                            {suggestions
                                .into_iter()
                                .map(|s| {
                                    let text = s.text.clone();
                                    view! {
                                        <button
                                            type="button"
                                            class="search-panel__suggestion"
                                            data-testid="search-suggestion"
                                            on:mousedown=|event| event.prevent_default()
                                            on:click=move |_| on_suggestion.run(text.clone())
                                        >
                                            {s.text.clone()}
                                            <span class="search-panel__suggestion-count">{s.hits}</span>
                                        </button>
                                    }
                                })
                                .collect_view()}
                        </p>
                    })}
                </div>
            }
        })
    };

    view! {
        <div
            class="search-panel"
            data-testid="search-panel"
            data-query=move || state.query.get()
        >
            <p class="search-panel__status" role="status" data-testid="search-status">
                {move || result_count(results.with(|r| r.hits.len()), lang.get())}
                {move || results.with(|r| r.truncated).then(|| format!(" · {}", strings().query_truncated))}
            </p>
            {part_chips}
            <ul id="search-results" class="search-panel__list" role="listbox" aria-label=move || strings().search_results>
                {hit_list}
            </ul>
            {more}
            {empty}
        </div>
    }
}
