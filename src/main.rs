//! Boots the app: panic messages to the console, then mount in place of the
//! prerendered reader (see scripts/prerender.mjs).

use report_explorer::data::{bundled_indicators, bundled_report, measured};
use std::time::Duration;

fn main() {
    console_error_panic_hook::set_once();
    // Timed apart from the mount, for scripts/bench.
    measured("report-explorer:start-data", || {
        let _ = (bundled_report(), bundled_indicators());
    });
    // The mount runs as a task of its own rather than in the one that
    // instantiated the wasm: two shorter tasks keep the page responsive to
    // input in between (the prerendered copy is on screen meanwhile).
    leptos::prelude::set_timeout(
        || {
            measured("report-explorer:mount", || {
                let prerendered = report_explorer::prerender::take_over();
                leptos::mount::mount_to_body(report_explorer::App);
                prerendered.finish();
            });
        },
        Duration::ZERO,
    );
}
