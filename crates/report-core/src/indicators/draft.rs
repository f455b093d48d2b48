//! A draft catalog from the text alone, for a report nobody has curated
//! yet: every measure candidate the quantity extractor finds becomes an
//! unreviewed indicator of category `other`, with a generated id, a quote
//! that validation finds at the figure's own place, and labels made from
//! the words around it. The draft passes validation as it stands, so a
//! report without `indicators.toml` still has every figure; `report init`
//! writes it out ([`Catalog::draft_toml`](super::Catalog::draft_toml)) for a person to curate.

use super::{Indicator, NonMeasure};
use crate::decimal::parse_decimal;
use crate::model::{Paragraph, Report};
use crate::quantity::{extract, Direction, Quantity};

/// A drafted Chinese label starts after the last of these before its figure.
const CLAUSE_MARKS: [char; 8] = ['，', '。', '；', '：', '、', ',', ';', ':'];
/// The most characters a drafted Chinese label keeps, figure included.
const LABEL_CHARS: usize = 24;
/// Why [`draft_non_measures`] lists a number.
const TOO_LONG: &str = "more digits than an indicator's value can hold";

/// Every measure candidate of the report as an unreviewed indicator, in
/// document order: category `other`, the value, unit, qualifier and any
/// change as the text writes them, and an id `pP_S_N_nK` (the `K`th figure
/// of paragraph `P.S.N`), stable for the same text. Candidates whose number
/// no indicator can hold are left to [`draft_non_measures`].
pub fn draft_catalog(report: &Report) -> Vec<Indicator> {
    let mut drafted = Vec::new();
    for paragraph in report.paragraphs() {
        let quantities = extract(paragraph.id, &paragraph.text);
        let mut claimed = vec![false; quantities.len()];
        let mut count = 0;
        for (index, q) in quantities.iter().enumerate() {
            if q.not_a_measure.is_some() || parse_decimal(&q.number).is_none() {
                continue;
            }
            count += 1;
            let quote = quote(&paragraph.text, &quantities, index, &claimed);
            claimed[index] = true;
            drafted.push(indicator(paragraph, q, count, quote));
        }
    }
    drafted
}

/// The measure candidates [`draft_catalog`] cannot make indicators of (a
/// number of more than 15 significant digits), as non-measures, so that a
/// draft still accounts for every number of the text.
pub fn draft_non_measures(report: &Report) -> Vec<NonMeasure> {
    report
        .paragraphs()
        .flat_map(|paragraph| extract(paragraph.id, &paragraph.text))
        .filter(|q| q.not_a_measure.is_none() && parse_decimal(&q.number).is_none())
        .map(|q| NonMeasure {
            paragraph: q.paragraph,
            number: q.number,
            reason: TOO_LONG.to_owned(),
        })
        .collect()
}

fn indicator(paragraph: &Paragraph, q: &Quantity, count: usize, quote: String) -> Indicator {
    let id = paragraph.id;
    Indicator {
        id: format!("p{}_{}_{}_n{count}", id.part, id.section, id.paragraph),
        label_zh: label_zh(&paragraph.text, q),
        // Where it is, until an editor writes what it is: the value itself
        // is shown beside the label everywhere.
        label_en: format!("Figure {count} of §{id}"),
        category: "other".to_owned(),
        value: q.number.clone(),
        unit: q.unit.clone(),
        year: None,
        change: q.change.map(|direction| match direction {
            Direction::Down => format!("-{}", q.number),
            Direction::Up => q.number.clone(),
        }),
        change_unit: q
            .change
            .and(Some(q.unit.clone()))
            .filter(|unit| !unit.is_empty()),
        qualifier: q.qualifier.clone(),
        derived: None,
        paragraph: id,
        quote,
        reviewed: false,
    }
}

/// The clause that ends with the figure: from after the last clause mark
/// before it, its last [`LABEL_CHARS`] characters at most.
fn label_zh(text: &str, q: &Quantity) -> String {
    let before = &text[..q.span.0];
    let from = before
        .char_indices()
        .rev()
        .find(|(_, c)| CLAUSE_MARKS.contains(c))
        .map_or(0, |(at, c)| at + c.len_utf8());
    let clause = text[from..q.span.1].trim_start_matches(['—', ' ', '\u{3000}']);
    let length = clause.chars().count();
    if length <= LABEL_CHARS {
        return clause.to_owned();
    }
    let tail: String = clause.chars().skip(length - LABEL_CHARS).collect();
    format!("…{tail}")
}

