//! Pure Rust core of Report Explorer: the report model, ingest of the plain
//! text report into that model, search, and exports. Nothing here touches the DOM, so
//! the web app and the CLI share exactly the same logic and tests run natively.
//!
//! Messages that the app can show put strings in quotes with `Display`, not
//! `{:?}`: `Debug` on a string escapes it with Unicode tables that would add
//! about 3.5 KB gzip to the app's wasm.

pub mod charts;
pub mod citation;
pub mod decimal;
pub mod diagnostic;
pub mod english;
pub mod export;
pub mod fast_hash;
pub mod indicators;
pub mod ingest;
pub mod integrity;
pub mod model;
pub mod numeral;
pub mod quantity;
pub mod report_config;
pub mod report_folder;
pub mod search;
#[cfg(feature = "catalog-toml")]
pub mod toml_position;
pub mod translation;

pub use citation::{CitationId, CitationMap, CitationSet, SectionId};
pub use diagnostic::{Diagnostic, Diagnostics};
pub use export::{report_json, Stats};
pub use ingest::{ingest, ingest_bytes, parse_report, parse_report_bytes, Ingested};
pub use model::{Meta, Paragraph, Part, Report, Section};
pub use report_config::ReportConfig;
pub use search::{
    Chinese, English, Language, SearchHit, SearchIndex, SearchIndexBuilder, SearchResults,
};
