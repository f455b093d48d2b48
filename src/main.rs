//! Boots the app: panic messages to the console, then a mount in short tasks
//! that ends by replacing the prerendered copy (see crate::boot and
//! scripts/prerender.mjs).

use report_explorer::boot::boot;
use report_explorer::data::{
    bundled_indicators, bundled_report, mark_start, measured, MOUNT_MEASURE,
};
use report_explorer::prerender::{app_root, reveal};

fn main() {
    console_error_panic_hook::set_once();
    // The task that instantiated the wasm ends here: what follows runs in
    // tasks of its own, none long enough to make the page unresponsive.
    leptos::prelude::set_timeout(start, std::time::Duration::ZERO);
}

fn start() {
    // Timed apart from the mount, for scripts/bench.
    measured("report-explorer:start-data", || {
        let _ = (bundled_report(), bundled_indicators());
    });
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
