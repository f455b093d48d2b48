//! The links to the app's views: in the top bar, and on phones, where
//! the top bar has no room for them, at the top of the contents drawer.

use leptos::prelude::*;

use super::context::{use_lang, use_toc_open};
use super::toc::close_drawer;
use crate::dom::focus_element;
use crate::url::{use_url_state, View};

/// The reader, charts and indicators links; the current view is marked
/// `aria-current="page"`.
#[component]
pub fn ViewNav(
    /// In the contents drawer: following a link closes it.
    #[prop(optional)]
    in_drawer: bool,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let toc_open = use_toc_open();
    let strings = move || lang.get().strings();
    let test_prefix = if in_drawer { "drawer-" } else { "" };
    let link =
        move |view: View, label: fn(&'static crate::i18n::Strings) -> &'static str, id: &str| {
            let href = move || {
                url.with(|f| match view {
                    View::Reader => {
                        let mut reader = f.with_target(None);
                        reader.view = View::Reader;
                        format!("#{}", reader.to_hash())
                    }
                    other => format!("#{}", f.with_view(other, None).to_hash()),
                })
            };
            view! {
                <a
                    class="view-nav__link"
                    href=href
                    aria-current=move || url.with(|f| f.view == view).then_some("page")
                    data-testid=format!("{test_prefix}nav-{id}")
                    on:click=move |_| {
                        if in_drawer {
                            close_drawer(toc_open);
                            // The link leaves with the drawer: focus goes
                            // to the view it opens.
                            focus_element("main");
                        }
                    }
                >
                    {move || label(strings())}
                </a>
            }
        };
    view! {
        <nav
            class="view-nav"
            class:view-nav--drawer=in_drawer
            aria-label=move || strings().views
        >
            {link(View::Reader, |s| s.read_view, "reader")}
            {crate::data::has_english().then(|| link(View::Bilingual, |s| s.bilingual_view, "bilingual"))}
            {crate::data::has_charts().then(|| link(View::Charts, |s| s.charts_view, "charts"))}
            {link(View::Indicators, |s| s.indicators_view, "indicators")}
        </nav>
    }
}
