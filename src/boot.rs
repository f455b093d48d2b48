//! The app's first mount, kept short: work that can wait a task (drawing the
//! charts, the indicator rows below the first screens) is queued behind it
//! while the app boots, and runs at once afterwards.

use std::cell::Cell;
use std::time::Duration;

thread_local! {
    static BOOTING: Cell<bool> = const { Cell::new(false) };
}

/// Mounts with `mount`, marking the app as booting until the task that runs
/// it (the effects of the mount included) has ended.
pub fn boot(mount: impl FnOnce()) {
    BOOTING.set(true);
    mount();
    // Queued before any work the mount's effects defer, so it runs first.
    leptos::prelude::set_timeout(|| BOOTING.set(false), Duration::ZERO);
}

/// Whether the app's first mount is under way.
pub fn is_booting() -> bool {
    BOOTING.get()
}

/// Runs `work` now, or in a task of its own while the app boots.
pub fn now_or_after_boot(work: impl FnOnce() + 'static) {
    if BOOTING.get() {
        leptos::prelude::set_timeout(work, Duration::ZERO);
    } else {
        work();
    }
}
