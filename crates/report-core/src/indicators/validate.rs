//! Validation of the catalog against the report: every field checked, every
//! number of the text accounted for, every derived formula recomputed.
//! Problems come back as `file:line:col: message`, all of them.
//! Unreviewed entries (`reviewed = false`, as a draft has them) go through
//! the same checks as reviewed ones.

use std::collections::{HashMap, HashSet};

use super::formula::{evaluate, Formula};
use super::{Catalog, Indicator, CATEGORIES};
use crate::citation::CitationId;
use crate::decimal::parse_decimal;
use crate::diagnostic::Diagnostic;
use crate::model::Report;
use crate::quantity::{extract, Quantity};

/// Which quantity of which paragraph: its index in that paragraph's list.
type Slot = (CitationId, usize);

struct Checker<'a> {
    catalog: &'a Catalog,
    report: &'a Report,
    report_file: &'a str,
    quantities: HashMap<CitationId, Vec<Quantity>>,
    claimed: HashMap<Slot, String>,
    problems: Vec<Diagnostic>,
}

/// Digits after the decimal point, the precision a figure is written to.
fn decimals(value: &str) -> usize {
    value.split_once('.').map_or(0, |(_, d)| d.len())
}

fn round_to(value: f64, decimals: usize) -> String {
    format!("{value:.decimals$}")
}

