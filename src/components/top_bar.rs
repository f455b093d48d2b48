//! The sticky bar: contents toggle (phones), app name, the views, search,
//! language and theme.

use leptos::prelude::*;

use super::context::{use_dark, use_lang, use_toc_open};
use super::toc::TOGGLE_ID;
use super::view_nav::ViewNav;
use super::SearchBox;
use crate::url::{navigate, use_url_state, Theme};

/// The top bar with the UI controls.
#[component]
pub fn TopBar() -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let toc_open = use_toc_open();
    let dark = use_dark();
    let effective_theme = move || {
        if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        }
    };
    let strings = move || lang.get().strings();

    let toggle_lang = move |_| {
        let mut next = url.get_untracked();
        next.lang = next.lang.other();
        navigate(&next);
    };
    let toggle_theme = move |_| {
        let mut next = url.get_untracked();
        next.theme = Some(match effective_theme() {
            Theme::Dark => Theme::Light,
            Theme::Light => Theme::Dark,
        });
        navigate(&next);
    };

    view! {
        <header class="top-bar">
            <button
                class="top-bar__button toc-toggle"
                id=TOGGLE_ID
                type="button"
                aria-controls="toc"
                aria-expanded=move || toc_open.get().to_string()
                data-testid="toc-toggle"
                on:click=move |_| toc_open.update(|open| *open = !*open)
            >
                <span aria-hidden="true">"☰ "</span>
                {move || strings().contents}
            </button>
            <span class="top-bar__name">{move || strings().app_name}</span>
            <ViewNav />
            <SearchBox />
            <button
                class="top-bar__button"
                type="button"
                lang=move || lang.get().other().html_tag()
                title=move || strings().switch_language
                aria-label=move || strings().switch_language
                data-testid="lang-toggle"
                on:click=toggle_lang
            >
                {move || strings().other_language_label}
            </button>
            <button
                class="top-bar__button"
                type="button"
                aria-pressed=move || (effective_theme() == Theme::Dark).to_string()
                data-testid="theme-toggle"
                on:click=toggle_theme
            >
                <span aria-hidden="true">"◐ "</span>
                {move || strings().dark_theme}
            </button>
        </header>
    }
}
