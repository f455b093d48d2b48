//! Small wrappers over browser APIs the views need: scrolling, focus,
//! clipboard, `<html>` attributes, the system colour scheme.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Scrolls the element with `id` into view and moves focus to it without a
/// second jump, so keyboard and screen-reader users land there too.
pub fn scroll_to_element(id: &str) -> bool {
    let Some(element) = document().get_element_by_id(id) else {
        return false;
    };
    // Lays out the sections the stylesheet leaves to be estimated, so the
    // target stays where it lands (style/reader.css, `content-visibility`).
    set_root_attribute("data-full-layout", Some(""));
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Start);
    element.scroll_into_view_with_scroll_into_view_options(&options);
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let focus = web_sys::FocusOptions::new();
        focus.set_prevent_scroll(true);
        let _ = element.focus_with_options(&focus);
    }
    true
}

/// Moves focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    if let Some(element) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

pub fn scroll_to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Sets or removes an attribute on `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = document().document_element() else {
        return;
    };
    // Unchanged, it is left alone: any write to the root's attributes has
    // the browser check every element's style against the page's selectors.
    if root.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// Copies text with the async Clipboard API; `false` where it is missing or
/// refused (insecure contexts such as some file:// copies), so the caller can
/// show the text for manual copying instead.
pub async fn copy_text(text: String) -> bool {
    let clipboard = window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(&text)).await.is_ok()
}

/// The `prefers-color-scheme: dark` media query, if the browser has it.
pub fn dark_scheme_query() -> Option<web_sys::MediaQueryList> {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// The page URL without its fragment, for permalinks.
pub fn page_url_without_fragment() -> String {
    let href = window().location().href().unwrap_or_default();
    match href.split_once('#') {
        Some((base, _)) => base.to_owned(),
        None => href,
    }
}

/// Starts a download of `blob` as a file called `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    if let Some(anchor) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Starts a download of `text` as a file called `name` of type `mime`.
pub fn download_text(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        download_blob(name, &blob);
    }
}
