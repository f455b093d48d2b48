//! The app's search index, built in tasks in headless Chromium: it yields
//! between tasks, ends as the index built at once, and a search before the
//! end builds the rest.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use report_core::{parse_report, Report, SearchIndex};
use report_explorer::search_index::{LazySearchIndex, INDEX_BUILD_MEASURE};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A few queries: report-core's tests compare every document of an index
/// built in steps with one built at once.
const QUERIES: &[&str] = &["碳市场", "PM2.5 生态", "碳市場", "不存在的词语"];

fn report() -> &'static Report {
    let text = include_str!("../data/2025-national-eco-env-work-report.zh.txt");
    Box::leak(Box::new(parse_report("report.zh.txt", text).unwrap()))
}

fn build_measures() -> u32 {
    let performance = web_sys::window().unwrap().performance().unwrap();
    performance
        .get_entries_by_name(INDEX_BUILD_MEASURE)
        .length()
}

/// Lets other tasks run.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn builds_in_several_tasks_and_ends_as_the_index_built_at_once() {
    let report = report();
    let index: &'static LazySearchIndex = Box::leak(Box::new(LazySearchIndex::new(report)));
    let measures_before = build_measures();
    // The shortest tasks: one step of a few documents each.
    index.build_in_tasks_of(0.0);
    assert!(!index.is_built(), "the first task built the whole index");
    let mut waits = 0;
    while !index.is_built() {
        next_task().await;
        waits += 1;
        assert!(waits < 10_000, "the build never ended");
    }
    assert!(
        build_measures() - measures_before > 2,
        "the build took fewer than three tasks"
    );
    let at_once = SearchIndex::build(report);
    for query in QUERIES {
        assert_eq!(index.search(query), at_once.search(query), "{query}");
    }
}

#[wasm_bindgen_test]
async fn a_search_before_the_build_ends_builds_the_rest() {
    let report = report();
    let index: &'static LazySearchIndex = Box::leak(Box::new(LazySearchIndex::new(report)));
    index.build_in_tasks_of(0.0);
    assert!(!index.is_built());
    let at_once = SearchIndex::build(report);
    assert_eq!(index.search("碳市场"), at_once.search("碳市场"));
    assert!(index.is_built());
    for query in QUERIES {
        assert_eq!(index.search(query), at_once.search(query), "{query}");
    }
    // The tasks still queued find the index built and stop.
    next_task().await;
    next_task().await;
}
