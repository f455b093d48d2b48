//! Charts of the report's figures: specs from `data/charts.toml`, validated
//! against the indicators, assembled into plain data and laid out for drawing
//! and hit-testing. Nothing here draws: the app renders a [`layout::Layout`].

pub mod layout;
#[cfg(feature = "catalog-toml")]
mod toml_charts;
mod units;

pub use layout::{layout, Layout, Mark};
#[cfg(feature = "catalog-toml")]
pub use toml_charts::parse_charts;
pub use units::{convert, split_unit};

use crate::citation::CitationId;
use crate::diagnostic::Diagnostic;
use crate::indicators::Indicator;
use crate::model::Report;
use serde::{Deserialize, Serialize};

/// How a chart shows its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChartKind {
    /// One value per row.
    Bar,
    /// Two values per row (before, after), joined by a line.
    Dumbbell,
    /// A part of a whole per row.
    Progress,
}

impl ChartKind {
    fn series_count(self) -> usize {
        match self {
            ChartKind::Bar => 1,
            ChartKind::Dumbbell | ChartKind::Progress => 2,
        }
    }
}

/// One series of a chart spec: indicator ids in row order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeriesSpec {
    pub label_zh: String,
    pub label_en: String,
    pub indicators: Vec<String>,
}

/// A chart as written in `data/charts.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChartSpec {
    pub id: String,
    pub title_zh: String,
    pub title_en: String,
    pub kind: ChartKind,
    pub category: String,
    /// Display unit every value is converted to.
    pub unit: String,
    /// Row names `[zh, en]`; defaults to the last series' indicator labels.
    #[serde(default)]
    pub rows: Vec<[String; 2]>,
    pub series: Vec<SeriesSpec>,
    /// Paragraphs the chart illustrates.
    pub paragraphs: Vec<CitationId>,
    /// A note shown under the chart (how values were derived, caveats).
    #[serde(default)]
    pub note_zh: String,
    #[serde(default)]
    pub note_en: String,
}

/// A spec with the 1-based line and column where it starts in its file.
pub type PositionedSpec = (ChartSpec, (usize, usize));

/// One value of a chart, traced to its indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// In the chart's display unit.
    pub value: f64,
    /// As the report writes it (`约200万户`), or the computed value for derived ones.
    pub text: String,
    /// The same in English (`2 million households`, see crate::english).
    pub text_en: String,
    pub indicator: String,
    pub derived: bool,
    pub paragraph: CitationId,
}

/// A chart's data, ready to lay out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartData {
    pub id: String,
    pub kind: ChartKind,
    pub unit: String,
    pub rows: Vec<[String; 2]>,
    pub series: Vec<[String; 2]>,
    /// `points[series][row]`.
    pub points: Vec<Vec<Point>>,
}

impl ChartData {
    /// The largest value, for the axis.
    pub fn max_value(&self) -> f64 {
        self.points
            .iter()
            .flatten()
            .map(|p| p.value)
            .fold(0.0, f64::max)
    }
}

fn find<'a>(indicators: &'a [Indicator], id: &str) -> Option<&'a Indicator> {
    indicators.iter().find(|i| i.id == id)
}

/// Builds a chart's data from the indicators; `Err` names what is wrong.
pub fn assemble(spec: &ChartSpec, indicators: &[Indicator]) -> Result<ChartData, String> {
    let mut points = Vec::new();
    for series in &spec.series {
        let mut row_points = Vec::new();
        for id in &series.indicators {
            let indicator =
                find(indicators, id).ok_or_else(|| format!("unknown indicator {id}"))?;
            let number = indicator
                .number()
                .ok_or_else(|| format!("{id}: value is not a number"))?;
            let value = convert(number, &indicator.unit, &spec.unit).ok_or_else(|| {
                format!(
                    "{id}: unit {} does not convert to {}",
                    indicator.unit, spec.unit
                )
            })?;
            row_points.push(Point {
                value,
                text: format!("{}{}", indicator.value, indicator.unit),
                text_en: crate::english::quantity(&indicator.value, &indicator.unit),
                indicator: id.clone(),
                derived: indicator.is_derived(),
                paragraph: indicator.paragraph,
            });
        }
        points.push(row_points);
    }
    let row_count = points.first().map_or(0, Vec::len);
    let rows = if spec.rows.is_empty() {
        spec.series
            .last()
            .map(|s| {
                s.indicators
                    .iter()
                    .filter_map(|id| find(indicators, id))
                    .map(|i| [i.label_zh.clone(), i.label_en.clone()])
                    .collect()
            })
            .unwrap_or_default()
    } else {
        spec.rows.clone()
    };
    if rows.len() != row_count || points.iter().any(|p| p.len() != row_count) {
        return Err(format!(
            "every series and the rows must have {row_count} entries"
        ));
    }
    Ok(ChartData {
        id: spec.id.clone(),
        kind: spec.kind,
        unit: spec.unit.clone(),
        rows,
        series: spec
            .series
            .iter()
            .map(|s| [s.label_zh.clone(), s.label_en.clone()])
            .collect(),
        points,
    })
}

/// Checks every chart: unique ids, known categories, the right number of
/// series, indicators that exist and convert to the chart's unit, real paragraphs.
pub fn validate_charts(
    file: &str,
    specs: &[PositionedSpec],
    indicators: &[Indicator],
    report: &Report,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (spec, (line, col)) in specs {
        let mut problem = |message: String| {
            problems.push(Diagnostic {
                file: file.to_owned(),
                line: *line,
                col: *col,
                message: format!("{}: {message}", spec.id),
            })
        };
        if !seen.insert(spec.id.clone()) {
            problem("duplicate chart id".into());
        }
        if spec.id.is_empty()
            || !spec
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            problem("chart ids are lower-case letters, digits and -".into());
        }
        if !crate::indicators::CATEGORIES.contains(&spec.category.as_str()) {
            problem(format!("unknown category \"{}\"", spec.category));
        }
        if spec.series.len() != spec.kind.series_count() {
            problem(format!(
                "a {:?} chart has {} series",
                spec.kind,
                spec.kind.series_count()
            ));
        }
        if spec.title_zh.trim().is_empty() || spec.title_en.trim().is_empty() {
            problem("title_zh and title_en must not be empty".into());
        }
        for paragraph in &spec.paragraphs {
            if report.paragraph(*paragraph).is_none() {
                problem(format!("paragraph {paragraph} does not exist"));
            }
        }
        if let Err(message) = assemble(spec, indicators) {
            problem(message);
        }
    }
    problems
}

#[cfg(all(test, feature = "catalog-toml"))]
mod tests;
