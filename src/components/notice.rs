//! A short notice when the URL asked for something that does not exist.

use leptos::prelude::*;

use super::context::use_lang;
use super::deferred::{self, when_loaded};
use crate::i18n::problem_message;
use crate::url::{use_url_state, FragmentProblem};

/// Lists what in the link was ignored; dismissible, and shown again for a new link.
#[component]
pub fn Notice() -> impl IntoView {
    let url = use_url_state().0;
    let dismissed = RwSignal::new(Vec::<FragmentProblem>::new());
    let problems = Memo::new(move |_| url.with(|f| f.problems.clone()));
    let visible = move || problems.with(|p| !p.is_empty() && *p != dismissed.get());

    view! { <Show when=visible>{when_loaded(deferred::notice_panel(problems, dismissed))}</Show> }
}

/// The list of what was ignored, with a button that dismisses it.
#[component]
pub fn NoticePanel(
    /// What the link asked for that does not exist.
    problems: Memo<Vec<FragmentProblem>>,
    /// The problems dismissed last.
    dismissed: RwSignal<Vec<FragmentProblem>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notice" role="status" data-testid="notice">
            <ul class="notice__list">
                {move || {
                    problems
                        .get()
                        .iter()
                        .map(|problem| view! { <li>{problem_message(problem, lang.get())}</li> })
                        .collect_view()
                }}
            </ul>
            <p class="notice__fallback">{move || lang.get().view_strings().showing_top}</p>
            <button class="notice__dismiss" type="button" on:click=move |_| dismissed.set(problems.get())>
                {move || lang.get().view_strings().dismiss}
            </button>
        </div>
    }
}
