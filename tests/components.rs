//! Component tests in headless Chromium: mount the reader into a fresh
//! element, act through the DOM and the URL fragment, and check what renders.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use leptos::prelude::*;
use report_explorer::components::ReportApp;
use report_explorer::data::{self, bundled_indicators, keep_report, loaded_report};
use report_explorer::page_report::report_from_markup;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits for timers, `hashchange` and effects to settle.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 60);
    });
    let _ = JsFuture::from(promise).await;
}

/// Sets the fragment as a user would, then lets the app react.
async fn go_to(hash: &str) {
    let _ = window().location().set_hash(hash);
    settle().await;
}

/// A mounted app that unmounts and leaves a clean page when dropped.
struct Mounted {
    host: web_sys::HtmlElement,
    _handle: leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        self.host.remove();
    }
}

/// The bundled report, parsed from the text a debug build carries (the
/// release app reads it from the page's prerendered copy, which these tests
/// do not have).
fn bundled_report() -> &'static report_core::Report {
    if loaded_report().is_err() {
        keep_report(data::bundled_report().expect("a debug build carries the report"));
    }
    loaded_report().expect("bundled report parses")
}

async fn mount_app(hash: &str) -> Mounted {
    go_to(hash).await;
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let report = bundled_report();
    let indicators = bundled_indicators().expect("bundled indicators parse");
    let handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <ReportApp report=report indicators=indicators /> }.into_any()
    });
    settle().await;
    Mounted {
        host,
        _handle: handle,
    }
}

fn query_all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

fn query(root: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn renders_every_paragraph_with_its_marker() {
    let app = mount_app("").await;
    let paragraphs = query_all(&app.host, "[data-testid=paragraph]");
    assert_eq!(paragraphs.len(), 85);
    assert_eq!(query_all(&app.host, "[data-testid=section]").len(), 18);
    let blue_sky = query(&app.host, "#p-1\\.2\\.2");
    assert!(blue_sky
        .text_content()
        .unwrap()
        .starts_with("§1.2.2蓝天保卫战加力推进。"));
    assert_eq!(
        text(&app.host, "#p-1\\.2\\.2 .lead"),
        "蓝天保卫战加力推进。"
    );
    assert_eq!(
        text(&app.host, "[data-testid=report-title]"),
        "深化改革创新 奋力笃行实干"
    );
}

/// The app reads the report back from the reader's markup (the prerendered
/// copy is that markup) as the parser reads the text, source lines aside.
#[wasm_bindgen_test]
async fn reader_markup_gives_back_the_parsed_report() {
    let app = mount_app("").await;
    let mut expected = bundled_report().clone();
    for part in &mut expected.parts {
        for section in &mut part.sections {
            for paragraph in &mut section.paragraphs {
                paragraph.line = 0;
            }
        }
    }
    let read = report_from_markup(&app.host).expect("the reader markup is complete");
    assert_eq!(read, expected);

    // A copy that lost a paragraph id is not read: the app then says so
    // rather than show a wrong citation.
    let copy: web_sys::Element = app
        .host
        .clone_node_with_deep(true)
        .unwrap()
        .unchecked_into();
    copy.query_selector("#p-1\\.2\\.2")
        .unwrap()
        .unwrap()
        .set_id("p-x");
    assert_eq!(report_from_markup(&copy), None);
}

#[wasm_bindgen_test]
async fn contents_lists_parts_and_sections() {
    let app = mount_app("").await;
    let links = query_all(&app.host, ".toc__link");
    // Preamble, 3 parts and 18 sections.
    assert_eq!(links.len(), 22);
    let second = query(&app.host, ".toc__link[data-section='1.2']");
    assert_eq!(second.get_attribute("href").as_deref(), Some("#s=1.2"));
    assert!(second
        .text_content()
        .unwrap()
        .starts_with("(二)深入推进污染防治攻坚战"));
}

#[wasm_bindgen_test]
async fn paragraph_link_highlights_its_target() {
    let app = mount_app("p=1.2.2").await;
    let target = query_all(&app.host, ".para.is-target");
    assert_eq!(target.len(), 1);
    assert_eq!(target[0].id(), "p-1.2.2");
    go_to("s=3.8").await;
    assert!(query_all(&app.host, ".para.is-target").is_empty());
    assert_eq!(query_all(&app.host, ".section.is-target")[0].id(), "s-3.8");
}

#[wasm_bindgen_test]
async fn language_follows_the_fragment_and_keeps_links() {
    let app = mount_app("").await;
    assert_eq!(text(&app.host, ".toc__title"), "目录");
    go_to("p=1.2.2&lang=en").await;
    assert_eq!(text(&app.host, ".toc__title"), "Contents");
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
    let link = query(&app.host, ".toc__link[data-section='1.2']");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("#s=1.2&lang=en")
    );
    // The text is the English translation (a debug build carries it).
    settle().await;
    assert!(text(&app.host, "#p-1\\.2\\.2").contains("battle for blue skies"));
    assert!(text(&app.host, "[data-testid=translation-note]").contains("Unofficial"));
    query(&app.host, "[data-testid=lang-toggle]").click();
    settle().await;
    assert_eq!(text(&app.host, ".toc__title"), "目录");
    assert!(text(&app.host, "#p-1\\.2\\.2").contains("蓝天保卫战"));
    assert_eq!(window().location().hash().unwrap(), "#p=1.2.2");
}

