//! A category filter chip, as the charts gallery and the indicators view
//! show above their content: pressed when the link selects its category,
//! and a click selects it in the link.

use leptos::prelude::*;

use super::context::use_lang;
use crate::i18n::{category_name, ViewStrings};
use crate::url::{navigate, use_url_state, View};

/// One chip: a category, or every category when `id` is `None`.
#[component]
pub fn CategoryChip(
    /// The category, or `None` for the chip that shows everything.
    id: Option<&'static str>,
    /// The view whose category the chip sets.
    view: View,
    /// The category the link selects now.
    selected: Memo<Option<String>>,
    /// The label of the chip that shows everything.
    all_label: fn(&ViewStrings) -> &'static str,
    /// How many items the chip stands for, shown after its name.
    #[prop(optional)]
    count: Option<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    view! {
        <button
            type="button"
            class="chip"
            aria-pressed=move || (selected.get().as_deref() == id).to_string()
            data-category=id.unwrap_or("all")
            on:click=move |_| {
                navigate(&url.get_untracked().with_view(view, id.map(str::to_owned)));
            }
        >
            {move || match id {
                Some(id) => category_name(id, lang.get()),
                None => all_label(lang.get().view_strings()),
            }}
            {count.map(|count| view! { " " <span class="chip__count">{count}</span> })}
        </button>
    }
}
