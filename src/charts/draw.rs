//! Draws a laid-out chart with plotters primitives. Coordinates come from
//! the layout in CSS pixels and are multiplied by `scale` (the device pixel
//! ratio, or 2 for downloads), so the chart is crisp on any screen.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use report_core::charts::{ChartData, ChartKind, Layout};

use super::ChartTheme;
use crate::i18n::Lang;

/// Label text in `color`, `size` pixels, anchored at (`h`, `v`).
pub fn text_style(size: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle {
        // Built from the family itself: the `("sans-serif", size)` form
        // parses the name with `str::to_lowercase`, which links the standard
        // library's lower-case table for all of Unicode (about 12 KB).
        font: FontDesc::new(FontFamily::SansSerif, size, FontStyle::Normal),
        color: color.to_backend_color(),
        pos: Pos::new(h, v),
    }
}

/// A tick value without trailing zeros: `50`, `0.5`, `12000`.
pub fn format_value(value: f64) -> String {
    report_core::decimal::format_decimal(value, 2)
}

/// How wide `text` is in font sizes: a CJK character one, a Latin one
/// about half.
fn width_units(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
        .sum()
}

/// The lines the row label of `row` is drawn on, in `lang`.
pub fn row_label_lines(
    data: &ChartData,
    layout: &Layout,
    theme: &ChartTheme,
    lang: Lang,
    row: usize,
) -> Vec<String> {
    let max_units = ((layout.plot.0 - 12.0) / theme.font_size).floor().max(2.0);
    let label = &data.rows[row][if lang == Lang::Zh { 0 } else { 1 }];
    label_lines(label, max_units)
}

/// `label` as one line if it fits `max_units` font sizes, else as two:
/// broken at the last space (or, in Chinese, character) that fits, the
/// second line ending in `…` if it is still too long.
pub fn label_lines(label: &str, max_units: f64) -> Vec<String> {
    if width_units(label) <= max_units {
        return vec![label.to_owned()];
    }
    let mut cut = 0;
    let mut used = 0.0;
    let mut last_space = None;
    for (at, c) in label.char_indices() {
        used += if c.is_ascii() { 0.55 } else { 1.0 };
        if used > max_units {
            break;
        }
        if c == ' ' {
            last_space = Some(at);
        }
        cut = at + c.len_utf8();
    }
    let cut = last_space.filter(|&space| space > 0).unwrap_or(cut);
    let (first, rest) = label.split_at(cut);
    let rest = rest.trim_start();
    let second = if width_units(rest) <= max_units {
        rest.to_owned()
    } else {
        let mut out = String::new();
        let mut used = 0.0;
        for c in rest.chars() {
            used += if c.is_ascii() { 0.55 } else { 1.0 };
            if used > max_units - 1.0 {
                break;
            }
            out.push(c);
        }
        out.trim_end().to_owned() + "…"
    };
    vec![first.trim_end().to_owned(), second]
}

fn px(value: f64, scale: f64) -> i32 {
    (value * scale).round() as i32
}