impl Checker<'_> {
    fn at_indicator(&mut self, n: usize, message: String) {
        let (line, col) = self
            .catalog
            .indicator_positions
            .get(n)
            .copied()
            .unwrap_or((1, 1));
        let id = &self.catalog.indicators[n].id;
        self.problems.push(Diagnostic {
            file: self.catalog.file.clone(),
            line,
            col,
            message: format!("{id}: {message}"),
        });
    }

    /// Claims the first unclaimed quantity of `paragraph` within `range` that `accept` takes.
    fn claim(
        &mut self,
        paragraph: CitationId,
        range: (usize, usize),
        owner: &str,
        accept: impl Fn(&Quantity) -> bool,
    ) -> Option<usize> {
        let quantities = self.quantities.get(&paragraph)?;
        let index = quantities.iter().enumerate().position(|(i, q)| {
            q.number_span.0 >= range.0
                && q.number_span.1 <= range.1
                && accept(q)
                && !self.claimed.contains_key(&(paragraph, i))
        })?;
        self.claimed.insert((paragraph, index), owner.to_owned());
        Some(index)
    }

    fn check_fields(&mut self, n: usize, seen: &mut HashSet<String>) {
        let indicator: &Indicator = &self.catalog.indicators[n];
        let id_ok = !indicator.id.is_empty()
            && indicator
                .id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        let duplicate = !seen.insert(indicator.id.clone());
        let category_ok = CATEGORIES.contains(&indicator.category.as_str());
        let labels_ok =
            !indicator.label_zh.trim().is_empty() && !indicator.label_en.trim().is_empty();
        let year_ok = indicator.year.is_none_or(|y| (1990..=2100).contains(&y));
        let value_ok = parse_decimal(&indicator.value).is_some();
        let category = indicator.category.clone();
        if !id_ok {
            self.at_indicator(n, "ids are lower-case letters, digits and _".into());
        }
        if duplicate {
            self.at_indicator(n, "duplicate id".into());
        }
        if !category_ok {
            self.at_indicator(
                n,
                format!(
                    "unknown category {category:?}; known: {}",
                    CATEGORIES.join(", ")
                ),
            );
        }
        if !labels_ok {
            self.at_indicator(n, "label_zh and label_en must not be empty".into());
        }
        if !year_ok {
            self.at_indicator(n, "year out of range".into());
        }
        if !value_ok {
            self.at_indicator(
                n,
                "value is not a plain decimal (like 3.9 or -12, at most 15 digits)".into(),
            );
        }
    }

    /// The quote must be in the paragraph, and the value, unit, qualifier and
    /// change must be what the text says there.
    fn check_statement(&mut self, n: usize) {
        let indicator = self.catalog.indicators[n].clone();
        let Some(paragraph) = self.report.paragraph(indicator.paragraph) else {
            self.at_indicator(
                n,
                format!("paragraph {} does not exist", indicator.paragraph),
            );
            return;
        };
        let Some(start) = paragraph
            .text
            .find(&indicator.quote)
            .filter(|_| !indicator.quote.is_empty())
        else {
            self.at_indicator(
                n,
                format!("quote not found verbatim in §{}", indicator.paragraph),
            );
            return;
        };
        if indicator.is_derived() {
            return;
        }
        let range = (start, start + indicator.quote.len());
        let value = indicator.value.clone();
        match self.claim(indicator.paragraph, range, &indicator.id, |q| {
            q.number == value
        }) {
            None => self.at_indicator(
                n,
                format!(
                    "value {value} is not a number the quote states (or another indicator took it)"
                ),
            ),
            Some(i) => {
                let q = &self.quantities[&indicator.paragraph][i];
                let (unit, qualifier) = (q.unit.clone(), q.qualifier.clone());
                if unit != indicator.unit {
                    self.at_indicator(
                        n,
                        format!("unit {:?} differs from the text's {unit:?}", indicator.unit),
                    );
                }
                if qualifier != indicator.qualifier {
                    self.at_indicator(
                        n,
                        format!(
                            "qualifier {:?} differs from the text's {qualifier:?}",
                            indicator.qualifier
                        ),
                    );
                }
            }
        }
        if let Some(change) = &indicator.change {
            let magnitude = change.trim_start_matches(['-', '+']).to_owned();
            let down = change.starts_with('-');
            let stated_as_value = indicator.value == magnitude
                && self.quantities[&indicator.paragraph]
                    .iter()
                    .any(|q| q.number == magnitude && q.change.is_some());
            if !stated_as_value {
                let claimed = self.claim(indicator.paragraph, range, &indicator.id, |q| {
                    q.number == magnitude
                        && q.change
                            .is_some_and(|d| (d == crate::quantity::Direction::Down) == down)
                });
                match claimed {
                    None => self.at_indicator(
                        n,
                        format!("change {change} is not a change the quote states"),
                    ),
                    Some(i) => {
                        let unit = self.quantities[&indicator.paragraph][i].unit.clone();
                        if indicator.change_unit.as_deref() != Some(unit.as_str()) {
                            self.at_indicator(
                                n,
                                format!(
                                    "change_unit {:?} differs from the text's {unit:?}",
                                    indicator.change_unit
                                ),
                            );
                        }
                    }
                }
            }
        }
    }

    fn check_derived(&mut self, n: usize, values: &HashMap<String, f64>) {
        let indicator = self.catalog.indicators[n].clone();
        let Some(formula) = &indicator.derived else {
            return;
        };
        let recomputed = Formula::parse(formula).and_then(|f| evaluate(&f, values));
        match recomputed {
            Err(error) => self.at_indicator(n, format!("formula {formula:?}: {error}")),
            Ok(result) => {
                let rounded = round_to(result, decimals(&indicator.value));
                if rounded != indicator.value {
                    self.at_indicator(
                        n,
                        format!("formula gives {rounded}, not {}", indicator.value),
                    );
                }
            }
        }
    }

    fn check_non_measures(&mut self) {
        for (n, entry) in self.catalog.non_measures.iter().enumerate() {
            let owner = format!("non-measure {}", entry.number);
            let number = entry.number.clone();
            let claimed = self.claim(entry.paragraph, (0, usize::MAX), &owner, |q| {
                q.number == number
            });
            let (line, col) = self
                .catalog
                .non_measure_positions
                .get(n)
                .copied()
                .unwrap_or((1, 1));
            let mut complain = |message: String| {
                self.problems.push(Diagnostic {
                    file: self.catalog.file.clone(),
                    line,
                    col,
                    message,
                })
            };
            if entry.reason.trim().is_empty() {
                complain(format!(
                    "non-measure {} in §{} needs a reason",
                    entry.number, entry.paragraph
                ));
            }
            if claimed.is_none() {
                complain(format!(
                    "non-measure {} is not an unclaimed number of §{}",
                    entry.number, entry.paragraph
                ));
            }
        }
    }

    /// Every measure candidate of the text must be claimed.
    fn check_accounting(&mut self) {
        for paragraph in self.report.paragraphs() {
            for (i, q) in self.quantities[&paragraph.id].iter().enumerate() {
                if q.not_a_measure.is_some() || self.claimed.contains_key(&(paragraph.id, i)) {
                    continue;
                }
                let col = paragraph.text[..q.number_span.0].chars().count() + 1;
                let surface = &paragraph.text[q.span.0..q.span.1];
                self.problems.push(Diagnostic {
                    file: self.report_file.to_owned(),
                    line: paragraph.line,
                    col,
                    message: format!(
                        "§{}: {surface} is neither an indicator nor a listed non-measure",
                        paragraph.id
                    ),
                });
            }
        }
    }
}

/// Checks the catalog against the report; an empty list means valid.
pub fn validate(catalog: &Catalog, report: &Report, report_file: &str) -> Vec<Diagnostic> {
    let quantities = report
        .paragraphs()
        .map(|p| (p.id, extract(p.id, &p.text)))
        .collect();
    let mut checker = Checker {
        catalog,
        report,
        report_file,
        quantities,
        claimed: HashMap::new(),
        problems: Vec::new(),
    };
    let mut seen = HashSet::new();
    let mut values = HashMap::new();
    for (n, indicator) in catalog.indicators.iter().enumerate() {
        checker.check_fields(n, &mut seen);
        checker.check_statement(n);
        if let Some(value) = parse_decimal(&indicator.value) {
            values.insert(indicator.id.clone(), value);
        }
        if let Some(change) = indicator.change.as_deref().and_then(parse_decimal) {
            values.insert(format!("{}.change", indicator.id), change);
        }
    }
    for n in 0..catalog.indicators.len() {
        checker.check_derived(n, &values);
    }
    checker.check_non_measures();
    checker.check_accounting();
    checker.problems
}
