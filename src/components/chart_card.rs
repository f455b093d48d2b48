//! One chart with its Chart / Table / Source tabs, legend, text alternative
//! and CSV download.

use leptos::prelude::*;
use report_core::charts::{ChartData, ChartSpec};
use report_core::indicators::csv_field;

use super::chart_canvas::{download_png, ChartCanvas};
use super::context::{use_lang, use_report};
use super::embed_code::EmbedCode;
use crate::charts::{format_value, summary};
use crate::data::bundled_quote;
use crate::dom::download_text;
use crate::i18n::{formula_text_in, Lang};
use crate::url::{use_url_state, Embed, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tab {
    Chart,
    Table,
    Source,
}

impl Tab {
    /// Its name in the markup (`data-tab`).
    fn name(self) -> &'static str {
        match self {
            Tab::Chart => "chart",
            Tab::Table => "table",
            Tab::Source => "source",
        }
    }
}

fn pick(pair: &[String; 2], lang: Lang) -> String {
    match lang {
        Lang::Zh => pair[0].clone(),
        Lang::En => pair[1].clone(),
    }
}

/// The chart's data as CSV (UTF-8, header row, RFC 4180 quoting).
pub fn chart_csv(data: &ChartData) -> String {
    let mut out = String::from(
        "row_zh,row_en,series_zh,series_en,value,unit,as_written,derived,indicator,paragraph\r\n",
    );
    for (series, points) in data.points.iter().enumerate() {
        for (row, point) in points.iter().enumerate() {
            let cells = [
                csv_field(&data.rows[row][0]),
                csv_field(&data.rows[row][1]),
                csv_field(&data.series[series][0]),
                csv_field(&data.series[series][1]),
                format_value(point.value),
                csv_field(&data.unit),
                csv_field(&point.text),
                point.derived.to_string(),
                point.indicator.clone(),
                point.paragraph.to_string(),
            ];
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// One chart card; `large` for the chart's own page.
#[component]
pub fn ChartCard(
    /// Index into the charts context.
    index: usize,
    /// Whether this is the chart's own page (`#chart=<id>`).
    #[prop(optional)]
    large: bool,
) -> impl IntoView {
    let spec = &crate::data::full_chart_specs()[index];
    match crate::data::full_chart_data(index) {
        Some(data) => view! { <AssembledChartCard spec=spec data=data large=large /> }.into_any(),
        // build.rs validates every chart: only a broken build gets here.
        None => {
            let lang = use_lang();
            view! { <p class="notice" role="status">{move || lang.get().view_strings().chart_not_found}</p> }
                .into_any()
        }
    }
}

/// A chart card with its data.
#[component]
fn AssembledChartCard(
    spec: &'static ChartSpec,
    data: &'static ChartData,
    large: bool,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let indicators = crate::data::full_indicators();
    let report = use_report();
    let strings = move || lang.get().strings();
    let view_strings = move || lang.get().view_strings();
    let tab = RwSignal::new(Tab::Chart);
    // The chart's unit: as the report writes it, or in English.
    let unit_in = move |lang: Lang| match lang {
        Lang::Zh => data.unit.clone(),
        Lang::En => report_core::english::unit(&data.unit),
    };
    let embed_open = RwSignal::new(false);
    let hidden = RwSignal::new(vec![false; data.series.len()]);
    let title = move || {
        if lang.get() == Lang::Zh {
            spec.title_zh.clone()
        } else {
            spec.title_en.clone()
        }
    };
    let text_alternative = Memo::new(move |_| summary(data, lang.get()));
    let own_page = move || format!("#{}", url.with(|f| f.with_chart(&spec.id).to_hash()));
    let tab_button = move |which: Tab, label: fn(Lang) -> &'static str| {
        view! {
            <button
                type="button"
                role="tab"
                class="chart-card__tab"
                aria-selected=move || (tab.get() == which).to_string()
                data-tab=which.name()
                on:click=move |_| tab.set(which)
            >
                {move || label(lang.get())}
            </button>
        }
    };

    let legend = move || {
        let lang = lang.get();
        let derived = data.points.iter().flatten().any(|p| p.derived);
        view! {
            <ul class="chart-legend">
                {data.series.iter().enumerate().map(|(i, series)| view! {
                    <li class="chart-legend__item">
                        <button
                            type="button"
                            class="chart-legend__toggle"
                            aria-pressed=move || (!hidden.with(|h| h[i])).to_string()
                            data-testid="legend-toggle"
                            on:click=move |_| hidden.update(|h| h[i] = !h[i])
                        >
                            <span class=format!("chart-legend__swatch chart-legend__swatch--{i}") aria-hidden="true"></span>
                            {pick(series, lang)}
                        </button>
                    </li>
                }).collect_view()}
                {derived.then(|| view! { <li class="chart-legend__item chart-legend__item--derived">{lang.view_strings().derived_legend}</li> })}
            </ul>
        }
    };

    let table = move || {
        let lang = lang.get();
        view! {
            <table class="chart-table" data-testid="chart-table">
                <caption>{title()}" ("{unit_in(lang)}")"</caption>
                <thead>
                    <tr>
                        <th scope="col"></th>
                        {data.series.iter().map(|s| view! { <th scope="col">{pick(s, lang)}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {data.rows.iter().enumerate().map(|(row, names)| view! {
                        <tr>
                            <th scope="row">{pick(names, lang)}</th>
                            {data.points.iter().map(|points| {
                                let point = &points[row];
                                view! {
                                    <td class="num" data-value=format_value(point.value)>
                                        {if lang == Lang::Zh { point.text.clone() } else { point.text_en.clone() }}
                                        {point.derived.then(|| view! { <span class="derived-badge">{lang.strings().derived}</span> })}
                                    </td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };

    let sources = move || {
        let mut ids: Vec<&str> = data
            .points
            .iter()
            .flatten()
            .map(|p| p.indicator.as_str())
            .collect();
        ids.dedup();
        let lang = lang.get();
        view! {
            <ul class="chart-sources" data-testid="chart-sources">
                {ids.into_iter().filter_map(|id| indicators.iter().find(|i| i.id == id)).map(|i| {
                    let href = url.with(|f| format!("#{}", f.with_target(Some(Target::Paragraph(i.paragraph))).to_hash()));
                    let label = if lang == Lang::Zh { i.label_zh.clone() } else { i.label_en.clone() };
                    view! {
                        <li>
                            <strong>{label}</strong>
                            {formula_text_in(i, indicators, lang).map(|formula| view! { <span class="chart-sources__formula">{formula}</span> })}
                            {bundled_quote(report, i).map(|quote| view! { <blockquote>"“"{quote}"”"</blockquote> })}
                            <a href=href>"§"{i.paragraph.to_string()}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
    };

    view! {
        <article class="chart-card" class:chart-card--large=large data-chart=spec.id.clone() data-testid="chart-card">
            <header class="chart-card__header">
                {if large {
                    view! { <h1 class="chart-card__title">{title}</h1> }.into_any()
                } else {
                    view! { <h2 class="chart-card__title"><a href=own_page>{title}</a></h2> }.into_any()
                }}
                <div class="chart-card__tabs" role="tablist">
                    {tab_button(Tab::Chart, |l| l.view_strings().tab_chart)}
                    {tab_button(Tab::Table, |l| l.view_strings().tab_table)}
                    {tab_button(Tab::Source, |l| l.view_strings().tab_source)}
                </div>
            </header>
            <div class="chart-card__panel" role="tabpanel">
                {move || match tab.get() {
                    Tab::Chart => view! {
                        <ChartCanvas data=data summary=text_alternative hidden=hidden />
                        {legend}
                        <p class="chart-card__summary" data-testid="chart-summary">{move || text_alternative.get()}</p>
                        {move || {
                            let note = if lang.get() == Lang::Zh { &spec.note_zh } else { &spec.note_en };
                            (!note.is_empty()).then(|| view! { <p class="chart-card__note" data-testid="chart-note">{note.clone()}</p> })
                        }}
                    }.into_any(),
                    Tab::Table => table().into_any(),
                    Tab::Source => sources().into_any(),
                }}
            </div>
            <footer class="chart-card__footer">
                <span class="chart-card__unit">{move || unit_in(lang.get())}</span>
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || embed_open.get().to_string()
                    data-testid="chart-embed"
                    on:click=move |_| embed_open.update(|open| *open = !*open)
                >
                    {move || strings().embed}
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="chart-png"
                    on:click=move |_| {
                        let lang = lang.get_untracked();
                        let title = if lang == Lang::Zh { &spec.title_zh } else { &spec.title_en };
                        download_png(data, title, &report.meta.title, lang)
                    }
                >
                    "PNG"
                </button>
                <button
                    type="button"
                    class="button"
                    data-testid="chart-csv"
                    on:click=move |_| download_text(&format!("{}.csv", spec.id), &chart_csv(data), "text/csv;charset=utf-8")
                >
                    {move || view_strings().download_chart_csv}
                </button>
            </footer>
            <Show when=move || embed_open.get()>
                <EmbedCode embed=Embed::Chart(spec.id.clone()) fragment=url.get_untracked() />
            </Show>
        </article>
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)] // A failed unwrap is a failed test.
mod tests {
    use super::*;
    use report_core::charts::assemble;

    #[test]
    fn chart_csv_has_a_header_and_one_row_per_point() {
        let indicators = crate::data::full_indicators();
        let spec = crate::data::full_chart_specs()
            .iter()
            .find(|s| s.id == "air-pm25")
            .unwrap();
        let csv = chart_csv(&assemble(spec, indicators).unwrap());
        let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(
            lines[0],
            "row_zh,row_en,series_zh,series_en,value,unit,as_written,derived,indicator,paragraph"
        );
        assert_eq!(lines.len(), 5);
        assert_eq!(lines[1], "全国,National,2023年(推算),2023 (derived),30.1,微克/立方米,30.1微克/立方米,true,air_pm25_2023,1.6.4");
    }
}
