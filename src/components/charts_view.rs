//! The charts view: a gallery (`#view=charts`, optionally `&cat=air`) or one
//! chart on its own (`#chart=<id>`).

use leptos::prelude::*;

use super::category_chip::CategoryChip;
use super::chart_card::ChartCard;
use super::context::{use_charts, use_lang};
use super::in_turn::InTurn;
use crate::url::{use_url_state, View};

/// The gallery or a single chart.
#[component]
pub fn ChartsView() -> impl IntoView {
    let charts = use_charts();
    let lang = use_lang();
    let url = use_url_state().0;
    let view_strings = move || lang.get().view_strings();
    let category = Memo::new(move |_| url.with(|f| f.category.clone()));
    let chart = Memo::new(move |_| url.with(|f| f.chart.clone()));
    let mut categories: Vec<&'static str> = Vec::new();
    for spec in charts {
        if !categories.contains(&spec.category.as_str()) {
            categories.push(&spec.category);
        }
    }
    let chip = move |id: Option<&'static str>| {
        view! {
            <CategoryChip id=id view=View::Charts selected=category all_label=|s| s.all_charts />
        }
    };
    let gallery_link = move || {
        format!(
            "#{}",
            url.with(|f| f.with_view(View::Charts, None).to_hash())
        )
    };

    view! {
        <section class="charts" data-testid="charts-view">
            {move || match chart.get() {
                Some(id) => match charts.iter().position(|spec| spec.id == id) {
                    Some(index) => view! {
                        <p><a href=gallery_link>"← "{move || view_strings().all_charts}</a></p>
                        <ChartCard index=index large=true />
                    }.into_any(),
                    None => view! {
                        <p class="notice" role="status">{move || view_strings().chart_not_found}</p>
                        <p><a href=gallery_link>{move || view_strings().all_charts}</a></p>
                    }.into_any(),
                },
                None => view! {
                    <h1 class="charts__title">{move || view_strings().charts_title}</h1>
                    <p class="charts__intro">{move || view_strings().charts_intro}</p>
                    <div class="charts__filters" role="group">
                        {chip(None)}
                        {categories.iter().map(|id| chip(Some(id))).collect_view()}
                    </div>
                    // The prerendered shell of this view leaves the charts out
                    // (scripts/prerender.mjs): they need the app.
                    <div class="charts__grid" data-prerender="placeholder">
                        {move || {
                            let category = category.get();
                            charts
                                .iter()
                                .enumerate()
                                .filter(|(_, spec)| category.as_deref().is_none_or(|c| spec.category == c))
                                .map(|(index, _)| view! {
                                    // At boot, one chart a task (see crate::boot).
                                    <InTurn>
                                        <ChartCard index=index />
                                    </InTurn>
                                })
                                .collect_view()
                        }}
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
