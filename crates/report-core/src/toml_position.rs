//! Positions in the project's TOML files (catalog, charts, `report.toml`,
//! translations), so that each problem reads `file:line:col: message`.

use crate::diagnostic::{Diagnostic, Diagnostics};

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A problem at byte `offset` of `text`, the contents of `file`.
pub fn at_offset(file: &str, text: &str, offset: usize, message: String) -> Diagnostic {
    let (line, col) = line_col(text, offset);
    Diagnostic {
        file: file.to_owned(),
        line,
        col,
        message,
    }
}

/// A TOML syntax or shape error of `text`, where the parser found it.
pub fn toml_error(file: &str, text: &str, error: &toml::de::Error) -> Diagnostics {
    let offset = error.span().map_or(0, |span| span.start);
    Diagnostics(vec![at_offset(
        file,
        text,
        offset,
        error.message().to_owned(),
    )])
}
