//! A piece of the first mount that renders in a task of its own.

use leptos::prelude::*;

use crate::boot::shown_in_turn;

/// Renders its children now or, in the app's first mount, in the next turn
/// (see `crate::boot`), so that no one task builds the whole page.
#[component]
pub fn InTurn(children: ChildrenFn) -> impl IntoView {
    let shown = shown_in_turn();
    move || shown.get().then(|| children())
}