#[wasm_bindgen_test]
async fn theme_parameter_sets_the_root_attribute() {
    let _app = mount_app("theme=dark").await;
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("dark"));
    go_to("theme=light").await;
    assert_eq!(root.get_attribute("data-theme").as_deref(), Some("light"));
    go_to("").await;
    assert_eq!(root.get_attribute("data-theme"), None);
}

#[wasm_bindgen_test]
async fn citation_marker_opens_the_popover() {
    let app = mount_app("").await;
    query(&app.host, "#p-1\\.2\\.2 .cite-marker").click();
    settle().await;
    let popovers = query_all(&app.host, "[data-testid=citation-popover]");
    assert_eq!(popovers.len(), 1);
    let permalink: web_sys::HtmlInputElement =
        query(&app.host, "[data-testid=permalink]").unchecked_into();
    assert!(
        permalink.value().ends_with("#p=1.2.2"),
        "{}",
        permalink.value()
    );
    let citation: web_sys::HtmlTextAreaElement =
        query(&app.host, "[data-testid=citation-text]").unchecked_into();
    assert!(
        citation.value().contains("《深化改革创新 奋力笃行实干"),
        "{}",
        citation.value()
    );
    assert!(citation.value().contains("§1.2.2"));
    // Opening another closes the first.
    query(&app.host, "#p-0\\.0\\.1 .cite-marker").click();
    settle().await;
    assert_eq!(
        query_all(&app.host, "[data-testid=citation-popover]").len(),
        1
    );
    let permalink: web_sys::HtmlInputElement =
        query(&app.host, "[data-testid=permalink]").unchecked_into();
    assert!(permalink.value().ends_with("#p=0.0.1"));
}

#[wasm_bindgen_test]
async fn malformed_fragments_show_a_notice_and_no_target() {
    let app = mount_app("p=9.9.9&zzz=<img>").await;
    let notice = text(&app.host, "[data-testid=notice]");
    assert!(notice.contains("§9.9.9"), "{notice}");
    assert!(notice.contains("zzz"), "{notice}");
    assert!(query_all(&app.host, ".is-target").is_empty());
    assert_eq!(query_all(&app.host, "[data-testid=paragraph]").len(), 85);
    query(&app.host, ".notice__dismiss").click();
    settle().await;
    assert!(query_all(&app.host, "[data-testid=notice]").is_empty());
    go_to("").await;
}

#[wasm_bindgen_test]
async fn search_box_lists_hits_for_typed_text() {
    let app = mount_app("").await;
    let input: web_sys::HtmlInputElement =
        query(&app.host, "[data-testid=search-input]").unchecked_into();
    input.set_value("PM2.5");
    input
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
    let hits = query_all(&app.host, "[data-testid=search-panel] [role=option]");
    assert!(!hits.is_empty());
    for hit in &hits {
        let mark = hit
            .query_selector("mark")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap();
        assert_eq!(mark.replace(' ', "").to_lowercase(), "pm2.5");
    }
    assert_eq!(
        text(&app.host, "[data-testid=search-status]"),
        format!("{} 段", hits.len())
    );
}

