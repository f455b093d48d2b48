//! Taking over from the reader markup that the build prerenders into
//! `index.html`: the app mounts its own, identical markup after it and then
//! removes the copy in the same task, so the browser never paints a frame
//! without text or with both. What the reader did before the wasm loaded
//! (text typed into the search box, focus there) carries over.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement};

/// The search box, in the copy and in the app alike.
const SEARCH_INPUT: &str = "#search-input";

/// The prerendered copy, if the page has one, and what the reader typed in it.
pub struct Prerendered {
    copy: Option<Element>,
    typed: Option<String>,
    search_focused: bool,
}

/// Notes the state of the prerendered copy before the app mounts.
pub fn take_over() -> Prerendered {
    let document = leptos::prelude::document();
    let copy = document.get_element_by_id("prerendered");
    let input = copy
        .as_ref()
        .and_then(|copy| copy.query_selector(SEARCH_INPUT).ok().flatten())
        .and_then(|input| input.dyn_into::<HtmlInputElement>().ok());
    let search_focused = match (&input, document.active_element()) {
        (Some(input), Some(active)) => active.is_same_node(Some(input)),
        _ => false,
    };
    let typed = input
        .map(|input| input.value())
        .filter(|typed| !typed.is_empty());
    Prerendered {
        copy,
        typed,
        search_focused,
    }
}

impl Prerendered {
    /// Removes the copy once the app has mounted, and hands the search box
    /// its text and focus.
    pub fn finish(self) {
        let Some(copy) = self.copy else { return };
        copy.remove();
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.class_list().remove_1("prerender-hidden");
        }
        let Some(input) = leptos::prelude::document()
            .query_selector(SEARCH_INPUT)
            .ok()
            .flatten()
            .and_then(|input| input.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if self.search_focused {
            let _ = input.focus();
        }
        if let Some(typed) = self.typed {
            input.set_value(&typed);
            if let Ok(event) = web_sys::Event::new("input") {
                let _ = input.dispatch_event(&event);
            }
        }
    }
}
