//! The boot in headless Chromium: the app mounts hidden, its turns render a
//! task each in the order they were handed out (turns handed out by a turn
//! included), and only then, once no view on its way holds it, is it shown;
//! outside a boot nothing waits.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use leptos::prelude::*;
use report_explorer::boot::{
    after_reveal, boot, hold_reveal, now_or_after_boot, shown_after_reveal, shown_in_turn,
};
use report_explorer::components::InTurn;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

thread_local! {
    /// What happened, in order.
    static LOG: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn log(what: &str) {
    LOG.with_borrow_mut(|log| log.push(what.to_owned()));
}

fn logged() -> Vec<String> {
    LOG.with_borrow(Clone::clone)
}

/// Waits `ms` milliseconds of timers and tasks.
async fn wait(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = JsFuture::from(promise).await;
}

fn host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}

/// Writes its name to the log when it renders.
#[component]
fn Logged(name: &'static str) -> impl IntoView {
    log(name);
    view! { <span class="logged">{name}</span> }
}

/// Renders once the app shows.
#[component]
fn Late() -> impl IntoView {
    let shown = shown_after_reveal();
    move || shown.get().then(|| view! { <Logged name="late" /> })
}

#[wasm_bindgen_test]
async fn turns_render_a_task_each_in_order_then_the_app_shows() {
    LOG.take();
    let root = host();
    root.set_hidden(true);
    let mount_root = root.clone();
    let shown_root = root.clone();
    boot(
        move || {
            leptos::mount::mount_to(mount_root, || {
                view! {
                    <Logged name="frame" />
                    <Late />
                    <InTurn>
                        <Logged name="a" />
                        <InTurn>
                            <Logged name="a1" />
                        </InTurn>
                    </InTurn>
                    <InTurn>
                        <Logged name="b" />
                    </InTurn>
                }
            })
            .forget();
        },
        move || {
            log("reveal");
            shown_root.set_hidden(false);
        },
    );
    after_reveal(|| log("after reveal"));
    now_or_after_boot(|| log("drawn"));

    // The mount's own task built the frame only, and the app is hidden.
    assert_eq!(logged(), ["frame"]);
    assert!(root.hidden());

    wait(200).await;
    let (drawn, rest): (Vec<String>, Vec<String>) =
        logged().into_iter().partition(|what| what == "drawn");
    assert_eq!(
        rest,
        ["frame", "a", "b", "a1", "reveal", "after reveal", "late"],
        "turns in order, a turn's own turns after those already handed out, then the reveal, \
         then what waited for it"
    );
    assert_eq!(
        drawn.len(),
        1,
        "a drawing asked for while booting runs in a later task"
    );
    assert!(!root.hidden());
    assert_eq!(root.query_selector_all(".logged").unwrap().length(), 5);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_hold_keeps_the_app_hidden_until_it_is_dropped() {
    LOG.take();
    let root = host();
    root.set_hidden(true);
    let shown_root = root.clone();
    boot(
        || {},
        move || {
            log("reveal");
            shown_root.set_hidden(false);
        },
    );
    // A view whose chunk is on its way.
    let loading = hold_reveal().unwrap();
    wait(100).await;
    assert!(logged().is_empty(), "the mount is done, the view is not");
    assert!(root.hidden());
    drop(loading);
    wait(50).await;
    assert_eq!(logged(), ["reveal"]);
    assert!(!root.hidden());
    assert!(hold_reveal().is_none(), "nothing holds an app on screen");
    root.remove();
}

#[wasm_bindgen_test]
async fn outside_a_boot_nothing_waits() {
    assert!(shown_in_turn().get_untracked());
    assert!(shown_after_reveal().get_untracked());
    LOG.take();
    after_reveal(|| log("after reveal"));
    now_or_after_boot(|| log("drawn"));
    assert_eq!(logged(), ["after reveal", "drawn"]);
}
