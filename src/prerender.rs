//! Taking over from the markup that the build prerenders into `index.html`
//! (the reader, and a shell of the charts and indicators views that
//! `assets/prerender-gate.js` shows instead when a link opens one of them):
//! the app mounts hidden in its own root after the copies (see crate::boot),
//! then one task shows it and removes the copies, so the browser never paints
//! a frame without text or with both. What the reader did in the copy
//! meanwhile (text typed into the search box, focus there) carries over.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The search box of the live app.
const SEARCH_INPUT: &str = "#search-input";
/// The search box in a copy (a shell's ids are left out, so not by id).
const COPY_SEARCH_INPUT: &str = "input.search__input";
/// Every prerendered copy: the reader's and the views' shells.
const COPIES: &str = "#prerendered, .prerendered-view";
/// Set on `<html>` by the gate when a view's shell is shown.
const SHOWN_VIEW: &str = "data-prerender-view";
/// The root's class while no copy matches the link (set by the gate script).
const HIDDEN_CLASS: &str = "prerender-hidden";

/// The prerendered copy of the reader, if the page has one.
pub fn prerendered_reader() -> Option<Element> {
    leptos::prelude::document().get_element_by_id(READER_COPY_ID)
}

/// The id of the reader's prerendered copy.
const READER_COPY_ID: &str = "prerendered";

/// The prerendered copies, if the page has them, and what the reader typed
/// in the one on screen.
struct Prerendered {
    copies: Vec<Element>,
    typed: Option<String>,
    search_focused: bool,
}

/// The copy on screen: the shell of the view a link opened, else the reader.
fn shown_copy(document: &web_sys::Document) -> Option<Element> {
    match document.document_element()?.get_attribute(SHOWN_VIEW) {
        Some(view) => document
            .query_selector(&format!(".prerendered-view[data-view=\"{view}\"]"))
            .ok()
            .flatten(),
        None => prerendered_reader(),
    }
}

/// The search box of the copy on screen, while the app boots behind it.
/// Keyboard shortcuts aim here until the app shows, and what is typed
/// carries over to the app's box.
pub fn copy_search_input() -> Option<HtmlInputElement> {
    let document = leptos::prelude::document();
    let hidden = document
        .document_element()?
        .class_list()
        .contains(HIDDEN_CLASS);
    if hidden {
        return None;
    }
    shown_copy(&document)?
        .query_selector(COPY_SEARCH_INPUT)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()
}

/// The class of the element the app mounts in.
const APP_ROOT_CLASS: &str = "app-root";

/// A new element at the end of the body for the app to mount in, hidden
/// until [`reveal`].
pub fn app_root() -> HtmlElement {
    let document = leptos::prelude::document();
    let root: HtmlElement = document
        .create_element("div")
        .ok()
        .and_then(|element| element.dyn_into().ok())
        .expect("a document can create a div");
    root.set_class_name(APP_ROOT_CLASS);
    root.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&root);
    }
    root
}

/// Shows the app mounted in `root` in place of the prerendered copies.
pub fn reveal(root: &HtmlElement) {
    let prerendered = take_over();
    root.set_hidden(false);
    prerendered.finish();
    // The app is shown, with the URL read: what tests wait for.
    crate::dom::set_root_attribute(READY_ATTRIBUTE, Some("ready"));
}

/// Set on `<html>` once the app has replaced the copies and read the URL.
const READY_ATTRIBUTE: &str = "data-app";

/// Notes the state of the prerendered copy before the app replaces it.
fn take_over() -> Prerendered {
    let document = leptos::prelude::document();
    let mut copies = Vec::new();
    if let Ok(found) = document.query_selector_all(COPIES) {
        for index in 0..found.length() {
            if let Some(copy) = found.item(index).and_then(|node| node.dyn_into().ok()) {
                copies.push(copy);
            }
        }
    }
    let input = copy_search_input();
    let search_focused = match (&input, document.active_element()) {
        (Some(input), Some(active)) => active.is_same_node(Some(input)),
        _ => false,
    };
    let typed = input
        .map(|input| input.value())
        .filter(|typed| !typed.is_empty());
    Prerendered {
        copies,
        typed,
        search_focused,
    }
}

impl Prerendered {
    /// Removes the copies once the app is shown, and hands the search box
    /// its text and focus.
    fn finish(self) {
        if self.copies.is_empty() {
            return;
        }
        self.copies.iter().for_each(Element::remove);
        if let Some(root) = leptos::prelude::document().document_element() {
            if root.class_list().contains(HIDDEN_CLASS) {
                let _ = root.class_list().remove_1(HIDDEN_CLASS);
            }
        }
        crate::dom::set_root_attribute(SHOWN_VIEW, None);
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
