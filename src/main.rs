//! Boots the app: panic messages to the console, then mount in place of the
//! prerendered reader (see scripts/prerender.mjs).

use report_explorer::data::{bundled_indicators, bundled_report, measured};

fn main() {
    console_error_panic_hook::set_once();
    // Timed apart from the mount, for scripts/bench.
    measured("report-explorer:start-data", || {
        let _ = (bundled_report(), bundled_indicators());
    });
    // In the task that instantiated the wasm: mounting in a task of its own
    // measured worse in Lighthouse (total blocking time up by a third).
    measured("report-explorer:mount", || {
        let prerendered = report_explorer::prerender::take_over();
        report_explorer::boot::boot(|| leptos::mount::mount_to_body(report_explorer::App));
        prerendered.finish();
    });
}
