//! The indicators view (`#view=indicators`, optionally `&cat=air`): every
//! figure of the report in a sortable, filterable table with its source,
//! and the open data downloads.

use leptos::prelude::*;
use report_core::indicators::{Indicator, CATEGORIES};
use report_core::search::normalize;

use super::category_chip::CategoryChip;
use super::context::use_lang;
use crate::boot::{after_reveal, shown_after_reveal, shown_in_turn};
use crate::dom::scroll_to_element;
use crate::i18n::{category_name, change_text_in, figure_text_in, formula_text_in, Lang};
use crate::url::{use_url_state, Target, View};

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Document,
    Label,
    Value,
    Year,
    Category,
}

impl SortKey {
    /// Its name in the markup (`data-sort`).
    fn name(self) -> &'static str {
        match self {
            SortKey::Document => "document",
            SortKey::Label => "label",
            SortKey::Value => "value",
            SortKey::Year => "year",
            SortKey::Category => "category",
        }
    }
}

/// Rows the first mount renders in one task (see crate::boot).
const ROWS_PER_TURN: usize = 20;

fn label(indicator: &Indicator, lang: Lang) -> &str {
    match lang {
        Lang::Zh => &indicator.label_zh,
        Lang::En => &indicator.label_en,
    }
}

/// Whether an indicator matches the typed filter (labels in both languages,
/// id, value and unit; normalised like search, so width and case do not matter).
fn matches_filter(indicator: &Indicator, filter: &str) -> bool {
    let haystack = normalize(&format!(
        "{} {} {} {}{}",
        indicator.label_zh, indicator.label_en, indicator.id, indicator.value, indicator.unit
    ));
    haystack.contains(&normalize(filter))
}

/// The name of a group's unit in `lang`; a plain count has none of its
/// own, so it is called what it is.
fn unit_name(unit: Option<&str>, lang: Lang) -> String {
    let name = match (unit, lang) {
        (Some(unit), Lang::Zh) => unit.to_owned(),
        (Some(unit), Lang::En) => report_core::english::unit(unit),
        (None, _) => String::new(),
    };
    if name.is_empty() {
        lang.view_strings().count_unit.to_owned()
    } else {
        name
    }
}

/// The DOM id of an indicator's row.
fn row_id(indicator: &str) -> String {
    format!("ind-{indicator}")
}

