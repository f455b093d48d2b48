//! Checks the text this page shows against the fingerprint its build
//! compiled in: the canonical form of the report read from the page
//! (`report_core::integrity`), hashed with SHA-256, equals
//! `REPORT_TEXT_SHA256` only if no heading, paragraph or title-block line
//! was changed, added, dropped or moved.
//!
//! The browser's own SHA-256 (`crypto.subtle`) does the hashing where the
//! page is a secure context (https, localhost, a file on disk), so the wasm
//! carries no hash code for it; a copy served over plain http on an
//! intranet has no `crypto.subtle`, and fetches the `sha2` crate's code in a
//! chunk of its own instead (`deferred::text_sha256`).

use js_sys::{Reflect, Uint8Array};
use report_core::Report;
use sha2::{Digest, Sha256};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// SHA-256 of the canonical text of the report this build was made from.
pub const TEXT_SHA256: &str = env!("REPORT_TEXT_SHA256");

/// Where the check of the shown text stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Integrity {
    Checking,
    /// The shown text is the published one.
    Verified,
    /// The shown text differs from the published one.
    Mismatch,
    /// No way to hash here (plain http, and the hashing chunk not fetched).
    Unavailable,
}

impl Integrity {
    /// The footer's `data-integrity` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Integrity::Checking => "checking",
            Integrity::Verified => "verified",
            Integrity::Mismatch => "mismatch",
            Integrity::Unavailable => "unavailable",
        }
    }
}

/// Hashes the canonical form of `report` and compares it with the build's.
pub async fn check(report: &Report) -> Integrity {
    let canonical = report_core::integrity::canonical_text(report);
    let digest = match browser_sha256_hex(&canonical).await {
        Some(digest) => Some(digest),
        None => crate::components::deferred::text_sha256(canonical)
            .await
            .ok(),
    };
    match digest {
        Some(digest) if digest == TEXT_SHA256 => Integrity::Verified,
        Some(_) => Integrity::Mismatch,
        None => Integrity::Unavailable,
    }
}

/// SHA-256 by `crypto.subtle`, or `None` where the page has none.
async fn browser_sha256_hex(text: &str) -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    let subtle = Reflect::get(&crypto, &"subtle".into()).ok()?;
    if subtle.is_undefined() {
        return None;
    }
    let subtle: web_sys::SubtleCrypto = subtle.unchecked_into();
    let promise = subtle
        .digest_with_str_and_u8_array("SHA-256", text.as_bytes())
        .ok()?;
    let digest = JsFuture::from(promise).await.ok()?;
    Some(hex(&Uint8Array::new(&digest).to_vec()))
}

/// SHA-256 in the wasm, for pages without `crypto.subtle`.
pub fn sha256_hex(text: &str) -> String {
    hex(&Sha256::digest(text.as_bytes()))
}

/// Lower-case hex, without the formatting machinery's padding code.
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    bytes
        .iter()
        .flat_map(|b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}
