//! Loading the English text (see crate::translation), in the English chunk:
//! getting the JSON, reading it, placing each figure of the original in the
//! English wording, and indexing it for search.

use leptos::prelude::document;
use report_core::indicators::{Indicator, Located};
use report_core::search::{English, Suggestion};
use report_core::translation::locate_translated_figures;
use report_core::{CitationMap, SearchIndex, SearchResults};
use std::ops::Range;

use crate::search_index::{merge_results, LazySearchIndex};
use crate::translation::{english, keep_english, EnglishText, TextSearch};
use crate::url::UrlState;

/// Where the English text is published beside the page (`report export`).
const ENGLISH_JSON: &str = "data/report.en.json";

/// The English text, loaded now if it was not yet; what follows the URL
/// looks again once it is (`url`). `Err` if it cannot be fetched or read.
pub async fn load_english(
    url: UrlState,
    indicators: &'static [Indicator],
    figures: &'static CitationMap<Vec<Located>>,
) -> Result<&'static EnglishText, ()> {
    if let Some(text) = english() {
        return Ok(text);
    }
    let json = match english_json_in_page() {
        Some(json) => json,
        None => fetch_text(ENGLISH_JSON).await?,
    };
    let report: &'static _ = Box::leak(Box::new(
        report_core::export::report_from_json(&json).map_err(|_| ())?,
    ));
    let figures = Box::leak(Box::new(locate_translated_figures(
        report, indicators, figures,
    )));
    let index: &'static LazySearchIndex<English> =
        Box::leak(Box::new(LazySearchIndex::new(report)));
    let text = keep_english(EnglishText {
        report,
        figures,
        search: index,
    });
    url.notify();
    index.build_in_tasks();
    Ok(text)
}

impl TextSearch for LazySearchIndex<English> {
    fn search(&self, query: &str) -> SearchResults {
        LazySearchIndex::search(self, query)
    }

    fn search_beside(&self, original: SearchResults, query: &str) -> SearchResults {
        merge_results(original, LazySearchIndex::search(self, query))
    }

    fn suggest(&self, query: &str) -> Vec<Suggestion> {
        self.get().suggest(query)
    }

    fn highlight(&self, text: &str, query: &str) -> Vec<Range<usize>> {
        SearchIndex::<English>::highlight(text, query)
    }
}

/// The English text carried by the page itself: by the single file (its
/// open-data block, since a file opened from disk cannot fetch) or by a
/// debug build.
fn english_json_in_page() -> Option<String> {
    if let Some(json) = crate::data::bundled_english_json() {
        return Some(json.to_owned());
    }
    let carried = document().get_element_by_id("open-data")?;
    let files = js_sys::JSON::parse(&carried.text_content()?).ok()?;
    js_sys::Reflect::get(&files, &ENGLISH_JSON.into())
        .ok()?
        .as_string()
}

/// The text of `url`, relative to the page; `Err` offline or on an error
/// status.
async fn fetch_text(url: &str) -> Result<String, ()> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    response.text().await.map_err(|_| ())
}