/// Draws `data` as `layout` places it; `focused` rings one mark; series
/// whose `hidden` flag is set are left out.
#[allow(clippy::too_many_arguments)] // One call site per backend; a struct would only rename them.
pub fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    layout: &Layout,
    theme: &ChartTheme,
    lang: Lang,
    scale: f64,
    focused: Option<usize>,
    hidden: &[bool],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let shown = |series: usize| !hidden.get(series).copied().unwrap_or(false);
    let font =
        |size: f64, color: &RGBColor, h: HPos, v: VPos| text_style(size * scale, *color, h, v);
    let (left, top, _, bottom) = layout.plot;
    area.fill(&theme.background)?;

    // Grid and value axis.
    for &(value, x) in &layout.ticks {
        area.draw(&PathElement::new(
            vec![
                (px(x, scale), px(top, scale)),
                (px(x, scale), px(bottom, scale)),
            ],
            theme.grid.stroke_width(px(1.0, scale).max(1) as u32),
        ))?;
        area.draw(&Text::new(
            format_value(value),
            (px(x, scale), px(bottom + 6.0, scale)),
            font(theme.font_size - 2.0, &theme.muted, HPos::Center, VPos::Top),
        ))?;
    }
    // The unit under the row labels, clear of the tick labels.
    let unit = match lang {
        Lang::Zh => data.unit.clone(),
        Lang::En => report_core::english::unit(&data.unit),
    };
    area.draw(&Text::new(
        unit,
        (px(left - 10.0, scale), px(bottom + 6.0, scale)),
        font(theme.font_size - 2.0, &theme.muted, HPos::Right, VPos::Top),
    ))?;

    // Row labels: on one line if they fit the space on the left, else on
    // two (the second shortened if it must be), so that two labels sharing
    // their start still read apart.
    for (row, &(center, _, _)) in layout.rows.iter().enumerate() {
        let lines = row_label_lines(data, layout, theme, lang, row);
        let line_height = theme.font_size * 1.2;
        let first = center - line_height * (lines.len() as f64 - 1.0) / 2.0;
        for (index, line) in lines.into_iter().enumerate() {
            area.draw(&Text::new(
                line,
                (
                    px(left - 10.0, scale),
                    px(first + line_height * index as f64, scale),
                ),
                font(theme.font_size, &theme.text, HPos::Right, VPos::Center),
            ))?;
        }
    }

    // Dumbbells: a line between the two values of each row, under the dots.
    if data.kind == ChartKind::Dumbbell && shown(0) && shown(1) {
        let rows = layout.rows.len();
        for row in 0..rows {
            if let (Some(a), Some(b)) = (layout.marks.get(row), layout.marks.get(rows + row)) {
                let (ax, ay) = a.center();
                let (bx, by) = b.center();
                area.draw(&PathElement::new(
                    vec![
                        (px(ax, scale), px(ay, scale)),
                        (px(bx, scale), px(by, scale)),
                    ],
                    theme.muted.stroke_width(px(2.0, scale).max(1) as u32),
                ))?;
            }
        }
    }

    // A progress row's whole (series 1) is the track its part lies on: drawn
    // first, so that the part shows over it.
    let mut draw_order: Vec<usize> = (0..layout.marks.len()).collect();
    if data.kind == ChartKind::Progress {
        draw_order.sort_by_key(|&index| std::cmp::Reverse(layout.marks[index].series));
    }
    for index in draw_order {
        let mark = &layout.marks[index];
        if !shown(mark.series) {
            continue;
        }
        let point = &data.points[mark.series][mark.row];
        let color = theme.series[mark.series.min(1)];
        let (x0, y0) = (px(mark.x, scale), px(mark.y, scale));
        let (x1, y1) = (
            px(mark.x + mark.width, scale),
            px(mark.y + mark.height, scale),
        );
        match data.kind {
            ChartKind::Dumbbell => {
                let (cx, cy) = mark.center();
                let radius = px(mark.width / 2.0, scale) as u32;
                if point.derived {
                    // Derived values: hollow dots, so they read as computed.
                    area.draw(&Circle::new(
                        (px(cx, scale), px(cy, scale)),
                        radius,
                        theme.background.filled(),
                    ))?;
                    area.draw(&Circle::new(
                        (px(cx, scale), px(cy, scale)),
                        radius,
                        color.stroke_width(px(2.0, scale).max(1) as u32),
                    ))?;
                } else {
                    area.draw(&Circle::new(
                        (px(cx, scale), px(cy, scale)),
                        radius,
                        color.filled(),
                    ))?;
                }
            }
            ChartKind::Bar | ChartKind::Progress => {
                // In the series' own colour, as the legend shows it.
                let fill = color;
                if point.derived {
                    // Derived values: outlined and hatched.
                    area.draw(&Rectangle::new(
                        [(x0, y0), (x1, y1)],
                        theme.background.filled(),
                    ))?;
                    let step = px(5.0, scale).max(2);
                    let mut x = x0;
                    while x < x1 {
                        area.draw(&PathElement::new(
                            vec![(x, y0), (x, y1)],
                            fill.stroke_width(1),
                        ))?;
                        x += step;
                    }
                    area.draw(&Rectangle::new(
                        [(x0, y0), (x1, y1)],
                        fill.stroke_width(px(2.0, scale).max(1) as u32),
                    ))?;
                } else {
                    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], fill.filled()))?;
                }
            }
        }
        if focused == Some(index) {
            let pad = 3.0;
            area.draw(&Rectangle::new(
                [
                    (px(mark.x - pad, scale), px(mark.y - pad, scale)),
                    (
                        px(mark.x + mark.width + pad, scale),
                        px(mark.y + mark.height + pad, scale),
                    ),
                ],
                theme.text.stroke_width(px(2.0, scale).max(1) as u32),
            ))?;
        }
    }

    // Value labels: after each bar; beside each dot, outward, so the two
    // values of a row never overlap; a progress row's part inside its end,
    // on its own colour, where the whole's label (after the track) is not.
    for mark in &layout.marks {
        let point = &data.points[mark.series][mark.row];
        if !shown(mark.series) {
            continue;
        }
        let part_label_inside = data.kind == ChartKind::Progress
            && mark.series == 0
            && shown(1)
            && mark.width >= PART_LABEL_ROOM;
        let label_color = if part_label_inside {
            &theme.background
        } else {
            &theme.text
        };
        let (position, anchor) = match data.kind {
            ChartKind::Progress if part_label_inside => (
                (mark.x + mark.width - 6.0, mark.center().1),
                (HPos::Right, VPos::Center),
            ),
            ChartKind::Dumbbell => {
                let other = &data.points[1 - mark.series.min(1)][mark.row];
                let lower =
                    point.value < other.value || (point.value == other.value && mark.series == 0);
                let (cx, cy) = mark.center();
                // Near the axis start there is no room on the left: go above.
                if lower && cx - mark.width - 28.0 < left {
                    ((cx, mark.y - 2.0), (HPos::Center, VPos::Bottom))
                } else if lower {
                    (
                        (cx - mark.width / 2.0 - 4.0, cy),
                        (HPos::Right, VPos::Center),
                    )
                } else {
                    (
                        (cx + mark.width / 2.0 + 4.0, cy),
                        (HPos::Left, VPos::Center),
                    )
                }
            }
            _ => (
                (mark.x + mark.width + 6.0, mark.center().1),
                (HPos::Left, VPos::Center),
            ),
        };
        area.draw(&Text::new(
            format_value(point.value),
            (px(position.0, scale), px(position.1, scale)),
            font(theme.font_size - 1.0, label_color, anchor.0, anchor.1),
        ))?;
    }
    Ok(())
}

