//! The report's title block: title, subtitle, occasion, speaker and date.

use leptos::prelude::*;

use super::context::use_lang;
use super::reader::ReaderText;
use crate::i18n::{format_date, Lang};

/// The title block at the top of the text; the bilingual view adds the
/// translated title under the original's.
#[component]
pub fn ReportHeader<T: ReaderText>(
    /// The text shown, and in the bilingual view its translation.
    text: T,
) -> impl IntoView {
    let meta = &text.text().report.meta;
    let title_beside = text.title_beside();
    let ui_lang = use_lang();
    // The model leaves out the dashes that open the occasion line.
    let dashes = match text.text().lang {
        Lang::Zh => "——",
        Lang::En => "— ",
    };
    view! {
        <header class="report-header" id="s-0.title">
            <h1 class="report-header__title" data-testid="report-title">{meta.title.clone()}</h1>
            {title_beside.map(|title| view! { <p class="report-header__title-beside" lang="en">{title}</p> })}
            {meta.subtitle.clone().map(|subtitle| view! { <p class="report-header__subtitle">{subtitle}</p> })}
            {meta.occasion.clone().map(|occasion| view! { <p class="report-header__occasion">{dashes}{occasion}</p> })}
            <p class="report-header__byline">
                {meta.speaker.clone().map(|speaker| view! { <span class="report-header__speaker">{speaker}</span> })}
                {meta.date.clone().map(|date| {
                    let iso = date.clone();
                    view! {
                        <time class="report-header__date" datetime=iso>
                            {move || format_date(&date, ui_lang.get())}
                        </time>
                    }
                })}
            </p>
        </header>
    }
}
