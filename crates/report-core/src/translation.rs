//! A translation of the report, aligned with it by citation id
//! (`report.en.toml` beside the text): the title block, every part and
//! section title and every paragraph. Validation checks that nothing is
//! missing or extra, and that every figure of a paragraph appears, in the
//! translation's number form, in that paragraph's translation.
//!
//! ```toml
//! [meta]
//! title = "…"
//! [parts]
//! "1" = "…"
//! [sections]
//! "1.1" = "…"
//! [paragraphs]
//! "1.1.1" = "…"
//! ```

use crate::citation::{CitationId, CitationMap, SectionId};
use crate::diagnostic::Diagnostic;
use crate::indicators::{Indicator, Located};
use crate::model::{Meta, Paragraph, Part, Report, Section};
use std::collections::BTreeMap;

/// A translation's texts by id, with the 1-based line of each entry in its
/// file for messages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Translation {
    pub file: String,
    pub meta: TranslatedMeta,
    pub parts: BTreeMap<u8, Entry>,
    pub sections: BTreeMap<SectionId, Entry>,
    pub paragraphs: BTreeMap<CitationId, Entry>,
}

/// The title block's translated lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TranslatedMeta {
    pub title: Option<Entry>,
    pub subtitle: Option<Entry>,
    pub occasion: Option<Entry>,
    pub speaker: Option<Entry>,
}

/// One translated text and where it sits in the translation's file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub text: String,
    pub line: usize,
}

/// Problems of `translation` against `report` and its `indicators`: every
/// title and paragraph translated, no id the report lacks, and each stated
/// figure's number ([`crate::english::number`]) in its paragraph's text.
pub fn validate_translation(
    translation: &Translation,
    report: &Report,
    indicators: &[Indicator],
) -> Vec<Diagnostic> {
    let at = |line: usize, message: String| Diagnostic {
        file: translation.file.clone(),
        line,
        col: 1,
        message,
    };
    let mut problems = Vec::new();
    let meta = &translation.meta;
    let wanted = [
        ("title", Some(&report.meta.title), &meta.title),
        ("subtitle", report.meta.subtitle.as_ref(), &meta.subtitle),
        ("occasion", report.meta.occasion.as_ref(), &meta.occasion),
        ("speaker", report.meta.speaker.as_ref(), &meta.speaker),
    ];
    for (name, original, translated) in wanted {
        if original.is_some() && translated.is_none() {
            problems.push(at(1, format!("[meta] has no {name}")));
        }
    }
    for part in report.parts.iter().filter(|part| part.title.is_some()) {
        if !translation.parts.contains_key(&part.number) {
            problems.push(at(1, format!("[parts] has no \"{}\"", part.number)));
        }
    }
    for section in report.sections().filter(|section| section.title.is_some()) {
        if !translation.sections.contains_key(&section.id) {
            problems.push(at(1, format!("[sections] has no \"{}\"", section.id)));
        }
    }
    for paragraph in report.paragraphs() {
        if !translation.paragraphs.contains_key(&paragraph.id) {
            problems.push(at(1, format!("[paragraphs] has no \"{}\"", paragraph.id)));
        }
    }
    for (number, entry) in &translation.parts {
        if report
            .part(*number)
            .and_then(|part| part.title.as_ref())
            .is_none()
        {
            problems.push(at(entry.line, format!("the report has no part {number}")));
        }
    }
    for (id, entry) in &translation.sections {
        if report.section(*id).and_then(|s| s.title.as_ref()).is_none() {
            problems.push(at(entry.line, format!("the report has no section {id}")));
        }
    }
    for (id, entry) in &translation.paragraphs {
        if report.paragraph(*id).is_none() {
            problems.push(at(entry.line, format!("the report has no paragraph {id}")));
        }
    }
    for indicator in indicators.iter().filter(|i| !i.is_derived()) {
        let Some(entry) = translation.paragraphs.get(&indicator.paragraph) else {
            continue;
        };
        let number = crate::english::number(&indicator.value, &indicator.unit);
        // Without a magnitude the figure may also stand as written (`1.0`).
        let as_written = crate::charts::split_unit(&indicator.unit).0 == 1.0
            && contains_number(&entry.text, &indicator.value);
        if !contains_number(&entry.text, &number) && !as_written {
            problems.push(at(
                entry.line,
                format!(
                    "§{}: {} ({}{}) is not in the translation as {number}",
                    indicator.paragraph, indicator.id, indicator.value, indicator.unit
                ),
            ));
        }
    }
    problems
}

