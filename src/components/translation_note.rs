//! The line above the text about its translation: that the English text is
//! unofficial, with the original one click away; or that it is loading,
//! could not be loaded, or does not exist.

use leptos::prelude::*;

use super::context::use_lang;
use crate::i18n::Lang;
use crate::translation::EnglishText;
use crate::url::{use_url_state, View};

/// Where the English text stands.
#[derive(Clone, Copy)]
pub enum Translation {
    Loading,
    Ready(&'static EnglishText),
    /// It could not be fetched or read; the reader may try again.
    Failed,
    /// This report has no English translation.
    Missing,
}

/// The translation's state, above the text.
#[component]
pub fn TranslationNote(
    state: RwSignal<Translation>,
    /// Loads the English text again.
    retry: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    // The same place in the other language, or in the bilingual view.
    let link_to = move |lang: Lang, view: View| {
        url.with(|fragment| {
            let mut other = fragment.clone();
            other.lang = lang;
            other.view = view;
            format!("#{}", other.to_hash())
        })
    };
    move || {
        let bilingual = url.with(|f| f.view == View::Bilingual);
        match state.get() {
            Translation::Ready(_) if bilingual => view! {
                <p class="translation-note" data-testid="translation-note">
                    {view_strings().unofficial_translation}
                </p>
            }
            .into_any(),
            Translation::Ready(_) => view! {
                <p class="translation-note" data-testid="translation-note">
                    {view_strings().unofficial_translation}" "
                    <a href=move || link_to(Lang::Zh, View::Reader) lang="zh-CN">{view_strings().read_original}</a>
                    " · "
                    <a href=move || link_to(Lang::En, View::Bilingual)>{strings().bilingual_view}</a>
                </p>
            }
            .into_any(),
            Translation::Loading => view! {
                <p class="translation-note translation-note--loading" role="status" data-testid="translation-loading">
                    {view_strings().loading_translation}
                </p>
            }
            .into_any(),
            Translation::Failed => view! {
                <p class="translation-note translation-note--problem" role="alert" data-testid="translation-failed">
                    {view_strings().translation_failed}" "
                    <button type="button" on:click=move |_| retry.run(())>{view_strings().try_again}</button>
                </p>
            }
            .into_any(),
            Translation::Missing => view! {
                <p class="translation-note" data-testid="translation-missing">{view_strings().no_translation}</p>
            }
            .into_any(),
        }
    }
}
