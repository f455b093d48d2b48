//! The footer: where the text comes from and the open data behind it.

use leptos::prelude::*;

use super::context::{use_lang, use_report};

/// Source line and open-data download.
#[component]
pub fn Footer() -> impl IntoView {
    let report = use_report();
    let lang = use_lang();
    let strings = move || lang.get().strings();
    view! {
        <footer class="report-footer">
            {report
                .meta
                .source
                .clone()
                .map(|source| view! { <p>{move || strings().source}": "{source}</p> })}
            <p>
                {move || strings().open_data}": "
                <a href="data/report.json" download="report.json">"report.json"</a>
            </p>
        </footer>
    }
}
