//! The app's first mount, kept short: work that can wait a task (drawing the
//! charts, the indicator rows below the first screens) is queued behind it
//! while the app boots, and runs at once afterwards.

use leptos::prelude::*;
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
    set_timeout(|| BOOTING.set(false), Duration::ZERO);
}

/// A signal that is `true` now, or, in the app's first mount, from the task
/// after it: what a view renders only when it is, waits behind the mount.
pub fn shown_after_boot() -> Signal<bool> {
    if !BOOTING.get() {
        return Signal::stored(true);
    }
    let (shown, set_shown) = signal(false);
    // `try_set`: the view may be gone by then.
    set_timeout(
        move || {
            set_shown.try_set(true);
        },
        Duration::ZERO,
    );
    shown.into()
}

/// Runs `work` now, or in a task of its own while the app boots.
pub fn now_or_after_boot(work: impl FnOnce() + 'static) {
    if BOOTING.get() {
        set_timeout(work, Duration::ZERO);
    } else {
        work();
    }
}
