//! Resize and intersection observers that disconnect when dropped, and a
//! way to drop such a thing (or a gloo listener or timer) with the component
//! that made it. gloo has no crate for observers: this is the one place that
//! keeps an observer's callback alive for as long as the observer.

use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use std::ops::Deref;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverInit, ResizeObserver};

type EntriesCallback = Closure<dyn FnMut(js_sys::Array)>;

/// An observer and its callback; dropping it disconnects the observer and
/// frees the callback.
pub struct Watch<O> {
    observer: O,
    disconnect: fn(&O),
    _callback: EntriesCallback,
}

impl<O> Deref for Watch<O> {
    type Target = O;

    fn deref(&self) -> &O {
        &self.observer
    }
}

impl<O> Drop for Watch<O> {
    fn drop(&mut self) {
        (self.disconnect)(&self.observer);
    }
}

/// A resize observer calling `on_entries` with its entries.
pub fn watch_resizes(
    on_entries: impl FnMut(js_sys::Array) + 'static,
) -> Option<Watch<ResizeObserver>> {
    let callback = EntriesCallback::new(on_entries);
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    Some(Watch {
        observer,
        disconnect: ResizeObserver::disconnect,
        _callback: callback,
    })
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
    Some(Watch {
        observer,
        disconnect: IntersectionObserver::disconnect,
        _callback: callback,
    })
}

/// Keeps `value` until the calling component is unmounted, then drops it:
/// for what stops when dropped (a [`Watch`], a gloo listener or timer).
pub fn drop_on_cleanup<T: 'static>(value: T) {
    let value = SendWrapper::new(value);
    on_cleanup(move || drop(value));
}