/// The narrowest progress part, in CSS pixels, whose value label fits
/// inside it; a narrower part is labelled after its end.
const PART_LABEL_ROOM: f64 = 48.0;

#[cfg(test)]
#[allow(clippy::unwrap_used)] // A failed unwrap is a failed test.
mod tests {
    use super::*;

    use report_core::charts::{assemble, layout, layout::preferred_height};

    /// Every bundled chart, drawn to SVG at 640 pixels wide: its data and
    /// the drawing.
    fn charts_as_svg(theme: &ChartTheme, lang: Lang) -> Vec<(String, ChartData, String)> {
        let indicators = crate::data::full_indicators();
        crate::data::full_chart_specs()
            .iter()
            .map(|spec| {
                let data = assemble(spec, indicators).unwrap();
                let height = preferred_height(data.rows.len());
                let chart_layout = layout(&data, 640.0, height, 200.0);
                let mut svg = String::new();
                {
                    let root =
                        plotters::backend::SVGBackend::with_string(&mut svg, (640, height as u32))
                            .into_drawing_area();
                    draw(&root, &data, &chart_layout, theme, lang, 1.0, None, &[]).unwrap();
                    root.present().unwrap();
                }
                (spec.id.clone(), data, svg)
            })
            .collect()
    }

    /// Every bundled chart drawn to SVG, compared with the committed
    /// snapshot in tests/snapshots/ (`UPDATE_SNAPSHOTS=1` rewrites them;
    /// review the diff).
    #[test]
    fn charts_match_their_svg_snapshots() {
        let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
        for (id, data, svg) in charts_as_svg(&ChartTheme::LIGHT, Lang::Zh) {
            // One shape per point, whatever the kind.
            let shapes = svg.matches("<circle").count() + svg.matches("<rect").count();
            assert!(
                shapes > data.points.iter().map(Vec::len).sum::<usize>(),
                "{}",
                id
            );
            let path = dir.join(format!("{}.svg", id));
            if update {
                std::fs::write(&path, &svg).unwrap();
            } else {
                let expected = std::fs::read_to_string(&path)
                    .unwrap_or_else(|_| panic!("missing snapshot {}", path.display()));
                assert!(
                    expected == svg,
                    "{} differs from its snapshot; rerun with UPDATE_SNAPSHOTS=1 and review",
                    id
                );
            }
        }
    }

    /// A filled rectangle or circle of an SVG drawing, in drawing order:
    /// its bounding box and fill colour.
    struct Shape {
        box_: (f64, f64, f64, f64),
        fill: String,
    }

