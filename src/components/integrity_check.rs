//! The check of the shown text against the build's fingerprint
//! (crate::integrity): run once the app is shown, its state on the
//! footer's `data-integrity`, and an alert wherever the text is shown when
//! it differs.

use leptos::prelude::*;
use leptos::task::spawn_local;
use report_core::Report;

use super::context::use_lang;
use super::deferred::{self, when_loaded};
use crate::boot::after_reveal;
use crate::integrity::{check, Integrity, TEXT_SHA256};

/// Where the check stands, for the footer and the alerts.
#[derive(Clone, Copy)]
pub struct IntegrityState(pub RwSignal<Integrity>);

/// Checks the text of `report`, as read from the page, once the app is shown.
pub fn provide_integrity_check(report: &'static Report) {
    let state = RwSignal::new(Integrity::Checking);
    provide_context(IntegrityState(state));
    after_reveal(move || spawn_local(async move { state.set(check(report).await) }));
}

/// The check's state; a component shown outside the app (a test) sees it
/// still checking.
pub fn use_integrity() -> RwSignal<Integrity> {
    use_context::<IntegrityState>()
        .map_or_else(|| RwSignal::new(Integrity::Checking), |state| state.0)
}

/// Says, when the shown text differs from the published original, that it
/// does: the alert's code is fetched only then.
#[component]
pub fn IntegrityAlert() -> impl IntoView {
    let integrity = use_integrity();
    view! {
        <Show when=move || integrity.get() == Integrity::Mismatch>
            {when_loaded(deferred::integrity_alert())}
        </Show>
    }
}

/// That the shown text differs, and the original's fingerprint.
#[component]
pub fn IntegrityAlertPanel() -> impl IntoView {
    let lang = use_lang();
    let strings = move || lang.get().strings();
    view! {
        <div class="integrity-alert" role="alert" data-testid="integrity-alert">
            <p>{move || strings().integrity_alert}</p>
            <p>
                {move || strings().integrity_expected}": "
                <code class="integrity-alert__digest">"sha256:"{TEXT_SHA256}</code>
            </p>
        </div>
    }
}
