//! Boots the app: panic messages to the console, then mount in place of the
//! prerendered reader (see scripts/prerender.mjs).

fn main() {
    console_error_panic_hook::set_once();
    let prerendered = report_explorer::prerender::take_over();
    leptos::mount::mount_to_body(report_explorer::App);
    prerendered.finish();
}
