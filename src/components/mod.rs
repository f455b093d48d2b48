//! The app's views, one component per file.

mod app;
mod citation_popover;
mod context;
mod data_error;
mod embed_code;
mod embed_view;
mod figure_popover;
mod figure_text;
mod footer;
mod indicators_view;
mod marked_text;
mod notice;
mod paragraph;
mod reader;
mod report_header;
mod scroll_spy;
mod search;
mod toc;
mod top_bar;

pub use app::{App, ReportApp};
pub use citation_popover::CitationPopover;
pub use context::{use_lang, use_report, CurrentSection, OpenCitation, TocOpen, UiLang};
pub use data_error::DataError;
pub use embed_view::EmbedView;
pub use footer::Footer;
pub use indicators_view::IndicatorsView;
pub use notice::Notice;
pub use paragraph::ParagraphView;
pub use reader::Reader;
pub use report_header::ReportHeader;
pub use search::SearchBox;
pub use toc::Toc;
pub use top_bar::TopBar;
