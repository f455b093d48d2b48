//! Ingest: the report's plain text → [`Report`], or every problem found as a
//! [`Diagnostic`] with file, line and column.

mod builder;
mod lead;
mod line;
mod title_block;
mod utf8;

pub use lead::lead_sentence;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Meta, Report};
use builder::BodyBuilder;
use line::{classify, trim_line, LineKind};
use title_block::{assign_roles, parse_date_line};

/// How many non-blank lines may precede the date line that closes the title block.
const MAX_TITLE_BLOCK_LINES: usize = 8;

/// Parses raw file bytes, reporting every invalid UTF-8 sequence by position.
pub fn parse_report_bytes(file: &str, bytes: &[u8]) -> Result<Report, Diagnostics> {
    let text = utf8::decode(file, bytes)?;
    parse_report(file, text)
}

/// Parses the report text. Accepts a UTF-8 BOM and CRLF line ends; `file`
/// only labels diagnostics.
pub fn parse_report(file: &str, text: &str) -> Result<Report, Diagnostics> {
    let at = |line: usize, col: usize, message: String| Diagnostic {
        file: file.to_owned(),
        line,
        col,
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Diagnostics(vec![at(1, 1, "the report is empty".into())]));
    }
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, trim_line(line)))
        .filter(|(_, line)| !line.is_empty())
        .collect();

    let mut problems = Vec::new();
    let Some(date_index) = lines
        .iter()
        .take(MAX_TITLE_BLOCK_LINES)
        .position(|(_, line)| parse_date_line(line).is_some())
    else {
        problems.push(at(
            lines[0].0,
            1,
            "the title block must end with a date line such as (2025年1月14日)".into(),
        ));
        return Err(Diagnostics(problems));
    };
    let (date_line_number, date_line) = lines[date_index];
    let date = match parse_date_line(date_line) {
        Some(Ok(date)) => date,
        Some(Err(message)) => {
            problems.push(at(date_line_number, 1, message));
            String::new()
        }
        None => String::new(),
    };
    if date_index == 0 {
        problems.push(at(
            date_line_number,
            1,
            "the title block has no title before its date".into(),
        ));
    }
    let title_lines: Vec<&str> = lines[..date_index].iter().map(|(_, line)| *line).collect();
    let block = assign_roles(&title_lines, date);

    let mut body = BodyBuilder::new(file);
    let mut source: Option<String> = None;
    for &(number, line) in &lines[date_index + 1..] {
        match classify(line) {
            LineKind::Part {
                number: part,
                title,
            } => body.start_part(number, part, title),
            LineKind::Section {
                number: section,
                title,
            } => body.start_section(number, section, title),
            LineKind::Source(name) => {
                if source.is_some() {
                    problems.push(at(number, 1, "a second 来源: line".into()));
                }
                source = Some(name.to_owned());
            }
            LineKind::Noise => {}
            LineKind::Text => body.add_paragraph(number, line),
        }
    }
    let (parts, body_problems) = body.finish();
    problems.extend(body_problems);
    problems.sort_by_key(|p| (p.line, p.col));
    if !problems.is_empty() {
        return Err(Diagnostics(problems));
    }
    Ok(Report {
        meta: Meta {
            title: block.title,
            subtitle: block.subtitle,
            occasion: block.occasion,
            speaker: block.speaker,
            date: block.date,
            source,
        },
        parts,
    })
}

#[cfg(test)]
mod tests;
