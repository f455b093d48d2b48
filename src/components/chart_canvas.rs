//! A chart on a canvas: sized to its container times the device pixel ratio
//! (plotters-canvas draws in canvas pixels and leaves the ratio to its
//! caller, plotters issue #164), redrawn on resize,
//! theme or language change, with tooltips found by hit-testing the layout
//! for pointer, touch and keyboard.

use leptos::html::{Canvas, Div};
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_canvas::CanvasBackend;
use report_core::charts::{layout, layout::preferred_height, ChartData, Layout};
use report_core::decimal::format_decimal;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{use_dark, use_lang};
use crate::boot::{after_reveal, now_or_after_boot};
use crate::charts::{css_px, draw, row_label_lines, text_style, ChartTheme};
use crate::data::{measured, CHART_MEASURE};
use crate::dom::{download_blob, page_url_without_fragment};
use crate::i18n::Lang;
use crate::observers::{drop_on_cleanup, watch_resizes};
use crate::url::{navigate, use_url_state, Target};

/// The PNG's legend: a swatch and the label of each series, then, if the
/// chart has derived values, a hollow swatch saying what it means.
fn draw_png_legend<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::prelude::DrawingArea<DB, plotters::coord::Shift>,
    data: &ChartData,
    theme: &ChartTheme,
    lang: Lang,
    scale: f64,
) -> Result<(), plotters::drawing::DrawingAreaErrorKind<DB::ErrorType>> {
    use plotters::prelude::{Color, Rectangle, Text};
    const FONT: f64 = 12.0;
    const SWATCH: f64 = 11.0;
    let px = |value: f64| (value * scale).round() as i32;
    let middle = 14.0;
    let mut x = 16.0;
    let mut item = |label: &str, hollow: bool, color: plotters::style::RGBColor| {
        let corners = [
            (px(x), px(middle - SWATCH / 2.0)),
            (px(x + SWATCH), px(middle + SWATCH / 2.0)),
        ];
        let swatch = if hollow {
            Rectangle::new(corners, color.stroke_width(px(1.5).max(1) as u32))
        } else {
            Rectangle::new(corners, color.filled())
        };
        let drawn = area.draw(&swatch).and_then(|()| {
            area.draw(&Text::new(
                label.to_owned(),
                (px(x + SWATCH + 5.0), px(middle)),
                text_style(FONT * scale, theme.text, HPos::Left, VPos::Center),
            ))
        });
        x += SWATCH + 5.0 + label_width_estimate(label, FONT) + 18.0;
        drawn
    };
    for (index, series) in data.series.iter().enumerate() {
        let label = if lang == Lang::Zh {
            &series[0]
        } else {
            &series[1]
        };
        item(label, false, theme.series[index.min(1)])?;
    }
    if data.points.iter().flatten().any(|point| point.derived) {
        item(lang.view_strings().derived_legend, true, theme.muted)?;
    }
    Ok(())
}

/// About how wide `label` is at `size` pixels: a CJK character is as wide
/// as the size, a Latin one about half.
fn label_width_estimate(label: &str, size: f64) -> f64 {
    label
        .chars()
        .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
        .sum::<f64>()
        * size
}

/// Width of the row labels for a chart `width` pixels wide.
fn label_width(width: f64) -> f64 {
    (width * 0.38).clamp(90.0, 230.0)
}

