//! The report's title block: title, subtitle, occasion, speaker and date.

use leptos::prelude::*;

use super::context::{use_lang, use_report};
use crate::i18n::format_date;

/// The title block at the top of the text.
#[component]
pub fn ReportHeader() -> impl IntoView {
    let meta = &use_report().meta;
    let lang = use_lang();
    view! {
        <header class="report-header" id="s-0.title">
            <h1 class="report-header__title" data-testid="report-title">{meta.title.clone()}</h1>
            {meta.subtitle.clone().map(|subtitle| view! { <p class="report-header__subtitle">{subtitle}</p> })}
            {meta.occasion.clone().map(|occasion| view! { <p class="report-header__occasion">"——"{occasion}</p> })}
            <p class="report-header__byline">
                {meta.speaker.clone().map(|speaker| view! { <span class="report-header__speaker">{speaker}</span> })}
                {meta.date.clone().map(|date| {
                    let iso = date.clone();
                    view! {
                        <time class="report-header__date" datetime=iso>
                            {move || format_date(&date, lang.get())}
                        </time>
                    }
                })}
            </p>
        </header>
    }
}
