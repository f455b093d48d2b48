//! The fragment as a reactive signal: read from `location.hash`, updated on
//! every `hashchange` (links, back, forward), written by [`navigate`].

use super::Fragment;
use leptos::prelude::*;
use report_core::Report;

/// The current fragment, already checked against the report.
#[derive(Clone, Copy)]
pub struct UrlState(pub ReadSignal<Fragment>, WriteSignal<Fragment>);

fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Reads the fragment now and follows it from then on; call once, in the app root.
pub fn provide_url_state(report: &'static Report) -> UrlState {
    let has_category = |category: &str| {
        crate::data::bundled_indicators()
            .is_ok_and(|indicators| indicators.iter().any(|i| i.category == category))
    };
    let read = move || {
        Fragment::parse(&current_hash()).resolve_against(
            report,
            crate::data::has_charts(),
            has_category,
            crate::data::has_english(),
        )
    };
    let (fragment, set_fragment) = signal(read());
    let listener = window_event_listener(leptos::ev::hashchange, move |_| set_fragment.set(read()));
    on_cleanup(move || listener.remove());
    let state = UrlState(fragment, set_fragment);
    provide_context(state);
    state
}

/// The URL state provided by the app root.
pub fn use_url_state() -> UrlState {
    use_context::<UrlState>().expect("UrlState is missing: render this component inside <App/>")
}

impl UrlState {
    /// Makes everything that follows the URL look at it again, unchanged:
    /// for what the URL asked for that arrived later (the English text).
    pub fn notify(self) {
        self.1.update(|_| {});
    }

    /// Replaces the current history entry's fragment without a new entry
    /// (for state that changes while typing, such as the search query).
    /// `replaceState` fires no `hashchange`, so the signal is set here.
    pub fn replace(self, fragment: Fragment) {
        replace_in_history(&fragment);
        self.1.set(fragment);
    }
}

fn replace_in_history(fragment: &Fragment) {
    let hash = fragment.to_hash();
    let url = format!("{}#{hash}", crate::dom::page_url_without_fragment());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves to a new fragment as a new history entry, so back and forward
/// work; `false` when the URL already had it (no `hashchange` will fire).
pub fn navigate(fragment: &Fragment) -> bool {
    let hash = fragment.to_hash();
    let location = window().location();
    let changed = location.hash().unwrap_or_default().trim_start_matches('#') != hash;
    if changed {
        // Setting the hash pushes a history entry and fires `hashchange`.
        let _ = location.set_hash(&hash);
    }
    changed
}
