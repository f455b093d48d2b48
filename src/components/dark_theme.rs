//! Whether the page is dark: the URL's `theme=` if given, else the system's
//! `prefers-color-scheme`, followed live. Charts need it to pick colours.

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::DarkTheme;
use crate::dom::dark_scheme_query;
use crate::observers::drop_on_cleanup;
use crate::url::{use_url_state, Theme};

/// Provides [`DarkTheme`] for the app; call once, in the app root.
pub fn provide_dark_theme() {
    let url = use_url_state().0;
    let system_dark = use_system_dark();
    let dark = Memo::new(move |_| match url.with(|f| f.theme) {
        Some(theme) => theme == Theme::Dark,
        None => system_dark.get(),
    });
    provide_context(DarkTheme(dark));
}

/// Follows `prefers-color-scheme: dark`, listening for changes until unmounted.
fn use_system_dark() -> ReadSignal<bool> {
    let query = dark_scheme_query();
    let (dark, set_dark) = signal(query.as_ref().is_some_and(|q| q.matches()));
    if let Some(query) = query {
        let listener = EventListener::new(&query, "change", move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::MediaQueryListEvent>() {
                set_dark.set(event.matches());
            }
        });
        drop_on_cleanup(listener);
    }
    dark
}
