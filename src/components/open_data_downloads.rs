//! The open-data downloads (`data/…` links: the footer's, the indicators
//! table's) in the single file opened from disk, where no `data/` folder
//! sits beside it: scripts/single-file.mjs carries the files in the page,
//! and a click on such a link downloads the carried copy instead.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::dom::download_text;

/// The element in which the single file carries the open data: a JSON
/// object from each link's `href` (`data/indicators.csv`) to the file's text.
const CARRIED: &str = "open-data";

/// Serves `data/…` links from the carried files, if the page carries them.
pub fn provide_open_data_downloads() {
    if document().get_element_by_id(CARRIED).is_none() {
        return;
    }
    let listener = window_event_listener(leptos::ev::click, move |event| {
        let Some(link) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("a[href^='data/']").ok().flatten())
        else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        // Parsed on a click, not at start-up: the files weigh about 200 KB.
        let files = document()
            .get_element_by_id(CARRIED)
            .and_then(|carried| carried.text_content())
            .and_then(|json| js_sys::JSON::parse(&json).ok());
        let Some(text) = files
            .and_then(|files| js_sys::Reflect::get(&files, &href.as_str().into()).ok())
            .and_then(|text| text.as_string())
        else {
            return;
        };
        event.prevent_default();
        let name = link
            .get_attribute("download")
            .unwrap_or_else(|| href.trim_start_matches("data/").to_owned());
        download_text(&name, &text, mime_of(&name));
    });
    on_cleanup(move || listener.remove());
}

/// The media type a downloaded file is given, by its name.
fn mime_of(name: &str) -> &'static str {
    if name.ends_with(".csv") {
        "text/csv;charset=utf-8"
    } else if name.ends_with(".json") {
        "application/json"
    } else {
        "text/plain;charset=utf-8"
    }
}