/// The table of indicators with its filters and downloads.
#[component]
pub fn IndicatorsView() -> impl IntoView {
    let indicators = crate::data::full_indicators();
    let lang = use_lang();
    let url = use_url_state().0;
    let view_strings = move || lang.get().view_strings();
    let category = Memo::new(move |_| url.with(|f| f.category.clone()));
    let filter = RwSignal::new(String::new());
    let sort = RwSignal::new((SortKey::Document, true));
    // The indicator a link asked for (`ind=`): highlighted, and scrolled to
    // once the app is on screen.
    let target = Memo::new(move |_| url.with(|f| f.indicator.clone()));
    Effect::new(move |_| {
        if let Some(id) = target.get() {
            after_reveal(move || {
                request_animation_frame(move || {
                    scroll_to_element(&row_id(&id));
                });
            });
        }
    });

    let rows = Memo::new(move |_| {
        let category = category.get();
        let filter = filter.get();
        let (key, ascending) = sort.get();
        let lang = lang.get();
        let mut rows: Vec<(usize, &'static Indicator)> = indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| category.as_deref().is_none_or(|c| i.category == c))
            .filter(|(_, i)| filter.trim().is_empty() || matches_filter(i, &filter))
            .collect();
        rows.sort_by(|(a_index, a), (b_index, b)| {
            let order = match key {
                SortKey::Document => (a.paragraph, a_index).cmp(&(b.paragraph, b_index)),
                SortKey::Label => label(a, lang).cmp(label(b, lang)),
                // Within a unit, by the value with its magnitude applied
                // (3.9万件 above 4426件); the units apart, one group each.
                SortKey::Value => {
                    let (a, b) = (a.in_base_unit(), b.in_base_unit());
                    let unit = |value: Option<(f64, &'static str)>| value.map(|(_, unit)| unit);
                    unit(a).cmp(&unit(b)).then_with(|| {
                        let number = |value: Option<(f64, &str)>| value.map(|(number, _)| number);
                        number(a)
                            .partial_cmp(&number(b))
                            .unwrap_or(std::cmp::Ordering::Equal)
                    })
                }
                SortKey::Year => a.year.cmp(&b.year),
                SortKey::Category => a.category.cmp(&b.category),
            };
            if ascending {
                order
            } else {
                order.reverse()
            }
        });
        rows
    });

    let chip = move |id: Option<&'static str>| {
        let count = indicators
            .iter()
            .filter(|i| id.is_none_or(|c| i.category == c))
            .count();
        view! {
            <CategoryChip
                id=id
                view=View::Indicators
                selected=category
                all_label=|s| s.all_categories
                count=count
            />
        }
    };

    let header = move |key: SortKey, name: fn(Lang) -> &'static str| {
        let aria_sort = move || {
            let (current, ascending) = sort.get();
            match (current == key, ascending) {
                (false, _) => "none",
                (true, true) => "ascending",
                (true, false) => "descending",
            }
        };
        view! {
            <th scope="col" aria-sort=aria_sort>
                <button
                    type="button"
                    class="sort-button"
                    data-sort=key.name()
                    on:click=move |_| sort.update(|(current, ascending)| {
                        if *current == key {
                            *ascending = !*ascending;
                        } else {
                            *current = key;
                            *ascending = true;
                        }
                    })
                >
                    {move || name(lang.get())}
                </button>
            </th>
        }
    };

    let table_rows = move |range: std::ops::Range<usize>| {
        let lang = lang.get();
        let strings = lang.view_strings();
        let by_value = sort.with(|(key, _)| *key == SortKey::Value);
        let all = rows.get();
        let unit_of = |index: usize| {
            all.get(index)
                .map(|(_, i)| i.in_base_unit().map(|(_, unit)| unit))
        };
        all.iter()
            .enumerate()
            .skip(range.start)
            .take(range.end - range.start)
            .map(|(at, &(_, i))| {
                // Sorted by value, each unit's rows follow a row naming it.
                let unit = unit_of(at).flatten();
                let new_group = by_value && (at == 0 || unit_of(at - 1) != unit_of(at));
                let group_row = new_group.then(|| {
                    view! {
                        <tr class="indicators__unit-group" data-unit-group=unit.unwrap_or_default()>
                            <td colspan="6">{strings.unit_group}{unit_name(unit, lang)}</td>
                        </tr>
                    }
                });
                let href = url.with(|f| format!("#{}", f.with_target(Some(Target::Paragraph(i.paragraph))).to_hash()));
                let is_target = target.with(|t| t.as_deref() == Some(i.id.as_str()));
                view! {
                    {group_row}
                    <tr
                        id=row_id(&i.id)
                        class:is-derived=i.is_derived()
                        class:is-target=is_target
                        tabindex=is_target.then_some("-1")
                        data-indicator=i.id.clone()
                    >
                        <th scope="row">
                            {label(i, lang).to_owned()}
                            {i.is_derived().then(|| view! {
                                <span class="derived-badge" title=formula_text_in(i, indicators, lang)>{lang.strings().derived}</span>
                            })}
                            {(!i.reviewed).then(|| view! {
                                <span class="unreviewed-badge" title=strings.unreviewed_note>{strings.unreviewed}</span>
                            })}
                        </th>
                        // Each cell names its column (`data-label`) for
                        // the phone layout, where rows become cards.
                        <td class="num" data-label=strings.col_value data-value=i.value.clone() data-unit=i.unit.clone()>
                            {figure_text_in(i, lang)}
                        </td>
                        <td class="num" data-label=strings.col_change>{change_text_in(i, lang).unwrap_or_default()}</td>
                        <td class="num" data-label=strings.col_year>{i.year.map(|y| y.to_string()).unwrap_or_default()}</td>
                        <td data-label=strings.col_category>{category_name(&i.category, lang).to_owned()}</td>
                        <td data-label=strings.col_source><a href=href>"§"{i.paragraph.to_string()}</a></td>
                    </tr>
                }
            })
            .collect_view()
    };

    view! {
        <section class="indicators" aria-labelledby="indicators-title" data-testid="indicators-view">
            <h1 id="indicators-title" class="indicators__title">{move || view_strings().indicators_title}</h1>
            <p class="indicators__intro">{move || view_strings().indicators_intro}</p>
            <div class="indicators__downloads">
                <a class="button" href="data/indicators.csv" download="indicators.csv" data-testid="download-csv">
                    {move || view_strings().download_csv}
                </a>
                <a class="button" href="data/indicators.json" download="indicators.json" data-testid="download-json">
                    {move || view_strings().download_json}
                </a>
            </div>
            <div class="indicators__filters" role="group" aria-label=move || view_strings().col_category>
                {chip(None)}
                // Only categories that hold figures: a report without a
                // catalog has them all under "other".
                {CATEGORIES
                    .iter()
                    .filter(|id| indicators.iter().any(|i| i.category == **id))
                    .map(|id| chip(Some(id)))
                    .collect_view()}
            </div>
            <label class="indicators__filter">
                <span class="visually-hidden">{move || view_strings().filter_indicators}</span>
                <input
                    type="search"
                    placeholder=move || view_strings().filter_indicators
                    data-testid="indicator-filter"
                    prop:value=move || filter.get()
                    on:input=move |event| filter.set(event_target_value(&event))
                />
            </label>
            <p class="indicators__count" role="status" data-testid="indicator-count">
                {move || format!("{} / {}", rows.with(Vec::len), indicators.len())}
            </p>
            // The prerendered shell of this view leaves the table out
            // (scripts/prerender.mjs): sorting and filtering need the app.
            <div class="table-scroll" data-prerender="placeholder">
                <table class="indicators__table" data-testid="indicator-table">
                    <thead>
                        <tr>
                            {header(SortKey::Label, |l| l.view_strings().col_label)}
                            {header(SortKey::Value, |l| l.view_strings().col_value)}
                            <th scope="col">{move || view_strings().col_change}</th>
                            {header(SortKey::Year, |l| l.view_strings().col_year)}
                            {header(SortKey::Category, |l| l.view_strings().col_category)}
                            {header(SortKey::Document, |l| l.view_strings().col_source)}
                        </tr>
                    </thead>
                    <tbody>
                        // The first mount renders the rows a few dozen a
                        // task, the first before the app shows and the rest
                        // after, so that no one task builds or lays out the
                        // whole table; the last range is open for whatever a
                        // filter lets through.
                        {(0..indicators.len().div_ceil(ROWS_PER_TURN))
                            .map(|turn| {
                                let start = turn * ROWS_PER_TURN;
                                let end = if (turn + 1) * ROWS_PER_TURN >= indicators.len() {
                                    usize::MAX
                                } else {
                                    start + ROWS_PER_TURN
                                };
                                // A link to one indicator needs its row
                                // there when the app shows, to scroll to.
                                let early = turn == 0 || target.get_untracked().is_some();
                                let shown = if early { shown_in_turn() } else { shown_after_reveal() };
                                move || shown.get().then(|| table_rows(start..end))
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
            <Show when=move || rows.with(Vec::is_empty)>
                <p class="indicators__empty">{move || view_strings().no_indicators}</p>
            </Show>
        </section>
    }
}
