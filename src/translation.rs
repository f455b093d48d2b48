//! The report's English text. The Chinese reader's first screen carries
//! none of it: the text, its index and the views that show it come with
//! the English chunk (`deferred::translated_reader`, src/translation_load.rs)
//! the first time a reader asks for English or the bilingual view. What the
//! first screen's code needs of it (searching it, marking its matches) it
//! asks through [`TextSearch`], whose code sits in that chunk.

use report_core::indicators::Located;
use report_core::search::Suggestion;
use report_core::{CitationMap, Report, SearchResults};
use std::ops::Range;
use std::sync::OnceLock;

/// Searching a text other than the original.
pub trait TextSearch: Send + Sync {
    fn search(&self, query: &str) -> SearchResults;
    /// This text's hits and `original`'s as one list: the bilingual view
    /// searches both.
    fn search_beside(&self, original: SearchResults, query: &str) -> SearchResults;
    fn suggest(&self, query: &str) -> Vec<Suggestion>;
    /// Byte ranges of `text` (a paragraph of this text) that `query` marks.
    fn highlight(&self, text: &str, query: &str) -> Vec<Range<usize>>;
}

/// The report in English, with its figures placed in the English wording.
pub struct EnglishText {
    pub report: &'static Report,
    pub figures: &'static CitationMap<Vec<Located>>,
    pub search: &'static dyn TextSearch,
}

static ENGLISH: OnceLock<EnglishText> = OnceLock::new();

/// The English text, once loaded.
pub fn english() -> Option<&'static EnglishText> {
    ENGLISH.get()
}

/// Keeps the loaded English text for the page's life; the first one wins.
pub fn keep_english(text: EnglishText) -> &'static EnglishText {
    ENGLISH.get_or_init(|| text)
}
