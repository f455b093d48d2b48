//! Which section is being read: an IntersectionObserver watches a thin band
//! near the top of the viewport, so the contents can highlight it.

use leptos::prelude::*;
use report_core::SectionId;
use wasm_bindgen::JsCast;

use super::context::CurrentSection;
use crate::boot::after_reveal;
use crate::observers::{drop_on_cleanup, watch_intersections};

/// Elements carrying this attribute (value `P.S`) are watched.
pub const SPY_ATTRIBUTE: &str = "data-spy";

/// The band the observer watches: from 12% to 20% of the viewport height.
const ROOT_MARGIN: &str = "-12% 0px -80% 0px";

/// The section signal the contents reads; [`watch_sections`] writes it.
#[derive(Clone, Copy)]
pub struct SetCurrentSection(pub WriteSignal<Option<SectionId>>);

pub fn provide_scroll_spy() {
    let (current, set_current) = signal(None::<SectionId>);
    provide_context(CurrentSection(current));
    provide_context(SetCurrentSection(set_current));
}

/// Watches the rendered sections while the calling component is mounted.
pub fn watch_sections() {
    let Some(SetCurrentSection(set_current)) = use_context::<SetCurrentSection>() else {
        return;
    };
    let Some(watch) = watch_intersections(ROOT_MARGIN, move |entries: js_sys::Array| {
        for entry in entries.iter() {
            let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                continue;
            };
            if !entry.is_intersecting() {
                continue;
            }
            let id = entry
                .target()
                .get_attribute(SPY_ATTRIBUTE)
                .and_then(|value| value.parse().ok());
            if id.is_some() {
                set_current.set(id);
            }
        }
    }) else {
        return;
    };
    // Observe once the sections are in the document (and the app, after
    // its boot, on screen).
    let watched = watch.handle();
    after_reveal(move || {
        request_animation_frame(move || watched.with(observe_sections));
    });
    drop_on_cleanup(watch);
}

fn observe_sections(observer: &web_sys::IntersectionObserver) {
    let Ok(elements) = document().query_selector_all(&format!("[{SPY_ATTRIBUTE}]")) else {
        return;
    };
    for i in 0..elements.length() {
        if let Some(element) = elements
            .item(i)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        {
            observer.observe(&element);
        }
    }
}