/// Where `number` stands in `text` as a number of its own: not the tail or
/// head of a longer one (`5.2` is not in `15.2` or `5.25`).
fn number_positions<'t>(text: &'t str, number: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(number).filter_map(move |(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + number.len()..].chars().next();
        let digit_before = before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',');
        let digit_after = after.is_some_and(|c| c.is_ascii_digit())
            || text[start + number.len()..]
                .strip_prefix(['.', ','])
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
        (!digit_before && !digit_after).then_some(start)
    })
}

/// `number` in `text` as a number of its own.
fn contains_number(text: &str, number: &str) -> bool {
    number_positions(text, number).next().is_some()
}

/// Where the figures `original` marks in each paragraph of the report stand
/// in its translation: each indicator's number, or its change's, in the
/// translation's form ([`crate::english::number`], or as written when its
/// unit has no magnitude), with a `%` right after it, at the first place
/// that no other figure of the paragraph took. A figure the translation does not state is
/// left out (validation reports it). Spans come sorted and disjoint.
pub fn locate_translated_figures(
    translated: &Report,
    indicators: &[Indicator],
    original: &CitationMap<Vec<Located>>,
) -> CitationMap<Vec<Located>> {
    let mut found = CitationMap::default();
    for (id, spans) in original {
        let Some(text) = translated.paragraph(*id).map(|p| p.text.as_str()) else {
            continue;
        };
        let mut located: Vec<Located> = Vec::new();
        for span in spans {
            let Some(indicator) = indicators.get(span.indicator) else {
                continue;
            };
            // A second span of one indicator marks its change (`同比下降2.7%`).
            let change = indicator.change.as_deref().map(|change| {
                let unit = indicator.change_unit.as_deref().unwrap_or(&indicator.unit);
                (change.trim_start_matches(['-', '+']), unit)
            });
            let mut forms = Vec::new();
            for (value, unit) in
                std::iter::once((indicator.value.as_str(), indicator.unit.as_str())).chain(change)
            {
                forms.push(crate::english::number(value, unit));
                if crate::charts::split_unit(unit).0 == 1.0 {
                    forms.push(value.to_owned());
                }
            }
            let free = forms.iter().find_map(|form| {
                number_positions(text, form)
                    .map(|start| {
                        let end = start + form.len();
                        let percent = usize::from(text[end..].starts_with('%'));
                        (start, end + percent)
                    })
                    .find(|&(start, end)| {
                        located
                            .iter()
                            .all(|taken| end <= taken.start || start >= taken.end)
                    })
            });
            if let Some((start, end)) = free {
                located.push(Located {
                    start,
                    end,
                    indicator: span.indicator,
                });
            }
        }
        if !located.is_empty() {
            located.sort_by_key(|span| span.start);
            found.insert(*id, located);
        }
    }
    found
}