/// The quote for quantity `index` of `text`: its surface (qualifier, number
/// and unit), grown one character at a time to the left until `find` lands
/// on this occurrence. Validation then claims, within the quote, the first
/// number alike that no earlier entry took (`claimed`); should that be an
/// earlier number that nothing claims (a year, a name), the quote grows to
/// the right instead, where no earlier number can lie.
fn quote(text: &str, quantities: &[Quantity], index: usize, claimed: &[bool]) -> String {
    let q = &quantities[index];
    let (start, end) = q.span;
    let found_here = |from: usize, to: usize| text.find(&text[from..to]) == Some(from);
    // This ends: the text's own beginning is found where it is.
    let mut from = start;
    while !found_here(from, end) {
        from = text[..from]
            .chars()
            .next_back()
            .map_or(0, |c| from - c.len_utf8());
    }
    let first_alike = quantities.iter().enumerate().position(|(i, other)| {
        !claimed[i]
            && other.number == q.number
            && other.number_span.0 >= from
            && other.number_span.1 <= end
    });
    if first_alike == Some(index) {
        return text[from..end].to_owned();
    }
    let mut to = end;
    while let Some(c) = text[to..].chars().next() {
        to += c.len_utf8();
        if found_here(start, to) {
            return text[start..to].to_owned();
        }
    }
    text[from..end].to_owned()
}

/// How to curate a draft, at the top of [`Catalog::draft_toml`](super::Catalog::draft_toml)'s file.
#[cfg(feature = "catalog-toml")]
const CURATING: &str = "\
# A draft, made from the text alone: every number the text states as a
# measure, as an indicator nobody has reviewed yet (reviewed = false).
# `report export` and the explorer accept it as it is and mark each figure
# unreviewed. To curate it, go through the entries one by one:
#
#   - check the figure against its paragraph (P.S.N) and its quote;
#   - write a real label_zh and label_en (what is counted, not the number);
#   - pick its category;
#   - add `year = 2024` if the figure is of one year;
#   - give a clearer id if you like (lower-case letters, digits and _);
#   - widen the quote if a reader needs more words (it must stay verbatim);
#   - then set reviewed = true.
#
# A number that is not a measure (part of a name, a code, a list number)
# moves to a [[non_measure]] entry instead, with its reason:
#
#   [[non_measure]]
#   paragraph = \"1.2.3\"
#   number = \"12369\"
#   reason = \"the hotline's number\"
#
# `report validate --report REPORT --indicators THIS_FILE` checks every entry
# against the text and that every number of the text is accounted for.
";

#[cfg(test)]
#[path = "draft_tests.rs"]
mod tests;

impl super::Catalog {
    /// The catalog of a report that has none: every figure found, unreviewed
    /// (`file` names it in messages).
    pub fn drafted(report: &Report, file: String) -> Self {
        Self {
            file,
            indicators: draft_catalog(report),
            non_measures: draft_non_measures(report),
            ..Self::default()
        }
    }

    /// A drafted catalog ([`Catalog::drafted`]) as an `indicators.toml` of
    /// the report titled `report_title`, for a person to curate: a header
    /// that says how, then one `[[indicator]]` table per entry with every
    /// field (empty where the text states none; `year`, which TOML cannot
    /// leave empty, only when set) and `reviewed = false`. `parse_catalog`
    /// reads it back to the same entries.
    #[cfg(feature = "catalog-toml")]
    pub fn draft_toml(&self, report_title: &str) -> String {
        use std::fmt::Write;

        let string = |text: &str| toml::Value::String(text.to_owned()).to_string();
        let title = report_title.split_whitespace().collect::<Vec<_>>();
        let mut out = format!("# Indicators of {}.\n#\n", title.join(" "));
        out.push_str(CURATING);
        let _ = writeln!(out, "#\n# Categories: {}.", super::CATEGORIES.join(", "));
        for i in &self.indicators {
            let paragraph = i.paragraph.to_string();
            let fields = [
                ("id", i.id.as_str()),
                ("label_zh", &i.label_zh),
                ("label_en", &i.label_en),
                ("category", &i.category),
                ("value", &i.value),
                ("unit", &i.unit),
                ("change", i.change.as_deref().unwrap_or_default()),
                ("change_unit", i.change_unit.as_deref().unwrap_or_default()),
                ("qualifier", i.qualifier.as_deref().unwrap_or_default()),
                ("derived", i.derived.as_deref().unwrap_or_default()),
                ("paragraph", &paragraph),
                ("quote", &i.quote),
            ];
            out.push_str("\n[[indicator]]\n");
            for (key, value) in fields {
                let _ = writeln!(out, "{key} = {}", string(value));
            }
            let _ = writeln!(out, "reviewed = {}", i.reviewed);
        }
        for n in &self.non_measures {
            out.push_str("\n[[non_measure]]\n");
            let _ = writeln!(out, "paragraph = {}", string(&n.paragraph.to_string()));
            let _ = writeln!(out, "number = {}", string(&n.number));
            let _ = writeln!(out, "reason = {}", string(&n.reason));
        }
        out
    }
}
