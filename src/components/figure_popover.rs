//! The popover of a highlighted figure: its indicator as data, with the
//! values derived from it and a link to the indicators table.

use leptos::prelude::*;
use report_core::indicators::Indicator;
use report_core::CitationId;

use super::context::{use_lang, use_open_figure, use_report};
use super::figure_text::figure_element_id;
use crate::data::{bundled_derived_from, bundled_quote};
use crate::dom::focus_element;
use crate::i18n::{category_name, change_text_in, figure_text_in, formula_text_in, Lang};
use crate::url::use_url_state;

fn label(indicator: &Indicator, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &indicator.label_zh,
        Lang::En => &indicator.label_en,
    }
}

/// Details of one figure's indicator.
#[component]
pub fn FigurePopover(
    /// The paragraph the figure stands in.
    paragraph: CitationId,
    /// Index of the indicator.
    indicator: usize,
) -> impl IntoView {
    let indicators = crate::data::full_indicators();
    let lang = use_lang();
    let open = use_open_figure();
    let url = use_url_state().0;
    let item = &indicators[indicator];
    let report = use_report();
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    let close = move || {
        open.set(None);
        focus_element(&figure_element_id(paragraph, indicator));
    };
    let table_link = move || {
        let target = url.with(|f| f.with_indicator(&item.id, &item.category));
        format!("#{}", target.to_hash())
    };
    let derived = bundled_derived_from(item);
    // Charts showing this indicator or a value derived from it.
    let charts: Vec<(String, [String; 2])> = crate::data::full_chart_specs()
        .iter()
        .enumerate()
        .filter(|&(index, _)| {
            crate::data::full_chart_data(index).is_some_and(|data| {
                data.points
                    .iter()
                    .flatten()
                    .any(|p| p.indicator == item.id || derived.iter().any(|d| d.id == p.indicator))
            })
        })
        .map(|(_, spec)| {
            (
                spec.id.clone(),
                [spec.title_zh.clone(), spec.title_en.clone()],
            )
        })
        .collect();
    // Focus moves into the popover so that Escape and Tab work from there.
    let popover = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(popover) = popover.get() {
            let _ = popover.focus();
        }
    });
    view! {
        <div
            class="figure-popover"
            role="dialog"
            tabindex="-1"
            node_ref=popover
            aria-label=move || label(item, lang.get()).to_owned()
            data-testid="figure-popover"
            on:keydown=move |event: web_sys::KeyboardEvent| {
                if event.key() == "Escape" {
                    close();
                }
            }
        >
            <p class="figure-popover__category">{move || category_name(&item.category, lang.get()).to_owned()}</p>
            <p class="figure-popover__label">{move || label(item, lang.get()).to_owned()}</p>
            <p class="figure-popover__value" data-testid="figure-value">{move || figure_text_in(item, lang.get())}</p>
            {(!item.reviewed).then(|| view! {
                <p class="figure-popover__unreviewed" data-testid="figure-unreviewed">
                    <span class="unreviewed-badge">{move || view_strings().unreviewed}</span>
                    " "{move || view_strings().unreviewed_note}
                </p>
            })}
            <dl class="figure-popover__facts">
                {item.change.is_some().then(|| view! {
                    <dt>{move || view_strings().col_change}</dt>
                    <dd data-testid="figure-change">{move || change_text_in(item, lang.get())}</dd>
                })}
                {item.year.map(|year| view! {
                    <dt>{move || view_strings().col_year}</dt>
                    <dd>{year}</dd>
                })}
                <dt>{move || view_strings().col_source}</dt>
                <dd>
                    "§"{item.paragraph.to_string()}
                    {bundled_quote(report, item).map(|quote| view! { " “"{quote}"”" })}
                </dd>
            </dl>
            {(!derived.is_empty()).then(|| view! {
                <div class="figure-popover__derived">
                    <p class="figure-popover__derived-title">{move || view_strings().derived_from_this}</p>
                    <ul>
                        {derived.into_iter().map(|d| view! {
                            <li data-testid="figure-derived">
                                <span class="derived-badge">{move || strings().derived}</span>
                                {move || label(d, lang.get()).to_owned()}": "
                                <strong>{move || figure_text_in(d, lang.get())}</strong>
                                <span class="figure-popover__formula" title=move || view_strings().formula>
                                    {move || formula_text_in(d, indicators, lang.get())}
                                </span>
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="figure-popover__note">{move || view_strings().derived_note}</p>
                </div>
            })}
            <div class="figure-popover__actions">
                {charts.into_iter().map(|(id, titles)| {
                    let href = move || format!("#{}", url.with(|f| f.with_chart(&id).to_hash()));
                    view! {
                        <a href=href data-testid="figure-chart-link">
                            <ChartIcon />{move || if lang.get() == Lang::Zh { titles[0].clone() } else { titles[1].clone() }}
                        </a>
                    }
                }).collect_view()}
                <a href=table_link data-testid="figure-table-link">{move || view_strings().see_in_table}</a>
                <button type="button" on:click=move |_| close()>{move || view_strings().close}</button>
            </div>
        </div>
    }
}

/// A small bar-chart icon drawn in SVG: an emoji needs a font that not
/// every system has.
#[component]
fn ChartIcon() -> impl IntoView {
    view! {
        <svg class="chart-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <rect x="2" y="8" width="3" height="6" />
            <rect x="6.5" y="4" width="3" height="10" />
            <rect x="11" y="6" width="3" height="8" />
        </svg>
    }
}
