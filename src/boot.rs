//! The app's first mount, in short tasks. The app mounts hidden while the
//! prerendered copy stays on screen; what is long to build (the reader's
//! sections) renders one part a task afterwards, and the app is revealed in
//! place of the copy in the task after the last. Work that can wait a task
//! (the indicator rows below the first screens, each chart's drawing) is
//! queued behind the mount or the reveal, and what needs the app on screen
//! (scrolling to a link's target, watching which section is read) waits for
//! the reveal. Outside the boot everything runs at once.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;

type Work = Box<dyn FnOnce()>;

thread_local! {
    /// True during the task that mounts the app.
    static MOUNTING: Cell<bool> = const { Cell::new(false) };
    /// The turns the mount handed out, in order, each flipped in a task of its own.
    static TURNS: RefCell<Vec<WriteSignal<bool>>> = const { RefCell::new(Vec::new()) };
    /// True from the mount until the first frame that shows the app has
    /// ended.
    static SETTLING: Cell<bool> = const { Cell::new(false) };
    /// What waits for the reveal; `None` once the app is on screen (and
    /// when it never booted, as in component tests).
    static AFTER_REVEAL: RefCell<Option<Vec<Work>>> = const { RefCell::new(None) };
}

/// Mounts the app with `mount` (hidden), renders the turns it handed out in
/// tasks of their own, then calls `reveal` and runs what waited for it.
pub fn boot(mount: impl FnOnce(), reveal: impl FnOnce() + 'static) {
    MOUNTING.set(true);
    SETTLING.set(true);
    AFTER_REVEAL.set(Some(Vec::new()));
    mount();
    // Timers of equal delay run in the order they were queued: this one
    // before any work the mount's effects defer, then the turns, then the
    // reveal. Other tasks (input, frames) may run between them.
    set_timeout(|| MOUNTING.set(false), Duration::ZERO);
    for turn in TURNS.take() {
        set_timeout(
            move || {
                turn.try_set(true);
            },
            Duration::ZERO,
        );
    }
    set_timeout(
        move || {
            reveal();
            for work in AFTER_REVEAL.take().unwrap_or_default() {
                work();
            }
            // The frame that shows the app lays it out, and the charts learn
            // their width: their drawings wait for the tasks after it.
            request_animation_frame(|| set_timeout(|| SETTLING.set(false), Duration::ZERO));
        },
        Duration::ZERO,
    );
}

/// A signal that is `true` now or, in the app's first mount, in a task of
/// its own after it: one call per piece the mount would otherwise build all
/// at once, each rendering in the next turn.
pub fn shown_in_turn() -> Signal<bool> {
    if !MOUNTING.get() {
        return Signal::stored(true);
    }
    let (shown, set_shown) = signal(false);
    TURNS.with_borrow_mut(|turns| turns.push(set_shown));
    shown.into()
}

/// A signal that is `true` now, or, in the app's first mount, from the task
/// after it: what a view renders only when it is, waits behind the mount.
pub fn shown_after_boot() -> Signal<bool> {
    if !MOUNTING.get() {
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

/// Runs `work` now or, until the first frame that shows the app has ended,
/// in a task of its own: what each chart draws then.
pub fn now_or_after_boot(work: impl FnOnce() + 'static) {
    if SETTLING.get() {
        set_timeout(work, Duration::ZERO);
    } else {
        work();
    }
}

/// Runs `work` once the app is on screen: now, if it is.
pub fn after_reveal(work: impl FnOnce() + 'static) {
    let waiting = AFTER_REVEAL.with_borrow_mut(|waiting| match waiting {
        Some(waiting) => {
            waiting.push(Box::new(work));
            None
        }
        None => Some(work),
    });
    if let Some(work) = waiting {
        work();
    }
}
