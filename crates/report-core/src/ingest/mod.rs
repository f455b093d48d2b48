//! Ingest: a report's plain text → [`Report`], or every problem found as a
//! [`Diagnostic`] with file, line and column.
//!
//! The text is of the genre of Chinese work reports: a title block, a
//! salutation, then parts (`一、`) holding sections (`(一)` or `（一）`)
//! holding paragraphs, one per line. Every non-blank line is accounted for
//! ([`LineRole`]): metadata, heading, paragraph, or set aside with a reason.

mod builder;
mod decode;
mod lead;
mod line;
mod title_block;

pub use decode::MAX_REPORT_BYTES;
pub use lead::lead_sentence;
pub use title_block::is_salutation;
#[cfg(feature = "catalog-toml")]
pub(crate) use title_block::parse_date_line;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Meta, Report};
use crate::report_config::ReportConfig;
use builder::BodyBuilder;
use line::{classify, trim_line, LineKind};
use title_block::{assign_roles, find_block_end, BlockEnd, MAX_TITLE_BLOCK_LINES};

/// What one non-blank line of the source became.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineRole {
    /// Part of the title block, or the `来源:` line.
    Metadata,
    /// A part or section heading.
    Heading,
    /// A section heading that goes on with its first paragraph.
    HeadingAndParagraph,
    Paragraph,
    /// Left out of the report; [`Ingested::set_aside`] says why.
    SetAside,
}

/// A line left out of the report, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// 1-based line in the source.
    pub line: usize,
    pub text: String,
    pub reason: &'static str,
}

/// The report, and what became of each of the source's lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    pub report: Report,
    /// Every non-blank line, by 1-based line number, in order.
    pub roles: Vec<(usize, LineRole)>,
    pub set_aside: Vec<SetAside>,
}

impl Ingested {
    /// How many lines took `role`.
    pub fn count(&self, role: LineRole) -> usize {
        self.roles.iter().filter(|(_, r)| *r == role).count()
    }
}

const NOISE_REASON: &str = "an image's file name, left by the web page the text was copied from";

/// Parses raw file bytes, reporting every invalid UTF-8 sequence by position.
pub fn parse_report_bytes(file: &str, bytes: &[u8]) -> Result<Report, Diagnostics> {
    ingest_bytes(file, bytes, &ReportConfig::default()).map(|ingested| ingested.report)
}

/// Parses the report text with nothing set by a `report.toml`.
pub fn parse_report(file: &str, text: &str) -> Result<Report, Diagnostics> {
    ingest(file, text, &ReportConfig::default()).map(|ingested| ingested.report)
}

/// [`ingest`] from a file's bytes: too large, invalid UTF-8 and binary
/// content are problems too.
pub fn ingest_bytes(
    file: &str,
    bytes: &[u8],
    config: &ReportConfig,
) -> Result<Ingested, Diagnostics> {
    ingest(file, decode::decode(file, bytes)?, config)
}

/// Parses the report text, `config` setting what the title block does not
/// say or saying it otherwise. Accepts a UTF-8 BOM and CRLF line ends;
/// `file` only labels diagnostics.
pub fn ingest(file: &str, text: &str, config: &ReportConfig) -> Result<Ingested, Diagnostics> {
    decode::check_text(file, text)?;
    let at = |line: usize, col: usize, message: String| Diagnostic {
        file: file.to_owned(),
        line,
        col,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, trim_line(line)))
        .filter(|(_, line)| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return Err(Diagnostics(vec![at(1, 1, "the report is empty".into())]));
    }

    let texts: Vec<&str> = lines.iter().map(|(_, line)| *line).collect();
    let body_start = match find_block_end(&texts) {
        Ok(BlockEnd::Salutation(index) | BlockEnd::AfterDate(index)) => index,
        Err(stop) => {
            let message = format!(
                "no salutation: the title block must end, within its first {MAX_TITLE_BLOCK_LINES} lines, \
                 with a short line ending in a colon such as 同志们: or 各位代表： \
                 (or with a date line such as (2025年1月14日))"
            );
            return Err(Diagnostics(vec![at(lines[stop].0, 1, message)]));
        }
    };

    let mut problems = Vec::new();
    let mut roles = Vec::with_capacity(lines.len());
    let mut set_aside = Vec::new();
    let mut source: Option<String> = None;
    let mut note_source = |number: usize, name: &str, problems: &mut Vec<Diagnostic>| {
        if source.is_some() {
            problems.push(at(number, 1, "a second 来源: line".into()));
        }
        source = Some(name.to_owned());
    };

    let mut block_lines = Vec::new();
    for &(number, line) in &lines[..body_start] {
        match classify(line) {
            LineKind::Noise => {
                roles.push((number, LineRole::SetAside));
                set_aside.push(SetAside {
                    line: number,
                    text: line.to_owned(),
                    reason: NOISE_REASON,
                });
            }
            LineKind::Source(name) => {
                roles.push((number, LineRole::Metadata));
                note_source(number, name, &mut problems);
            }
            _ => {
                roles.push((number, LineRole::Metadata));
                block_lines.push((number, line));
            }
        }
    }
    let block_texts: Vec<&str> = block_lines.iter().map(|(_, line)| *line).collect();
    let block = assign_roles(&block_texts).unwrap_or_else(|(index, message)| {
        problems.push(at(block_lines[index].0, 1, message));
        title_block::TitleBlock::default()
    });

    let mut body = BodyBuilder::new(file);
    for &(number, line) in &lines[body_start..] {
        let role = match classify(line) {
            LineKind::Part {
                number: part,
                title,
            } => {
                body.start_part(number, part, title);
                LineRole::Heading
            }
            LineKind::Section {
                number: section,
                title,
                rest,
            } => {
                body.start_section(number, section, title);
                match rest {
                    Some(rest) => {
                        body.add_paragraph(number, rest);
                        LineRole::HeadingAndParagraph
                    }
                    None => LineRole::Heading,
                }
            }
            LineKind::Source(name) => {
                note_source(number, name, &mut problems);
                LineRole::Metadata
            }
            LineKind::Noise => {
                set_aside.push(SetAside {
                    line: number,
                    text: line.to_owned(),
                    reason: NOISE_REASON,
                });
                LineRole::SetAside
            }
            LineKind::Text => {
                body.add_paragraph(number, line);
                LineRole::Paragraph
            }
        };
        roles.push((number, role));
    }
    let (parts, body_problems) = body.finish();
    problems.extend(body_problems);

    let mut meta = Meta {
        title: block.title,
        subtitle: block.subtitle,
        occasion: block.occasion,
        speaker: block.speaker,
        date: block.date,
        source,
        licence: None,
        language: None,
    };
    config.apply(&mut meta);
    if meta.title.is_empty() {
        problems.push(at(
            lines[0].0,
            1,
            "the report has no title: no line comes before its salutation, and no report.toml sets one"
                .into(),
        ));
    }
    problems.sort_by_key(|p| (p.line, p.col));
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    Ok(Ingested {
        report: Report { meta, parts },
        roles,
        set_aside,
    })
}

#[cfg(test)]
mod tests;
