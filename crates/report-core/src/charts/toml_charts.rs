//! Reading `data/charts.toml`, keeping each chart's position for messages.

use super::{ChartSpec, PositionedSpec};
use crate::diagnostic::Diagnostics;
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCharts {
    #[serde(default)]
    chart: Vec<Spanned<ChartSpec>>,
}

/// Parses the chart specs with the line and column of each.
pub fn parse_charts(file: &str, text: &str) -> Result<Vec<PositionedSpec>, Diagnostics> {
    let raw: RawCharts = toml::from_str(text)
        .map_err(|error| crate::toml_position::toml_error(file, text, &error))?;
    Ok(raw
        .chart
        .into_iter()
        .map(|entry| {
            let position = crate::toml_position::line_col(text, entry.span().start);
            (entry.into_inner(), position)
        })
        .collect())
}