    fn attribute(element: &str, name: &str) -> Option<String> {
        let start = element.find(&format!(" {name}=\""))? + name.len() + 3;
        let end = element[start..].find('"')? + start;
        Some(element[start..end].to_owned())
    }

    fn filled_shapes(svg: &str) -> Vec<Shape> {
        let number = |element: &str, name: &str| {
            attribute(element, name)
                .and_then(|value| value.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        svg.split('<')
            .filter_map(|element| {
                let fill = attribute(element, "fill").filter(|fill| fill != "none")?;
                let box_ = if element.starts_with("rect ") {
                    let (x, y) = (number(element, "x"), number(element, "y"));
                    (
                        x,
                        y,
                        x + number(element, "width"),
                        y + number(element, "height"),
                    )
                } else if element.starts_with("circle ") {
                    let (x, y, r) = (
                        number(element, "cx"),
                        number(element, "cy"),
                        number(element, "r"),
                    );
                    (x - r, y - r, x + r, y + r)
                } else {
                    return None;
                };
                Some(Shape { box_, fill })
            })
            .collect()
    }

    fn hex(color: RGBColor) -> String {
        format!("#{:02X}{:02X}{:02X}", color.0, color.1, color.2)
    }

    /// The chart audit: in every chart, drawn in both themes, no mark is
    /// hidden under a shape drawn after it, and each series is drawn in the
    /// colour its legend swatch shows (style/charts.css).
    #[test]
    fn every_chart_shows_every_mark_in_its_legend_colour() {
        let css = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("style/charts.css"),
        )
        .unwrap()
        .to_ascii_uppercase();
        // The dark colours serve both a forced and the system's dark scheme.
        for (theme, swatch_rules) in [
            (ChartTheme::LIGHT, &[".CHART-LEGEND__SWATCH--{} {\n  "][..]),
            (
                ChartTheme::DARK,
                &[
                    ":ROOT[DATA-THEME=\"DARK\"] .CHART-LEGEND__SWATCH--{} {\n  ",
                    ":ROOT:NOT([DATA-THEME=\"LIGHT\"]) .CHART-LEGEND__SWATCH--{} {\n    ",
                ][..],
            ),
        ] {
            for (series, color) in theme.series.iter().enumerate() {
                for rule in swatch_rules {
                    let rule = rule.replace("{}", &series.to_string());
                    let declared = format!("{rule}BACKGROUND: {};", hex(*color));
                    assert!(css.contains(&declared), "{rule}is not {}", hex(*color));
                }
            }
            for (id, data, svg) in charts_as_svg(&theme, Lang::En) {
                let shapes = filled_shapes(&svg);
                let series_colors: Vec<String> = theme.series.iter().map(|c| hex(*c)).collect();
                for (index, shape) in shapes.iter().enumerate() {
                    if !series_colors.contains(&shape.fill) {
                        continue;
                    }
                    let (x0, y0, x1, y1) = shape.box_;
                    let hidden = shapes[index + 1..].iter().any(|later| {
                        let (a0, b0, a1, b1) = later.box_;
                        a0 <= x0 && b0 <= y0 && a1 >= x1 && b1 >= y1
                    });
                    assert!(!hidden, "{}: a mark is drawn over by a later shape", id);
                }
                for (series, points) in data.points.iter().enumerate() {
                    let color = &series_colors[series.min(1)];
                    let drawn = svg.contains(&format!("fill=\"{color}\""))
                        || svg.contains(&format!("stroke=\"{color}\""));
                    assert!(
                        drawn || points.is_empty(),
                        "{}: series {series} is not drawn in its legend colour {color}",
                        id
                    );
                }
            }
        }
    }

    #[test]
    fn long_row_labels_break_into_two_lines_that_stay_apart() {
        assert_eq!(label_lines("全国", 8.0), vec!["全国"]);
        let national = label_lines("Good-air days, national", 8.0);
        let beijing = label_lines("Good-air days, Beijing", 8.0);
        assert_eq!(national, vec!["Good-air", "days, national"]);
        assert_eq!(beijing.len(), 2);
        assert_ne!(national, beijing);
        let long = label_lines("Central funds for pollution control, 2023 (derived)", 8.0);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'));
    }

    #[test]
    fn formats_tick_values() {
        assert_eq!(format_value(50.0), "50");
        assert_eq!(format_value(0.5), "0.5");
        assert_eq!(format_value(8.93), "8.93");
        assert_eq!(format_value(12000.0), "12000");
    }
}
