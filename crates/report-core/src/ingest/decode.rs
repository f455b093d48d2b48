//! From a file's bytes to text the parser can trust: not too large, valid
//! UTF-8, and free of the control characters that mark a binary file. Every
//! problem comes back with its line and column, at most `MAX_LISTED` of a kind.

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Largest text accepted. Reports of the genre run to about 100 KB; a file
/// many times that is something else, and its explorer would not load.
pub const MAX_REPORT_BYTES: usize = 2 * 1024 * 1024;

/// How many positions of one kind of problem are listed before a count.
const MAX_LISTED: usize = 10;

/// The bytes as text, not too large and valid UTF-8; [`check_text`], which
/// `ingest` runs on every text, does the rest.
pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostics> {
    check_size(file, bytes.len())?;
    std::str::from_utf8(bytes).map_err(|_| invalid_utf8(file, bytes))
}

/// The checks that hold for text already decoded.
pub fn check_text(file: &str, text: &str) -> Result<(), Diagnostics> {
    check_size(file, text.len())?;
    let mut problems = Vec::new();
    let (mut line, mut col) = (1, 1);
    for c in text.chars() {
        if c == '\n' {
            line += 1;
            col = 1;
            continue;
        }
        if c.is_control() && !matches!(c, '\r' | '\t' | '\u{c}') {
            problems.push(at(
                file,
                line,
                col,
                format!(
                    "control character U+{:04X}: this looks like a binary file, not a report's text",
                    u32::from(c)
                ),
            ));
        }
        col += 1;
    }
    finish(problems)
}

fn check_size(file: &str, len: usize) -> Result<(), Diagnostics> {
    if len <= MAX_REPORT_BYTES {
        return Ok(());
    }
    let megabytes = |n: usize| n as f64 / (1024.0 * 1024.0);
    Err(Diagnostics(vec![at(
        file,
        1,
        1,
        format!(
            "the file is {:.1} MB, more than the {:.0} MB a report's text may have",
            megabytes(len),
            megabytes(MAX_REPORT_BYTES)
        ),
    )]))
}

fn invalid_utf8(file: &str, bytes: &[u8]) -> Diagnostics {
    let mut problems = Vec::new();
    let (mut line, mut col) = (1, 1);
    let mut rest = bytes;
    while !rest.is_empty() {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(valid) => (valid, None),
            Err(error) => {
                // The prefix up to valid_up_to is valid UTF-8 by definition.
                let valid = std::str::from_utf8(&rest[..error.valid_up_to()]).unwrap_or_default();
                (valid, Some(error))
            }
        };
        for c in valid.chars() {
            if c == '\n' {
                line += 1;
                col = 1;
            } else {
                col += 1;
            }
        }
        let Some(error) = error else { break };
        problems.push(at(
            file,
            line,
            col,
            format!("invalid UTF-8 (byte 0x{:02x})", rest[error.valid_up_to()]),
        ));
        col += 1;
        let skip = error
            .error_len()
            .unwrap_or(rest.len() - error.valid_up_to());
        rest = &rest[error.valid_up_to() + skip..];
    }
    finish(problems).err().unwrap_or_default()
}

fn at(file: &str, line: usize, col: usize, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        line,
        col,
        message,
    }
}

/// The first `MAX_LISTED` problems, then how many more there are.
fn finish(mut problems: Vec<Diagnostic>) -> Result<(), Diagnostics> {
    if problems.is_empty() {
        return Ok(());
    }
    if problems.len() > MAX_LISTED {
        let more = problems.len() - MAX_LISTED;
        problems.truncate(MAX_LISTED);
        let last = &problems[MAX_LISTED - 1];
        let (file, line, col) = (last.file.clone(), last.line, last.col);
        problems.push(at(
            &file,
            line,
            col,
            format!("… and {more} more like these"),
        ));
    }
    Err(Diagnostics(problems))
}
