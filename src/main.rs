//! Boots the app: panic messages to the console, then a mount in short tasks
//! that ends by replacing the prerendered copy (see crate::boot and
//! scripts/prerender.mjs).

use report_explorer::boot::{boot, in_next_task};
use report_explorer::data::{
    bundled_indicators, bundled_report, keep_report, mark_start, measured, MOUNT_MEASURE,
};
use report_explorer::page_report::report_from_markup;
use report_explorer::prerender::{app_root, prerendered_reader, reveal};

fn main() {
    console_error_panic_hook::set_once();
    // The task that instantiated the wasm ends here: what follows runs in
    // tasks of its own, none long enough to make the page unresponsive.
    leptos::prelude::set_timeout(start, std::time::Duration::ZERO);
}

fn start() {
    // Timed apart from the mount, for scripts/bench.
    let from_page = measured("report-explorer:start-data", || {
        prerendered_reader().and_then(|copy| report_from_markup(&copy))
    });
    // The release build prerenders every page it writes; without the copy
    // a debug build shows the text it carries, and a release build says why
    // it has none.
    keep_report(
        from_page
            .map(Ok)
            .or_else(bundled_report)
            .unwrap_or_else(|| Err(NO_COPY.to_owned())),
    );
    // Reading the page, reading the indicators and the first render are each
    // long enough on a slow phone to delay a tap: a task each.
    in_next_task(read_indicators);
}

fn read_indicators() {
    measured("report-explorer:start-indicators", || {
        let _ = bundled_indicators();
    });
    in_next_task(mount);
}

/// What a release build shows on a page that lacks the reader's prerendered
/// copy.
const NO_COPY: &str = "The page holds no prerendered reader to read the report from: \
build it with scripts/build, or serve a debug build with scripts/dev. \
页面缺少预渲染的报告正文,请用 scripts/build 构建,或用 scripts/dev 运行调试版本。";

/// Mounts the app hidden, in short tasks, then shows it in place of the
/// prerendered copy.
fn mount() {
    let started = mark_start(MOUNT_MEASURE);
    let root = app_root();
    let hidden_root = root.clone();
    boot(
        move || leptos::mount::mount_to(hidden_root, report_explorer::App).forget(),
        move || {
            reveal(&root);
            started.end();
        },
    );
}
