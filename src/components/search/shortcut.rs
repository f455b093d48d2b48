//! `/` or Ctrl-K (⌘K) anywhere focuses the search box, as on most sites
//! with search; `/` is left alone while typing in a field. While the app
//! boots behind the prerendered copy, the copy's box takes the focus.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn typing_in_a_field(event: &web_sys::KeyboardEvent) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|element| {
            matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || element.get_attribute("contenteditable").is_some()
        })
}

/// Listens on the window until the component unmounts.
pub fn focus_on_shortcut(input: NodeRef<leptos::html::Input>) {
    let handle = window_event_listener(leptos::ev::keydown, move |event| {
        let slash = event.key() == "/" && !typing_in_a_field(&event);
        let command_k =
            (event.ctrl_key() || event.meta_key()) && event.key().eq_ignore_ascii_case("k");
        if !(slash || command_k) {
            return;
        }
        // While the app boots hidden, the prerendered copy's box is the one
        // on screen.
        let shown = crate::prerender::copy_search_input().or_else(|| input.get_untracked());
        if let Some(input) = shown {
            event.prevent_default();
            let _ = input.focus();
            input.select();
        }
    });
    on_cleanup(move || handle.remove());
}
