//! The app's first mount, in short tasks. The app mounts hidden while the
//! prerendered copy stays on screen; what is long to build (the reader's
//! parts and sections, the charts of the gallery, the indicator rows)
//! renders a piece a task afterwards, and the app is shown in place of the
//! copy in the task after the last. What the copy does not hold and the
//! first screens never show (indicator rows far down the table) renders in
//! turns after that. Each chart draws in a task of its own after the first
//! frame that shows the app, and what needs the app on screen (scrolling to
//! a link's target, watching which section is read) waits for the reveal.
//! Outside the boot everything runs at once.

use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

type Work = Box<dyn FnOnce()>;

thread_local! {
    /// The turns handed out and not yet taken, in order.
    static TURNS: TurnQueue = const { RefCell::new(VecDeque::new()) };
    /// Turns that wait until the app shows, then take a task each.
    static LATE_TURNS: TurnQueue = const { RefCell::new(VecDeque::new()) };
    /// What shows the app once the turns are done; `None` when not booting.
    static REVEAL: RefCell<Option<Work>> = const { RefCell::new(None) };
    /// True from the mount until the first frame that shows the app has
    /// ended.
    static SETTLING: Cell<bool> = const { Cell::new(false) };
    /// What waits for the reveal; `None` once the app is on screen (and
    /// when it never booted, as in component tests).
    static AFTER_REVEAL: RefCell<Option<Vec<Work>>> = const { RefCell::new(None) };
    /// How many [`RevealHold`]s are alive.
    static HOLDS: Cell<usize> = const { Cell::new(0) };
    /// True when the turns are done and the reveal waits for the holds.
    static HELD: Cell<bool> = const { Cell::new(false) };
}

/// Mounts the app with `mount` (hidden), renders the turns handed out in
/// tasks of their own (those handed out while a turn renders included),
/// then calls `reveal` and runs what waited for it.
pub fn boot(mount: impl FnOnce(), reveal: impl FnOnce() + 'static) {
    SETTLING.set(true);
    AFTER_REVEAL.set(Some(Vec::new()));
    REVEAL.set(Some(Box::new(reveal)));
    mount();
    in_next_task(take_turn);
}

/// Renders the next turn, or shows the app when none is left.
fn take_turn() {
    if render_next(&TURNS) {
        in_next_task(take_turn);
        return;
    }
    if HOLDS.get() > 0 {
        HELD.set(true);
        return;
    }
    if let Some(reveal) = REVEAL.take() {
        reveal();
    }
    for work in AFTER_REVEAL.take().unwrap_or_default() {
        work();
    }
    // The frame that shows the app lays it out, and the charts learn their
    // width: their drawings wait for the tasks after it.
    request_animation_frame(|| set_timeout(|| SETTLING.set(false), Duration::ZERO));
    in_next_task(take_late_turn);
}

/// Renders the next turn that waited for the app to show, if any.
fn take_late_turn() {
    if render_next(&LATE_TURNS) {
        in_next_task(take_late_turn);
    }
}

/// Renders the first turn of `queue`, if it has one. The turn renders in
/// this task's microtasks and may hand out more turns, so the caller looks
/// again in the next task.
fn render_next(queue: &'static std::thread::LocalKey<TurnQueue>) -> bool {
    let Some(turn) = queue.with_borrow_mut(VecDeque::pop_front) else {
        return false;
    };
    turn.try_set(true);
    true
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
pub fn shown_in_turn() -> ReadSignal<bool> {
    queued_turn(&TURNS)
}

/// A signal that is `true` now or, while the app boots, from a task of its
/// own after the app shows: for what the first screens never show and the
/// copy the app replaces does not hold (rows far down a table).
pub fn shown_after_reveal() -> ReadSignal<bool> {
    queued_turn(&LATE_TURNS)
}

type TurnQueue = RefCell<VecDeque<WriteSignal<bool>>>;

/// `true` when not booting, else a turn at the end of `queue`. A plain read
/// signal either way, not a `Signal` that wraps one or a constant: one
/// signal type less in the wasm.
fn queued_turn(queue: &'static std::thread::LocalKey<TurnQueue>) -> ReadSignal<bool> {
    let booting = REVEAL.with_borrow(Option::is_some);
    let (shown, set_shown) = signal(!booting);
    if booting {
        queue.with_borrow_mut(|turns| turns.push_back(set_shown));
    }
    shown
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

/// Keeps the app hidden, and the prerendered copy on screen, until dropped:
/// for a view whose code is still on its way when the app boots, so that the
/// reader never sees an empty view in place of the copy.
pub struct RevealHold(());

/// A hold on the reveal while the app boots; `None` once it is on screen.
pub fn hold_reveal() -> Option<RevealHold> {
    let booting = REVEAL.with_borrow(Option::is_some);
    booting.then(|| {
        HOLDS.set(HOLDS.get() + 1);
        RevealHold(())
    })
}

impl Drop for RevealHold {
    fn drop(&mut self) {
        HOLDS.set(HOLDS.get() - 1);
        if HOLDS.get() == 0 && HELD.replace(false) {
            // The held view may have handed out turns of its own.
            in_next_task(take_turn);
        }
    }
}
