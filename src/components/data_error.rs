//! Shown instead of the reader when the bundled data does not parse: a clear
//! list of problems, never a blank page.

use leptos::prelude::*;

use crate::i18n::Lang;

/// Every problem in the report data, with its position.
#[component]
pub fn DataError(
    /// What report-core found wrong, one problem a line.
    problems: String,
) -> impl IntoView {
    let strings = Lang::default().strings();
    view! {
        <main class="data-error" role="alert">
            <h1>{strings.app_name}</h1>
            <p>{strings.data_invalid}</p>
            <ul>
                {problems.lines().map(|p| view! { <li><code>{p.to_owned()}</code></li> }).collect_view()}
            </ul>
        </main>
    }
}