/// The report in translation: the same parts, sections and ids, with the
/// translated texts (the original's where a text is missing). A paragraph
/// whose original opens with a lead opens with the translation's first
/// sentence as its lead.
pub fn translated_report(report: &Report, translation: &Translation) -> Report {
    let text = |entry: Option<&Entry>, original: &str| {
        entry.map_or_else(|| original.to_owned(), |entry| entry.text.clone())
    };
    let meta = &translation.meta;
    let optional = |entry: &Option<Entry>, original: &Option<String>| {
        original
            .as_ref()
            .map(|original| text(entry.as_ref(), original))
    };
    Report {
        meta: Meta {
            title: text(meta.title.as_ref(), &report.meta.title),
            subtitle: optional(&meta.subtitle, &report.meta.subtitle),
            occasion: optional(&meta.occasion, &report.meta.occasion),
            speaker: optional(&meta.speaker, &report.meta.speaker),
            ..report.meta.clone()
        },
        parts: report
            .parts
            .iter()
            .map(|part| Part {
                number: part.number,
                title: part
                    .title
                    .as_ref()
                    .map(|title| text(translation.parts.get(&part.number), title)),
                sections: part
                    .sections
                    .iter()
                    .map(|section| Section {
                        id: section.id,
                        title: section
                            .title
                            .as_ref()
                            .map(|title| text(translation.sections.get(&section.id), title)),
                        paragraphs: section
                            .paragraphs
                            .iter()
                            .map(|paragraph| {
                                let translated = text(
                                    translation.paragraphs.get(&paragraph.id),
                                    &paragraph.text,
                                );
                                Paragraph {
                                    id: paragraph.id,
                                    lead: paragraph
                                        .lead
                                        .as_ref()
                                        .and_then(|_| first_sentence(&translated))
                                        .map(str::to_owned),
                                    text: translated,
                                    line: paragraph.line,
                                }
                            })
                            .collect(),
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// The first sentence of an English text, when another follows it: up to
/// a full stop (and a closing quote after it) followed by a space and a
/// capital, a digit or an opening quote; not the stop of an abbreviation
/// such as `U.S.` or `No.`.
fn first_sentence(text: &str) -> Option<&str> {
    const ABBREVIATIONS: [&str; 6] = ["No", "Nos", "Mr", "Dr", "St", "vs"];
    text.match_indices('.').find_map(|(stop, _)| {
        let mut end = stop + 1;
        if let Some(quote) = text[end..]
            .chars()
            .next()
            .filter(|c| ['"', '”', '’'].contains(c))
        {
            end += quote.len_utf8();
        }
        let mut after = text[end..].chars();
        let starts_sentence = after.next() == Some(' ')
            && after
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || ['"', '“'].contains(&c));
        let word = text[..stop]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
            .next()?;
        let abbreviation = ABBREVIATIONS.contains(&word)
            || (word.len() == 1 && word.chars().all(char::is_uppercase))
            || word.contains('.');
        (starts_sentence && !abbreviation).then(|| &text[..end])
    })
}

/// Reads a translation file; every malformed id or TOML error is a problem.
#[cfg(feature = "catalog-toml")]
pub fn parse_translation(
    file: &str,
    text: &str,
) -> Result<Translation, crate::diagnostic::Diagnostics> {
    use crate::diagnostic::Diagnostics;
    use crate::toml_position::{at_offset, line_col, toml_error};
    use serde::Deserialize;
    use toml::Spanned;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(default)]
        meta: BTreeMap<String, Spanned<String>>,
        #[serde(default)]
        parts: BTreeMap<String, Spanned<String>>,
        #[serde(default)]
        sections: BTreeMap<String, Spanned<String>>,
        #[serde(default)]
        paragraphs: BTreeMap<String, Spanned<String>>,
    }
    let at = |offset: usize, message: String| at_offset(file, text, offset, message);
    let raw: Raw = toml::from_str(text).map_err(|error| toml_error(file, text, &error))?;
    let entry = |value: Spanned<String>| Entry {
        line: line_col(text, value.span().start).0,
        text: value.into_inner(),
    };
    /// Each text of `table` under its parsed id, or a problem saying what
    /// its key must be.
    fn keyed<K: std::str::FromStr + Ord>(
        table: BTreeMap<String, Spanned<String>>,
        (kind, form): (&str, &str),
        entry: &dyn Fn(Spanned<String>) -> Entry,
        at: &dyn Fn(usize, String) -> Diagnostic,
        problems: &mut Vec<Diagnostic>,
    ) -> BTreeMap<K, Entry> {
        let mut texts = BTreeMap::new();
        for (key, value) in table {
            match key.parse() {
                Ok(id) => {
                    texts.insert(id, entry(value));
                }
                Err(_) => problems.push(at(
                    value.span().start,
                    format!("{kind} \"{key}\" is not {form}"),
                )),
            }
        }
        texts
    }
    let mut problems = Vec::new();
    let mut translation = Translation {
        file: file.to_owned(),
        parts: keyed(raw.parts, ("part", "a number"), &entry, &at, &mut problems),
        sections: keyed(raw.sections, ("section", "P.S"), &entry, &at, &mut problems),
        paragraphs: keyed(
            raw.paragraphs,
            ("paragraph", "P.S.N"),
            &entry,
            &at,
            &mut problems,
        ),
        ..Translation::default()
    };
    for (key, value) in raw.meta {
        let offset = value.span().start;
        let slot = match key.as_str() {
            "title" => &mut translation.meta.title,
            "subtitle" => &mut translation.meta.subtitle,
            "occasion" => &mut translation.meta.occasion,
            "speaker" => &mut translation.meta.speaker,
            _ => {
                problems.push(at(offset, format!("[meta] has no field {key}")));
                continue;
            }
        };
        *slot = Some(entry(value));
    }
    for entry in translation.all_entries() {
        if entry.text.trim().is_empty() {
            problems.push(Diagnostic {
                file: file.to_owned(),
                line: entry.line,
                col: 1,
                message: "empty translation".to_owned(),
            });
        }
    }
    if problems.is_empty() {
        Ok(translation)
    } else {
        problems.sort_by_key(|p| (p.line, p.col));
        Err(Diagnostics(problems))
    }
}

impl Translation {
    /// Every translated text.
    pub fn all_entries(&self) -> impl Iterator<Item = &Entry> {
        let meta = [
            &self.meta.title,
            &self.meta.subtitle,
            &self.meta.occasion,
            &self.meta.speaker,
        ];
        meta.into_iter()
            .flatten()
            .chain(self.parts.values())
            .chain(self.sections.values())
            .chain(self.paragraphs.values())
    }
}

#[cfg(all(test, feature = "catalog-toml"))]
mod tests;
