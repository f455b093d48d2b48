//! The app's first mount, in short tasks. The app mounts hidden while the
//! prerendered copy stays on screen, and is shown in its place once nothing
//! holds the reveal back. One mechanism does it: a hold.
//!
//! - A piece that is long to build (a part of the reader, a chart of the
//!   gallery, indicator rows) renders in a task of its own: its turn holds
//!   the reveal until the task after it ([`shown_in_turn`]).
//! - A view whose code is still on its way holds it until it is built
//!   ([`hold_reveal`]), so that the reader never sees an empty view in place
//!   of the copy.
//!
//! What needs the app on screen (scrolling to a link's target, watching which
//! section is read) waits for the reveal ([`after_reveal`]); so do pieces
//! that no first screen shows ([`shown_after_reveal`]). Each chart draws in a
//! task of its own until the first frame that shows the app has ended
//! ([`now_or_after_boot`]). Outside the boot everything runs at once.

use leptos::prelude::*;
use std::cell::RefCell;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Work = Box<dyn FnOnce()>;

/// Where the boot stands.
#[derive(Default)]
struct Boot {
    /// What shows the app; `None` when not booting.
    reveal: Option<Work>,
    /// How many [`RevealHold`]s are alive.
    holds: usize,
    /// What waits for the reveal; `None` once the app is on screen (and
    /// when it never booted, as in component tests).
    after_reveal: Option<Vec<Work>>,
    /// True from the mount until the first frame that shows the app has
    /// ended.
    settling: bool,
}

thread_local! {
    static BOOT: RefCell<Boot> = RefCell::default();
}

fn booting() -> bool {
    BOOT.with_borrow(|boot| boot.reveal.is_some())
}

/// Mounts the app with `mount` (hidden), then calls `reveal` once nothing
/// holds it back, and runs what waited for it.
pub fn boot(mount: impl FnOnce(), reveal: impl FnOnce() + 'static) {
    BOOT.with_borrow_mut(|boot| {
        boot.reveal = Some(Box::new(reveal));
        boot.after_reveal = Some(Vec::new());
        boot.settling = true;
    });
    // The mount holds the reveal too: its turns are handed out as it runs.
    let mounting = hold_reveal();
    mount();
    release_in_next_task(mounting);
}

/// Shows the app if nothing holds it back any more.
fn reveal_if_free() {
    let reveal = BOOT.with_borrow_mut(|boot| match boot.holds {
        0 => boot.reveal.take(),
        _ => None,
    });
    let Some(reveal) = reveal else { return };
    reveal();
    let waiting = BOOT.with_borrow_mut(|boot| boot.after_reveal.take());
    for work in waiting.unwrap_or_default() {
        work();
    }
    // The frame that shows the app lays it out, and the charts learn their
    // width: their drawings wait for the tasks after it.
    request_animation_frame(|| {
        set_timeout(
            || BOOT.with_borrow_mut(|boot| boot.settling = false),
            Duration::ZERO,
        )
    });
}

/// Runs `work` in a new task, at once: a message to a channel of its own,
/// as timers nested deeper than five levels wait at least 4 ms each.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    let Ok(channel) = web_sys::MessageChannel::new() else {
        set_timeout(work, Duration::ZERO);
        return;
    };
    let handler = Closure::once_into_js(move |_: web_sys::MessageEvent| work());
    channel.port1().set_onmessage(Some(handler.unchecked_ref()));
    let _ = channel.port2().post_message(&JsValue::NULL);
}

/// A signal that is `true` now or, while the app boots, from a task of its
/// own: one call per piece that would make one task build too much at once.
/// Turns render in the order they are handed out, a turn's own turns after
/// those already handed out, and the app shows after the last.
pub fn shown_in_turn() -> ReadSignal<bool> {
    let Some(hold) = hold_reveal() else {
        return signal(true).0;
    };
    let (shown, set_shown) = signal(false);
    in_next_task(move || {
        // The piece renders in this task's microtasks; the hold goes in the
        // next task, once it is built.
        set_shown.try_set(true);
        hold.release_in_next_task();
    });
    shown
}

/// A signal that is `true` now or, while the app boots, from a task of its
/// own after the app shows: for what the first screens never show and the
/// copy the app replaces does not hold (rows far down a table).
pub fn shown_after_reveal() -> ReadSignal<bool> {
    if !booting() {
        return signal(true).0;
    }
    let (shown, set_shown) = signal(false);
    after_reveal(move || {
        in_next_task(move || {
            set_shown.try_set(true);
        })
    });
    shown
}

/// Runs `work` now or, until the first frame that shows the app has ended,
/// in a task of its own: what each chart draws then.
pub fn now_or_after_boot(work: impl FnOnce() + 'static) {
    if BOOT.with_borrow(|boot| boot.settling) {
        set_timeout(work, Duration::ZERO);
    } else {
        work();
    }
}

/// Runs `work` once the app is on screen: now, if it is.
pub fn after_reveal(work: impl FnOnce() + 'static) {
    let work = BOOT.with_borrow_mut(|boot| match &mut boot.after_reveal {
        Some(waiting) => {
            waiting.push(Box::new(work));
            None
        }
        None => Some(work),
    });
    if let Some(work) = work {
        work();
    }
}

/// Keeps the app hidden, and the prerendered copy on screen, until dropped.
pub struct RevealHold(());

/// A hold on the reveal while the app boots; `None` once it is on screen.
pub fn hold_reveal() -> Option<RevealHold> {
    BOOT.with_borrow_mut(|boot| {
        boot.reveal.is_some().then(|| {
            boot.holds += 1;
            RevealHold(())
        })
    })
}

impl RevealHold {
    /// Lets go of the hold in the next task, once what was built in this one
    /// is done; if it was the last, the app shows in that task.
    pub fn release_in_next_task(self) {
        in_next_task(move || {
            // Counted down here rather than by `Drop`, which would show the
            // app a task later.
            std::mem::forget(self);
            if count_down() {
                reveal_if_free();
            }
        });
    }
}

/// One hold fewer; true if it was the last.
fn count_down() -> bool {
    BOOT.with_borrow_mut(|boot| {
        boot.holds -= 1;
        boot.holds == 0
    })
}

/// [`RevealHold::release_in_next_task`], for a hold taken while the app may
/// already be on screen.
pub fn release_in_next_task(hold: Option<RevealHold>) {
    if let Some(hold) = hold {
        hold.release_in_next_task();
    }
}

impl Drop for RevealHold {
    fn drop(&mut self) {
        if count_down() {
            // A hold dropped otherwise than by `release_in_next_task` (a
            // loading view removed) may go while a view renders: the app
            // shows in a task of its own.
            in_next_task(reveal_if_free);
        }
    }
}
