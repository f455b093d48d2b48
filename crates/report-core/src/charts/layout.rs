//! Layout of a chart: horizontal rows (labels left, values right), a value
//! axis with round ticks, and one box per data point, which the app both
//! draws and hit-tests for tooltips.

use super::{ChartData, ChartKind};
use serde::Serialize;

/// One data point's box in pixels, and what it shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub series: usize,
    pub row: usize,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Mark {
    /// The centre, where a tooltip points.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.width / 2.0, self.y + self.height / 2.0)
    }

    fn contains(&self, x: f64, y: f64, slack: f64) -> bool {
        x >= self.x - slack
            && x <= self.x + self.width + slack
            && y >= self.y - slack
            && y <= self.y + self.height + slack
    }
}

/// Where everything of a chart goes, in CSS pixels.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    /// The plotting area: left, top, right, bottom.
    pub plot: (f64, f64, f64, f64),
    /// Value-axis ticks: value and x position.
    pub ticks: Vec<(f64, f64)>,
    /// Row bands: label baseline y and the band's top and bottom.
    pub rows: Vec<(f64, f64, f64)>,
    /// Data points, series by series, row by row.
    pub marks: Vec<Mark>,
    /// Where a value of zero sits.
    pub zero_x: f64,
    /// Value per pixel, for drawing lines between points.
    pub axis_max: f64,
}

/// Heights that keep rows legible.
pub const ROW_HEIGHT: f64 = 44.0;
const AXIS_HEIGHT: f64 = 28.0;
const TOP: f64 = 8.0;
const DOT: f64 = 12.0;

/// The height a chart of `rows` rows needs.
pub fn preferred_height(rows: usize) -> f64 {
    TOP + rows as f64 * ROW_HEIGHT + AXIS_HEIGHT
}

