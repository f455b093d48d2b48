//! Printing the reader. The charts beside paragraphs are collapsed on
//! screen; `beforeprint` opens them (a chart draws when opened) and
//! `afterprint` collapses again the ones it opened, so a printout has every
//! chart as an image. The print stylesheet removes the UI chrome.

use leptos::prelude::*;

const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Listens for printing until unmounted; call once, in the app root.
pub fn provide_print_charts() {
    let before = window_event_listener_untyped("beforeprint", |_| {
        for details in inline_charts("details.inline-chart:not([open])") {
            let _ = details.set_attribute(OPENED_FOR_PRINT, "");
            let _ = details.set_attribute("open", "");
        }
    });
    let after = window_event_listener_untyped("afterprint", |_| {
        for details in inline_charts(&format!("details[{OPENED_FOR_PRINT}]")) {
            let _ = details.remove_attribute(OPENED_FOR_PRINT);
            let _ = details.remove_attribute("open");
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

fn inline_charts(selector: &str) -> Vec<web_sys::Element> {
    let Ok(list) = document().query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(node).ok())
        .collect()
}