/// The interactive canvas of one chart.
#[component]
pub fn ChartCanvas(
    /// The chart's data.
    data: &'static ChartData,
    /// The text alternative: one sentence of the key comparison.
    summary: Memo<String>,
    /// Series the legend has switched off.
    hidden: RwSignal<Vec<bool>>,
) -> impl IntoView {
    let lang = use_lang();
    let dark = use_dark();
    let url = use_url_state().0;
    let container = NodeRef::<Div>::new();
    let canvas = NodeRef::<Canvas>::new();
    let width = RwSignal::new(0.0f64);
    let focused = RwSignal::new(None::<usize>);
    let hovered = RwSignal::new(None::<usize>);
    // A touch has no hover: the first tap on a point shows its tooltip, a
    // second tap on it (or the tooltip's link) opens its source.
    let tapped = RwSignal::new(None::<usize>);
    let last_pointer_was_touch = StoredValue::new(false);
    let current_layout = RwSignal::new(None::<Layout>);
    let height = preferred_height(data.rows.len());
    watch_width(container, width);

    Effect::new(move |_| {
        let w = width.get();
        let active = hovered.get().or(tapped.get()).or(focused.get());
        let (lang, dark) = (lang.get(), dark.get());
        let hidden = hidden.get();
        let Some(canvas) = canvas.get() else { return };
        if w <= 0.0 {
            return;
        }
        // The box now, so that nothing moves when the drawing lands.
        // CSSOM, not a style attribute: the strict CSP allows it.
        let style = web_sys::HtmlElement::style(&canvas);
        let _ = style.set_property("width", &css_px(w));
        let _ = style.set_property("height", &css_px(height));
        // At boot, every chart on the page would draw in one task.
        now_or_after_boot(move || {
            let dpr = window().device_pixel_ratio().max(1.0);
            canvas.set_width((w * dpr).round() as u32);
            canvas.set_height((height * dpr).round() as u32);
            let element: web_sys::HtmlCanvasElement = canvas.clone();
            let chart_layout = layout(data, w, height, label_width(w));
            measured(&format!("{CHART_MEASURE}:{}", data.id), || {
                if let Some(backend) = CanvasBackend::with_canvas_object(element) {
                    let root = backend.into_drawing_area();
                    let _ = draw(
                        &root,
                        data,
                        &chart_layout,
                        &ChartTheme::for_dark(dark),
                        lang,
                        dpr,
                        active,
                        &hidden,
                    );
                    let _ = root.present();
                }
            });
            current_layout.try_set(Some(chart_layout));
        });
    });

    // The point under the pointer, unless the legend has hidden its series.
    let mark_at = move |event: &web_sys::MouseEvent| {
        current_layout.with_untracked(|l| {
            let l = l.as_ref()?;
            let found = l.mark_at(f64::from(event.offset_x()), f64::from(event.offset_y()))?;
            let series = l.marks[found].series;
            (!hidden.with_untracked(|h| h.get(series).copied().unwrap_or(false))).then_some(found)
        })
    };
    let open_source = move |index: usize| {
        if let Some(mark) =
            current_layout.with_untracked(|l| l.as_ref().and_then(|l| l.marks.get(index).cloned()))
        {
            let paragraph = data.points[mark.series][mark.row].paragraph;
            let source = url
                .get_untracked()
                .with_target(Some(Target::Paragraph(paragraph)));
            // In an embed the source opens in the full report, in a new tab,
            // as the embed's links do, not in place of the embed.
            if url.with_untracked(|f| f.embed.is_some()) {
                let full_report = format!("{}#{}", page_url_without_fragment(), source.to_hash());
                let _ = window().open_with_url_and_target_and_features(
                    &full_report,
                    "_blank",
                    "noopener",
                );
            } else {
                navigate(&source);
            }
        }
    };
    // Keyboard focus moves among the marks the legend leaves shown.
    let step_shown = move |from: usize, key: &str| {
        current_layout
            .with_untracked(|l| l.as_ref()?.step_shown(from, key, &hidden.get_untracked()))
    };
    // A series the legend hides takes keyboard focus, and a tapped
    // tooltip, off its marks.
    Effect::new(move |_| {
        hidden.track();
        if let Some(index) = focused.get_untracked() {
            focused.set(step_shown(index, ""));
        }
        let is_hidden = |index: usize| {
            current_layout.with_untracked(|l| {
                let series = l
                    .as_ref()
                    .and_then(|l| l.marks.get(index))
                    .map(|m| m.series);
                hidden.with_untracked(|h| series.and_then(|s| h.get(s).copied()).unwrap_or(false))
            })
        };
        if tapped.get_untracked().is_some_and(is_hidden) {
            tapped.set(None);
        }
    });
    let source_href = move |paragraph| {
        url.with_untracked(|f| {
            format!(
                "#{}",
                f.with_target(Some(Target::Paragraph(paragraph))).to_hash()
            )
        })
    };
    let on_key = move |event: web_sys::KeyboardEvent| {
        let key = event.key();
        match key.as_str() {
            "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight" | "Home" | "End" => {
                event.prevent_default();
                focused.set(step_shown(focused.get_untracked().unwrap_or(0), &key));
            }
            "Enter" | " " => {
                event.prevent_default();
                if let Some(index) = focused.get_untracked() {
                    open_source(index);
                }
            }
            "Escape" => focused.set(None),
            _ => {}
        }
    };

    let tooltip = move || {
        let index = hovered.get().or(tapped.get()).or(focused.get())?;
        let mark = current_layout.with(|l| l.as_ref().and_then(|l| l.marks.get(index).cloned()))?;
        let point = &data.points[mark.series][mark.row];
        let lang = lang.get();
        let pick = |pair: &[String; 2]| {
            if lang == Lang::Zh {
                pair[0].clone()
            } else {
                pair[1].clone()
            }
        };
        let (x, _) = mark.center();
        let left = css_px(x.round());
        let top = css_px((mark.y - 8.0).round());
        Some(view! {
            <div class="chart-tooltip" role="status" data-testid="chart-tooltip" style:left=left style:top=top>
                <span class="chart-tooltip__row">{pick(&data.rows[mark.row])}" · "{pick(&data.series[mark.series])}</span>
                <strong class="chart-tooltip__value" data-testid="chart-tooltip-value">
                    {if lang == Lang::Zh { point.text.clone() } else { point.text_en.clone() }}
                </strong>
                {point.derived.then(|| view! { <span class="derived-badge">{lang.strings().derived}</span> })}
                <a class="chart-tooltip__source" href=source_href(point.paragraph) tabindex="-1">"§"{point.paragraph.to_string()}</a>
            </div>
        })
    };
    let centers = move || {
        current_layout.with(|l| {
            l.as_ref()
                .map(|l| {
                    l.marks
                        .iter()
                        .map(|m| {
                            let (x, y) = m.center();
                            format!("{},{}", format_decimal(x, 0), format_decimal(y, 0))
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default()
        })
    };

    // The row labels as drawn (one line or two each), for tests: a canvas
    // holds no text to read back.
    let row_labels = move || {
        // Read with `try_`: the language and theme outlive the chart, and
        // may change while it is being taken down.
        let (Some(lang), Some(dark)) = (lang.try_get(), dark.try_get()) else {
            return String::new();
        };
        let theme = ChartTheme::for_dark(dark);
        current_layout
            .try_with(|l| {
                l.as_ref().map(|l| {
                    (0..data.rows.len())
                        .map(|row| row_label_lines(data, l, &theme, lang, row).join(" / "))
                        .collect::<Vec<_>>()
                        .join("\n")
                })
            })
            .flatten()
            .unwrap_or_default()
    };

    view! {
        <div class="chart-canvas" node_ref=container>
            <canvas
                node_ref=canvas
                role="img"
                tabindex="0"
                aria-label=move || summary.get()
                data-testid="chart-canvas"
                data-marks=centers
                data-row-labels=row_labels
                on:pointerdown=move |event: web_sys::PointerEvent| {
                    last_pointer_was_touch.set_value(event.pointer_type() == "touch");
                }
                on:pointermove=move |event: web_sys::PointerEvent| {
                    if event.pointer_type() != "touch" {
                        hovered.set(mark_at(&event));
                    }
                }
                on:pointerleave=move |_| {
                    hovered.try_set(None);
                }
                on:click=move |event| {
                    let index = mark_at(&event);
                    if last_pointer_was_touch.get_value() && index != tapped.get_untracked() {
                        tapped.set(index);
                    } else if let Some(index) = index {
                        open_source(index);
                    }
                }
                on:keydown=on_key
                on:focus=move |_| {
                    if focused.get_untracked().is_none() {
                        focused.set(step_shown(0, ""));
                    }
                }
                // Blur also fires while the canvas is being removed, after
                // its signals are gone.
                on:blur=move |_| {
                    focused.try_set(None);
                }
            ></canvas>
            {tooltip}
        </div>
    }
}

/// Keeps `width` equal to the container's width while it is mounted.
fn watch_width(container: NodeRef<Div>, width: RwSignal<f64>) {
    let Some(watch) = watch_resizes(move |entries: js_sys::Array| {
        if let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() {
            let w = entry.content_rect().width();
            if (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w.floor());
            }
        }
    }) else {
        return;
    };
    let watched = watch.handle();
    Effect::new(move |_| {
        if let Some(element) = container.get() {
            watched.with(|observer| observer.observe(&element));
            // The observer reports the width before the frame that first
            // lays the chart out is painted (at boot, the one that shows the
            // app). Read it once more later, in case it had nothing to report.
            let read = move || {
                if let Some(element) = container.try_get_untracked().flatten() {
                    let w = f64::from(element.client_width());
                    if w > 0.0 && (w - width.get_untracked()).abs() >= 1.0 {
                        width.try_set(w);
                    }
                }
            };
            after_reveal(move || set_timeout(read, std::time::Duration::from_millis(250)));
        }
    });
    drop_on_cleanup(watch);
}

/// Downloads the chart as a PNG at twice its size, drawn on a canvas of its
/// own, readable alone: its title above, then the legend (with what hollow
/// or hatched marks mean, where the chart has derived values) and its
/// source below, in the interface's language.
pub fn download_png(data: &'static ChartData, title: &str, report_title: &str, lang: Lang) {
    const WIDTH: f64 = 800.0;
    const SCALE: f64 = 2.0;
    const TITLE: f64 = 44.0;
    const LEGEND: f64 = 28.0;
    const SOURCE: f64 = 32.0;
    let chart_height = preferred_height(data.rows.len());
    let Some(canvas) = document()
        .create_element("canvas")
        .ok()
        .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok())
    else {
        return;
    };
    canvas.set_width((WIDTH * SCALE) as u32);
    canvas.set_height(((TITLE + chart_height + LEGEND + SOURCE) * SCALE) as u32);
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return;
    };
    let theme = ChartTheme::LIGHT;
    let root = backend.into_drawing_area();
    let _ = root.fill(&theme.background);
    let _ = root.draw(&plotters::element::Text::new(
        title.to_owned(),
        ((16.0 * SCALE) as i32, (TITLE / 2.0 * SCALE) as i32),
        text_style(18.0 * SCALE, theme.text, HPos::Left, VPos::Center),
    ));
    let (_, rest) = root.split_vertically((TITLE * SCALE) as i32);
    let (chart_area, below) = rest.split_vertically((chart_height * SCALE) as i32);
    let (legend_area, footer) = below.split_vertically((LEGEND * SCALE) as i32);
    let chart_layout = layout(data, WIDTH, chart_height, label_width(WIDTH));
    let _ = draw(
        &chart_area,
        data,
        &chart_layout,
        &theme,
        lang,
        SCALE,
        None,
        &[],
    );
    let _ = draw_png_legend(&legend_area, data, &theme, lang, SCALE);
    let mut paragraphs: Vec<String> = data
        .points
        .iter()
        .flatten()
        .map(|p| format!("§{}", p.paragraph))
        .collect();
    paragraphs.dedup();
    let source = match lang {
        Lang::Zh => format!("来源:《{report_title}》 {}", paragraphs.join(" ")),
        Lang::En => format!("Source: “{report_title}” {}", paragraphs.join(" ")),
    };
    let _ = footer.draw(&plotters::element::Text::new(
        source,
        ((16.0 * SCALE) as i32, (SOURCE / 2.0 * SCALE) as i32),
        text_style(12.0 * SCALE, theme.muted, HPos::Left, VPos::Center),
    ));
    let _ = root.present();
    let name = format!("{}.png", data.id);
    // once_into_js frees the closure after the browser calls it.
    let callback = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(blob) = blob {
            download_blob(&name, &blob);
        }
    });
    let _ = canvas.to_blob(callback.unchecked_ref());
}
