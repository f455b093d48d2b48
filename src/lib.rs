//! Report Explorer: read, search, chart, cite and embed one long report in the
//! browser. The views here are thin: parsing and figures live in report-core.

pub mod boot;
pub mod charts;
pub mod components;
pub mod data;
pub mod dom;
pub mod i18n;
pub mod integrity;
pub mod observers;
pub mod page_report;
pub mod prerender;
pub mod search_index;
pub mod translation;
pub mod translation_load;
pub mod url;

pub use components::App;
