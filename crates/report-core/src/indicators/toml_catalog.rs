//! Reading `data/indicators.toml`, keeping each entry's position so that
//! every problem is reported as `file:line:col: message`. An entry's
//! `reviewed` is optional and `true` unless it says `false`.

use super::{reviewed_unless_stated, Catalog, Indicator, NonMeasure};
use crate::diagnostic::Diagnostics;
use crate::toml_position::{at_offset, line_col, toml_error};
use serde::Deserialize;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    #[serde(default)]
    indicator: Vec<Spanned<RawIndicator>>,
    #[serde(default)]
    non_measure: Vec<Spanned<RawNonMeasure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndicator {
    id: String,
    label_zh: String,
    label_en: String,
    category: String,
    value: String,
    unit: String,
    year: Option<u16>,
    change: Option<String>,
    change_unit: Option<String>,
    qualifier: Option<String>,
    derived: Option<String>,
    paragraph: String,
    quote: String,
    #[serde(default = "reviewed_unless_stated")]
    reviewed: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNonMeasure {
    paragraph: String,
    number: String,
    reason: String,
}

/// Parses the catalog; every entry whose paragraph id is malformed, and any
/// TOML error, becomes a diagnostic.
pub fn parse_catalog(file: &str, text: &str) -> Result<Catalog, Diagnostics> {
    let at = |offset: usize, message: String| at_offset(file, text, offset, message);
    let raw: RawCatalog = toml::from_str(text).map_err(|error| toml_error(file, text, &error))?;
    let mut problems = Vec::new();
    let mut catalog = Catalog {
        file: file.to_owned(),
        ..Catalog::default()
    };
    let optional = |value: Option<String>| value.filter(|v| !v.trim().is_empty());
    for entry in raw.indicator {
        let offset = entry.span().start;
        let raw = entry.into_inner();
        let Ok(paragraph) = raw.paragraph.parse() else {
            problems.push(at(
                offset,
                format!(
                    "{}: paragraph {:?} is not an id like 1.2.2",
                    raw.id, raw.paragraph
                ),
            ));
            continue;
        };
        catalog.indicator_positions.push(line_col(text, offset));
        catalog.indicators.push(Indicator {
            id: raw.id,
            label_zh: raw.label_zh,
            label_en: raw.label_en,
            category: raw.category,
            value: raw.value,
            unit: raw.unit,
            year: raw.year,
            change: optional(raw.change),
            change_unit: optional(raw.change_unit),
            qualifier: optional(raw.qualifier),
            derived: optional(raw.derived),
            paragraph,
            quote: raw.quote,
            reviewed: raw.reviewed,
        });
    }
    for entry in raw.non_measure {
        let offset = entry.span().start;
        let raw = entry.into_inner();
        let Ok(paragraph) = raw.paragraph.parse() else {
            problems.push(at(
                offset,
                format!(
                    "non-measure: paragraph {:?} is not an id like 1.2.2",
                    raw.paragraph
                ),
            ));
            continue;
        };
        catalog.non_measure_positions.push(line_col(text, offset));
        catalog.non_measures.push(NonMeasure {
            paragraph,
            number: raw.number,
            reason: raw.reason,
        });
    }
    if problems.is_empty() {
        Ok(catalog)
    } else {
        Err(Diagnostics(problems))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_entries_with_positions() {
        let text = "[[indicator]]\nid = \"a\"\nlabel_zh = \"甲\"\nlabel_en = \"A\"\ncategory = \"air\"\nvalue = \"1\"\nunit = \"个\"\nparagraph = \"1.2.2\"\nquote = \"1个\"\n\n[[non_measure]]\nparagraph = \"1.1.1\"\nnumber = \"2.0\"\nreason = \"version\"\n";
        let catalog = parse_catalog("c.toml", text).unwrap();
        assert_eq!(catalog.indicators.len(), 1);
        assert_eq!(catalog.indicator_positions, [(1, 1)]);
        assert_eq!(catalog.non_measure_positions, [(11, 1)]);
        assert_eq!(catalog.indicators[0].change, None);
        assert!(catalog.indicators[0].reviewed);
        let unreviewed = text.replacen("quote = ", "reviewed = false\nquote = ", 1);
        let catalog = parse_catalog("c.toml", &unreviewed).unwrap();
        assert!(!catalog.indicators[0].reviewed);
    }

    #[test]
    fn reports_toml_errors_and_bad_ids_with_positions() {
        let broken = parse_catalog("c.toml", "[[indicator]]\nid = \n").unwrap_err();
        assert_eq!(broken.0[0].line, 2);
        let unknown = parse_catalog("c.toml", "[[indicator]]\nbogus = 1\n").unwrap_err();
        assert_eq!(unknown.0.len(), 1);
        let text = "[[non_measure]]\nparagraph = \"1.x\"\nnumber = \"1\"\nreason = \"r\"\n";
        let bad_id = parse_catalog("c.toml", text).unwrap_err();
        assert_eq!(
            bad_id.to_string(),
            "c.toml:1:1: non-measure: paragraph \"1.x\" is not an id like 1.2.2"
        );
    }
}
