//! Indicators: every quantitative statement of the report as a sourced
//! record, from the curated catalog in `data/indicators.toml` (or, for a
//! report without a catalog, drafted from its text and marked unreviewed),
//! validated against the text and exported as `indicators.csv`.

mod csv;
mod draft;
mod formula;
mod formula_words;
mod locate;
mod quotes;
#[cfg(feature = "catalog-toml")]
mod toml_catalog;
mod validate;

pub use csv::{csv_field, from_csv, to_csv, CSV_COLUMNS};
#[cfg(feature = "catalog-toml")]
pub use draft::{draft_catalog, draft_non_measures};
pub use formula::{derived_from, evaluate, Formula};
pub use formula_words::formula_in_words;
pub use locate::{locate, spans_that_fit, spans_with_digests, text_digest, Located};
pub use quotes::{quote_spans, quote_that_fits, QuoteSpan};
#[cfg(feature = "catalog-toml")]
pub use toml_catalog::parse_catalog;
pub use validate::validate;

use crate::citation::CitationId;
use serde::{Deserialize, Serialize};

/// The categories indicators fall in, in display order. `other` holds the
/// figures nobody has sorted yet, such as a draft catalog's.
pub const CATEGORIES: [&str; 12] = [
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
    "other",
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
    /// Whether a person has checked the entry against the text and written
    /// its labels and category; `false` for an entry drafted from the text
    /// alone ([`draft_catalog`]). Validation checks both alike.
    #[serde(default = "reviewed_unless_stated")]
    pub reviewed: bool,
}

/// An entry that does not say otherwise has been reviewed: a curated
/// catalog's entries are.
pub(crate) fn reviewed_unless_stated() -> bool {
    true
}

impl Indicator {
    pub fn is_derived(&self) -> bool {
        self.derived.is_some()
    }

    /// The value as a number, for sorting and charts.
    pub fn number(&self) -> Option<f64> {
        crate::decimal::parse_decimal(&self.value)
    }

    /// The value with its magnitude applied, and the unit that leaves
    /// (`21.9` `万亿元` → 2.19e13 `元`, `3.9` `万件` → 39000 `件`): what
    /// sorting by value compares, within one unit.
    pub fn in_base_unit(&self) -> Option<(f64, &str)> {
        let (factor, base) = crate::charts::split_unit(&self.unit);
        Some((self.number()? * factor, base))
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

/// An indicator for tests: `id` stating `value` in `unit`, nothing else.
#[cfg(test)]
pub(crate) fn sample_indicator(id: &str, value: &str, unit: &str) -> Indicator {
    Indicator {
        id: id.into(),
        label_zh: String::new(),
        label_en: String::new(),
        category: "air".into(),
        value: value.into(),
        unit: unit.into(),
        year: None,
        change: None,
        change_unit: None,
        qualifier: None,
        derived: None,
        paragraph: CitationId::new(1, 1, 1),
        quote: String::new(),
        reviewed: true,
    }
}

#[cfg(test)]
mod value_tests {
    use super::*;

    fn with_value(value: &str, unit: &str) -> Indicator {
        sample_indicator("x", value, unit)
    }

    #[test]
    fn values_compare_with_their_magnitudes_applied() {
        assert_eq!(
            with_value("21.9", "万亿元").in_base_unit(),
            Some((21.9e12, "元"))
        );
        let (many, fewer) = (with_value("3.9", "万件"), with_value("4426", "件"));
        let (many, unit) = many.in_base_unit().unwrap_or_default();
        let (fewer, same_unit) = fewer.in_base_unit().unwrap_or_default();
        assert_eq!((unit, same_unit), ("件", "件"));
        assert!(many > fewer, "3.9万件 is more than 4426件");
        assert_eq!(with_value("", "项").in_base_unit(), None);
    }
}