/// Presses `/` on the page, as a reader does outside any field.
fn press_slash() {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("/");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    document().body().unwrap().dispatch_event(&event).unwrap();
}

fn focused() -> Option<web_sys::Element> {
    document().active_element()
}

#[wasm_bindgen_test]
async fn slash_focuses_the_search_box_on_screen() {
    // A prerendered copy, as index.html has while the app boots behind it.
    let copy = document().create_element("div").unwrap();
    copy.set_id("prerendered");
    copy.set_inner_html(r#"<input class="search__input" type="search">"#);
    document().body().unwrap().append_child(&copy).unwrap();
    let app = mount_app("").await;
    let copy_input = copy.query_selector("input").unwrap().unwrap();
    let app_input = query(&app.host, "[data-testid=search-input]");

    press_slash();
    assert!(focused().is_some_and(|f| f.is_same_node(Some(&copy_input))));

    // Once the copy is gone, the app's own box takes the focus.
    copy.remove();
    press_slash();
    assert!(focused().is_some_and(|f| f.is_same_node(Some(&app_input))));
}

#[wasm_bindgen_test]
async fn figures_are_buttons_that_open_their_indicator() {
    let app = mount_app("").await;
    let figures = query_all(&app.host, "#p-1\\.3\\.3 .figure");
    let texts: Vec<String> = figures.iter().map(|f| f.text_content().unwrap()).collect();
    assert!(texts.contains(&"97.49元/吨".to_owned()), "{texts:?}");
    let price = figures
        .iter()
        .find(|f| f.text_content().unwrap() == "97.49元/吨")
        .unwrap();
    assert_eq!(
        price.get_attribute("data-indicator").as_deref(),
        Some("carbon_market_price")
    );
    price.click();
    settle().await;
    assert_eq!(text(&app.host, "[data-testid=figure-value]"), "97.49元/吨");
    assert_eq!(
        price.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
}

/// Pixels of a canvas that differ from its top-left pixel (the background).
fn inked(canvas: &web_sys::HtmlCanvasElement) -> usize {
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let data = context
        .get_image_data(
            0.0,
            0.0,
            f64::from(canvas.width()),
            f64::from(canvas.height()),
        )
        .unwrap()
        .data();
    data.chunks(4).filter(|px| px[..3] != data[..3]).count()
}

#[wasm_bindgen_test]
async fn charts_draw_non_blank_pixels_at_dpr_1_and_2() {
    use plotters::prelude::IntoDrawingArea;
    use report_core::charts::{assemble, layout, layout::preferred_height};
    use report_explorer::charts::{draw, ChartTheme};
    let indicators = data::full_indicators();
    for spec in report_explorer::data::full_chart_specs() {
        let data = assemble(spec, indicators).unwrap();
        let height = preferred_height(data.rows.len());
        let chart_layout = layout(&data, 480.0, height, 160.0);
        let mut counts = Vec::new();
        for scale in [1.0, 2.0] {
            let canvas: web_sys::HtmlCanvasElement = document()
                .create_element("canvas")
                .unwrap()
                .unchecked_into();
            canvas.set_width((480.0 * scale) as u32);
            canvas.set_height((height * scale) as u32);
            let root = plotters_canvas::CanvasBackend::with_canvas_object(canvas.clone())
                .unwrap()
                .into_drawing_area();
            draw(
                &root,
                &data,
                &chart_layout,
                &ChartTheme::LIGHT,
                report_explorer::i18n::Lang::Zh,
                scale,
                None,
                &[],
            )
            .unwrap();
            root.present().unwrap();
            counts.push(inked(&canvas));
        }
        assert!(
            counts[0] > 300,
            "{} drew {} pixels at DPR 1",
            spec.id,
            counts[0]
        );
        // Twice the resolution, about four times the ink.
        assert!(counts[1] > counts[0] * 2, "{}: {counts:?}", spec.id);
    }
}

#[wasm_bindgen_test]
async fn the_gallery_mounts_every_chart() {
    let app = mount_app("view=charts").await;
    settle().await;
    let canvases = query_all(&app.host, "[data-testid=chart-canvas]");
    assert_eq!(
        canvases.len(),
        report_explorer::data::bundled_chart_specs().len()
    );
    go_to("").await;
}
