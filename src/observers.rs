//! Resize and intersection observers that disconnect when dropped, and a
//! way to drop such a thing (or a gloo listener or timer) with the component
//! that made it. gloo has no crate for observers: this is the one place that
//! keeps an observer's callback alive for as long as the observer.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverInit, ResizeObserver};

type EntriesCallback = Closure<dyn FnMut(js_sys::Array)>;

/// An observer and its callback; dropping it disconnects the observer and
/// frees the callback. Work that runs later reaches the observer through a
/// [`WatchHandle`], which does nothing once the watch is dropped.
pub struct Watch<O>(Rc<Observed<O>>);

struct Observed<O> {
    observer: O,
    disconnect: fn(&O),
    _callback: EntriesCallback,
}

impl<O> Drop for Observed<O> {
    fn drop(&mut self) {
        (self.disconnect)(&self.observer);
    }
}

impl<O> Watch<O> {
    fn new(observer: O, disconnect: fn(&O), callback: EntriesCallback) -> Self {
        Self(Rc::new(Observed {
            observer,
            disconnect,
            _callback: callback,
        }))
    }

    /// The observer, to observe elements with now.
    pub fn observer(&self) -> &O {
        &self.0.observer
    }

    /// A handle for work that runs later (after a frame, in an effect).
    pub fn handle(&self) -> WatchHandle<O> {
        WatchHandle(Rc::downgrade(&self.0))
    }
}

/// A weak hold on a [`Watch`]: an observer that is never re-armed after its
/// callback has been freed.
pub struct WatchHandle<O>(Weak<Observed<O>>);

impl<O> Clone for WatchHandle<O> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<O> WatchHandle<O> {
    /// Calls `use_observer` with the observer, unless the watch is gone.
    pub fn with(&self, use_observer: impl FnOnce(&O)) {
        if let Some(observed) = self.0.upgrade() {
            use_observer(&observed.observer);
        }
    }
}

/// A resize observer calling `on_entries` with its entries.
pub fn watch_resizes(
    on_entries: impl FnMut(js_sys::Array) + 'static,
) -> Option<Watch<ResizeObserver>> {
    let callback = EntriesCallback::new(on_entries);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    Some(Watch::new(observer, ResizeObserver::disconnect, callback))
}

/// An intersection observer of the viewport grown by `root_margin`,
/// calling `on_entries` with its entries.
pub fn watch_intersections(
    root_margin: &str,
    on_entries: impl FnMut(js_sys::Array) + 'static,
) -> Option<Watch<IntersectionObserver>> {
    let callback = EntriesCallback::new(on_entries);
    let options = IntersectionObserverInit::new();
    options.set_root_margin(root_margin);
    let observer =
        IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    Some(Watch::new(
        observer,
        IntersectionObserver::disconnect,
        callback,
    ))
}

/// Keeps `value` until the calling component is unmounted, then drops it:
/// for what stops when dropped (a [`Watch`], a gloo listener or timer).
/// Call it while a component renders: with no reactive owner there is no
/// cleanup to wait for, and the value would be dropped at once.
pub fn drop_on_cleanup<T: 'static>(value: T) {
    debug_assert!(
        leptos::prelude::Owner::current().is_some(),
        "drop_on_cleanup needs a reactive owner"
    );
    let value = SendWrapper::new(value);
    on_cleanup(move || drop(value));
}
