//! The footer: where the text comes from, the open data behind it, and the
//! build's version and data fingerprint for checking mirrored copies.

use leptos::prelude::*;

use super::context::{use_lang, use_report};
use super::integrity_check::use_integrity;
use crate::integrity::{Integrity, TEXT_SHA256};

/// The build version: package version and commit.
pub const BUILD_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "+", env!("BUILD_COMMIT"));
/// SHA-256 of the report text this build carries (published as `data/report.zh.txt`).
pub const REPORT_SHA256: &str = env!("REPORT_SHA256");

/// Source line, open-data downloads and integrity line.
#[component]
pub fn Footer() -> impl IntoView {
    let report = use_report();
    let lang = use_lang();
    let strings = move || lang.get().strings();
    let integrity = use_integrity();
    let check_result = move || {
        let strings = strings();
        match integrity.get() {
            Integrity::Checking => strings.integrity_checking,
            Integrity::Verified => strings.integrity_verified,
            Integrity::Mismatch => strings.integrity_mismatch,
            Integrity::Unavailable => strings.integrity_unavailable,
        }
    };
    view! {
        <footer class="report-footer">
            {report
                .meta
                .source
                .clone()
                .map(|source| {
                    view! {
                        <p>
                            {move || strings().source}": "
                            <span class="report-footer__source">{source}</span>
                        </p>
                    }
                })}
            <p>
                {move || strings().open_data}": "
                <a href="data/report.json" download="report.json">"report.json"</a>
                " · "
                <a href="data/indicators.csv" download="indicators.csv">"indicators.csv"</a>
                " · "
                <a href="data/report.zh.txt" download="report.zh.txt">"report.zh.txt"</a>
            </p>
            <p class="report-footer__integrity" data-testid="integrity" data-integrity=move || integrity.get().as_str()>
                {move || strings().version}" "<code>{BUILD_VERSION}</code>" · "{move || strings().data_fingerprint}" "
                <code title=REPORT_SHA256>"sha256:"{&REPORT_SHA256[..12]}</code>" · "
                {move || strings().text_check}" "
                <span class="report-footer__check" title=TEXT_SHA256>{check_result}</span>
            </p>
        </footer>
    }
}
