//! Indicators: every quantitative statement of the report as a sourced
//! record, from the curated catalog in `data/indicators.toml`, validated
//! against the text and exported as `indicators.csv`.

mod csv;
mod formula;
mod locate;
mod quotes;
#[cfg(feature = "catalog-toml")]
mod toml_catalog;
mod validate;

pub use csv::{csv_field, from_csv, to_csv, CSV_COLUMNS};
pub use formula::{derived_from, evaluate, Formula};
pub use locate::{locate, spans_that_fit, spans_with_digests, text_digest, Located};
pub use quotes::{quote_spans, quote_that_fits, QuoteSpan};
#[cfg(feature = "catalog-toml")]
pub use toml_catalog::{line_col, parse_catalog};
pub use validate::validate;

use crate::citation::CitationId;
use serde::{Deserialize, Serialize};

/// The categories indicators fall in, in display order.
pub const CATEGORIES: [&str; 11] = [
    "air",
    "water",
    "soil_rural",
    "waste_chemicals",
    "climate_carbon",
    "ecology_nuclear_risk",
    "law_enforcement",
    "monitoring_science",
    "funding_finance",
    "public_international",
    "targets",
];

/// One quantitative statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indicator {
    pub id: String,
    pub label_zh: String,
    pub label_en: String,
    pub category: String,
    /// The number exactly as written (`3.3`), or for derived indicators as computed.
    pub value: String,
    /// Magnitude and unit exactly as written (`亿吨`).
    pub unit: String,
    pub year: Option<u16>,
    /// Signed change as stated (`-2.7`); empty when none is stated.
    pub change: Option<String>,
    pub change_unit: Option<String>,
    /// `约`, `余`, `超过` …, as written.
    pub qualifier: Option<String>,
    /// Empty for stated figures; the formula for computed ones.
    pub derived: Option<String>,
    pub paragraph: CitationId,
    /// The verbatim substring of the paragraph that states it.
    pub quote: String,
}

impl Indicator {
    pub fn is_derived(&self) -> bool {
        self.derived.is_some()
    }

    /// The value as a number, for sorting and charts.
    pub fn number(&self) -> Option<f64> {
        crate::decimal::parse_decimal(&self.value)
    }
}

/// A number in the text that is deliberately not an indicator, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonMeasure {
    pub paragraph: CitationId,
    pub number: String,
    pub reason: String,
}

/// The whole catalog, with the 1-based line and column of each entry in its
/// file for messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    pub file: String,
    pub indicators: Vec<Indicator>,
    pub indicator_positions: Vec<(usize, usize)>,
    pub non_measures: Vec<NonMeasure>,
    pub non_measure_positions: Vec<(usize, usize)>,
}

/// JSON export of indicators (`indicators.json`).
pub fn to_json(indicators: &[Indicator]) -> String {
    serde_json::to_string_pretty(indicators).unwrap_or_default()
}

#[cfg(all(test, feature = "catalog-toml"))]
mod tests;
