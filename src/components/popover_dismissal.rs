//! Closing the open popover from anywhere: Escape wherever focus is (inside
//! a popover its own handler closes it and returns focus to its button),
//! and a click or tap outside it and outside the buttons that open popovers
//! (those toggle it themselves).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{use_open_citation, use_open_figure};

/// The popovers, and the buttons that open them.
const POPOVERS_AND_OPENERS: &str = ".cite-popover, .figure-popover, .cite-marker, .figure";

/// Listens, for as long as the app is mounted, for what dismisses a popover.
pub fn provide_popover_dismissal() {
    let open_citation = use_open_citation();
    let open_figure = use_open_figure();
    let close_all = move || {
        if open_citation.get_untracked().is_some() {
            open_citation.set(None);
        }
        if open_figure.get_untracked().is_some() {
            open_figure.set(None);
        }
    };
    let escape = window_event_listener(leptos::ev::keydown, move |event| {
        let in_popover = document()
            .active_element()
            .is_some_and(|active| inside(&active, ".cite-popover, .figure-popover"));
        if event.key() == "Escape" && !in_popover {
            close_all();
        }
    });
    let outside = window_event_listener(leptos::ev::click, move |event| {
        let on_popover_or_opener = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|target| inside(&target, POPOVERS_AND_OPENERS));
        if !on_popover_or_opener {
            close_all();
        }
    });
    on_cleanup(move || {
        escape.remove();
        outside.remove();
    });
}

/// Whether `element` is, or is inside, an element `selector` matches.
fn inside(element: &web_sys::Element, selector: &str) -> bool {
    element.closest(selector).ok().flatten().is_some()
}
