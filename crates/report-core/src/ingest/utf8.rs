//! UTF-8 decoding that reports every invalid byte sequence with its position.

use crate::diagnostic::{Diagnostic, Diagnostics};

pub fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Diagnostics> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text);
    }
    let mut problems = Vec::new();
    let (mut line, mut col) = (1, 1);
    let mut rest = bytes;
    while !rest.is_empty() {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(valid) => (valid, None),
            Err(error) => {
                // SAFETY-free: the prefix up to valid_up_to is valid UTF-8 by definition.
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
        problems.push(Diagnostic {
            file: file.to_owned(),
            line,
            col,
            message: format!("invalid UTF-8 (byte 0x{:02x})", rest[error.valid_up_to()]),
        });
        col += 1;
        let skip = error
            .error_len()
            .unwrap_or(rest.len() - error.valid_up_to());
        rest = &rest[error.valid_up_to() + skip..];
    }
    Err(Diagnostics(problems))
}