/// Round tick step: 1, 2 or 5 times a power of ten, about `count` ticks to `max`.
pub fn nice_step(max: f64, count: usize) -> f64 {
    if max <= 0.0 || !max.is_finite() {
        return 1.0;
    }
    let raw = max / count.max(1) as f64;
    let power = 10f64.powf(raw.log10().floor());
    let fraction = raw / power;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// Lays out `data` in a `width` × `height` box; `label_width` is the space
/// the row labels take on the left.
pub fn layout(data: &ChartData, width: f64, height: f64, label_width: f64) -> Layout {
    let rows = data.rows.len().max(1);
    let left = label_width.min(width * 0.45);
    let right = width - 16.0 - 56.0; // room for value labels after bars
    let bottom = height - AXIS_HEIGHT;
    let band = ((bottom - TOP) / rows as f64).max(1.0);
    let percent = data.unit == "%";
    let max = if percent { 100.0 } else { data.max_value() };
    let step = nice_step(max, 4);
    let axis_max = if percent {
        100.0
    } else {
        (max / step).ceil() * step
    };
    let x_of = |value: f64| left + (value / axis_max).clamp(0.0, 1.0) * (right - left).max(1.0);

    let ticks = (0..)
        .map(|i| i as f64 * step)
        .take_while(|v| *v <= axis_max + step * 1e-9)
        .map(|v| (v, x_of(v)))
        .collect();
    let row_bands: Vec<(f64, f64, f64)> = (0..data.rows.len())
        .map(|r| {
            let top = TOP + r as f64 * band;
            (top + band / 2.0, top, top + band)
        })
        .collect();

    let mut marks = Vec::new();
    for (series, points) in data.points.iter().enumerate() {
        for (row, point) in points.iter().enumerate() {
            let (center, top, bottom) = row_bands[row];
            let thickness = (band * 0.5).min(24.0);
            let mark = match data.kind {
                ChartKind::Bar => Mark {
                    series,
                    row,
                    x: left,
                    y: center - thickness / 2.0,
                    width: x_of(point.value) - left,
                    height: thickness,
                },
                ChartKind::Dumbbell => Mark {
                    series,
                    row,
                    x: x_of(point.value) - DOT / 2.0,
                    y: center - DOT / 2.0,
                    width: DOT,
                    height: DOT,
                },
                ChartKind::Progress => {
                    // The whole (series 1) is the full track, the part over it.
                    let inset = if series == 0 { thickness * 0.2 } else { 0.0 };
                    Mark {
                        series,
                        row,
                        x: left,
                        y: center - thickness / 2.0 + inset,
                        width: x_of(point.value) - left,
                        height: thickness - 2.0 * inset,
                    }
                }
            };
            debug_assert!(mark.y >= top && mark.y + mark.height <= bottom + 0.5);
            marks.push(mark);
        }
    }
    Layout {
        width,
        height,
        plot: (left, TOP, right, bottom),
        ticks,
        rows: row_bands,
        marks,
        zero_x: left,
        axis_max,
    }
}

impl Layout {
    /// The mark under a point, if any: the nearest whose box (with a few
    /// pixels of slack for fingers) contains it.
    pub fn mark_at(&self, x: f64, y: f64) -> Option<usize> {
        self.marks
            .iter()
            .enumerate()
            .filter(|(_, m)| m.contains(x, y, 6.0))
            .min_by(|(_, a), (_, b)| {
                let d = |m: &Mark| {
                    let (cx, cy) = m.center();
                    (cx - x).powi(2) + (cy - y).powi(2)
                };
                d(a).total_cmp(&d(b))
            })
            .map(|(i, _)| i)
    }

    /// The next mark for arrow keys: left/right move within a row across
    /// series, up/down move between rows, wrapping around.
    pub fn step(&self, from: usize, key: &str) -> usize {
        let count = self.marks.len();
        if count == 0 {
            return 0;
        }
        let rows = self.rows.len().max(1);
        let series_count = count / rows;
        let (series, row) = (from / rows, from % rows);
        let (series, row) = match key {
            "ArrowDown" => (series, (row + 1) % rows),
            "ArrowUp" => (series, (row + rows - 1) % rows),
            "ArrowRight" => ((series + 1) % series_count.max(1), row),
            "ArrowLeft" => (
                (series + series_count.max(1) - 1) % series_count.max(1),
                row,
            ),
            "Home" => (0, 0),
            "End" => (series_count.saturating_sub(1), rows - 1),
            _ => (series, row),
        };
        (series * rows + row).min(count - 1)
    }

    /// [`Layout::step`] among the marks of the series `hidden` leaves
    /// shown: a step that lands on a hidden series goes on across series
    /// (leftward for `ArrowLeft` and `End`, else rightward) to a shown one.
    /// `None` when every series is hidden. An unknown key (`""`) gives the
    /// nearest shown mark from `from`, itself if it is shown.
    pub fn step_shown(&self, from: usize, key: &str, hidden: &[bool]) -> Option<usize> {
        let shown = |index: usize| {
            let series = self.marks.get(index).map_or(0, |mark| mark.series);
            !hidden.get(series).copied().unwrap_or(false)
        };
        let count = self.marks.len();
        if !(0..count).any(shown) {
            return None;
        }
        let across = if matches!(key, "ArrowLeft" | "End") {
            "ArrowLeft"
        } else {
            "ArrowRight"
        };
        let mut at = self.step(from, key);
        for _ in 0..count {
            if shown(at) {
                return Some(at);
            }
            at = self.step(at, across);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::Point;

    fn data(kind: ChartKind, values: &[&[f64]], unit: &str) -> ChartData {
        let rows = values[0].len();
        ChartData {
            id: "t".into(),
            kind,
            unit: unit.into(),
            rows: (0..rows)
                .map(|r| [format!("行{r}"), format!("row {r}")])
                .collect(),
            series: values
                .iter()
                .map(|_| ["甲".to_owned(), "a".to_owned()])
                .collect(),
            points: values
                .iter()
                .map(|series| {
                    series
                        .iter()
                        .map(|&value| Point {
                            value,
                            text: value.to_string(),
                            text_en: value.to_string(),
                            indicator: "x".into(),
                            derived: false,
                            paragraph: "1.2.2".parse().unwrap(),
                        })
                        .collect()
                })
                .collect(),
        }
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(100.0, 4), 50.0);
        assert_eq!(nice_step(9180.0, 4), 5000.0);
        assert_eq!(nice_step(8.93, 4), 5.0);
        assert_eq!(nice_step(0.0, 4), 1.0);
    }

    #[test]
    fn bars_are_proportional_and_inside_the_plot() {
        let chart = data(ChartKind::Bar, &[&[8.93, 0.84, 3.4]], "亿吨");
        let l = layout(&chart, 600.0, preferred_height(3), 160.0);
        assert_eq!(l.marks.len(), 3);
        let ratio = l.marks[2].width / l.marks[0].width;
        assert!((ratio - 3.4 / 8.93).abs() < 1e-9);
        for m in &l.marks {
            assert!(m.x >= l.plot.0 && m.x + m.width <= l.plot.2 + 1e-9);
        }
        assert_eq!(l.ticks.first().map(|t| t.0), Some(0.0));
        assert_eq!(l.axis_max, 10.0);
    }

    #[test]
    fn percentages_use_a_full_axis() {
        let chart = data(ChartKind::Bar, &[&[90.4, 83.7]], "%");
        let l = layout(&chart, 500.0, preferred_height(2), 120.0);
        assert_eq!(l.axis_max, 100.0);
        assert_eq!(l.ticks.len(), 3);
    }

    #[test]
    fn hit_testing_finds_the_point_under_the_pointer() {
        let chart = data(
            ChartKind::Dumbbell,
            &[&[30.1, 32.5], &[29.3, 30.5]],
            "微克/立方米",
        );
        let l = layout(&chart, 640.0, preferred_height(2), 140.0);
        for (i, mark) in l.marks.iter().enumerate() {
            let (x, y) = mark.center();
            assert_eq!(l.mark_at(x, y), Some(i));
        }
        assert_eq!(l.mark_at(1.0, 1.0), None);
    }

    #[test]
    fn arrow_keys_walk_rows_and_series() {
        let chart = data(
            ChartKind::Dumbbell,
            &[&[1.0, 2.0, 3.0], &[1.5, 2.5, 3.5]],
            "%",
        );
        let l = layout(&chart, 640.0, preferred_height(3), 140.0);
        assert_eq!(l.step(0, "ArrowDown"), 1);
        assert_eq!(l.step(2, "ArrowDown"), 0);
        assert_eq!(l.step(0, "ArrowUp"), 2);
        assert_eq!(l.step(1, "ArrowRight"), 4);
        assert_eq!(l.step(4, "ArrowRight"), 1);
        assert_eq!(l.step(4, "End"), 5);
        assert_eq!(l.step(4, "Home"), 0);
    }

    #[test]
    fn arrow_keys_skip_the_series_the_legend_hides() {
        let chart = data(
            ChartKind::Dumbbell,
            &[&[1.0, 2.0, 3.0], &[1.5, 2.5, 3.5]],
            "%",
        );
        let l = layout(&chart, 640.0, preferred_height(3), 140.0);
        let first_hidden = [true, false];
        // Within the shown series rows still walk; across series there is
        // only the shown one.
        assert_eq!(l.step_shown(3, "ArrowDown", &first_hidden), Some(4));
        assert_eq!(l.step_shown(4, "ArrowRight", &first_hidden), Some(4));
        assert_eq!(l.step_shown(4, "ArrowLeft", &first_hidden), Some(4));
        assert_eq!(l.step_shown(4, "Home", &first_hidden), Some(3));
        // From a mark of the hidden series, the nearest shown one.
        assert_eq!(l.step_shown(1, "", &first_hidden), Some(4));
        assert_eq!(l.step_shown(1, "ArrowDown", &first_hidden), Some(5));
        let second_hidden = [false, true];
        assert_eq!(l.step_shown(2, "End", &second_hidden), Some(2));
        assert_eq!(l.step_shown(0, "", &second_hidden), Some(0));
        assert_eq!(l.step_shown(0, "ArrowDown", &[true, true]), None);
    }
}
