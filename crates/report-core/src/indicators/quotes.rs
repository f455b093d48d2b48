//! Where each indicator's quote sits in its paragraph, so that an app which
//! already holds the report's text can show the quote without carrying its
//! words a second time.

use std::ops::Range;

use super::locate::text_digest;
use super::Indicator;
use crate::model::Report;

/// A quote's place: the [`text_digest`] of the paragraph's text it was found
/// in, and its byte range there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    pub digest: u32,
    pub range: Range<usize>,
}

/// Each indicator's quote in its paragraph, in the order of `indicators`;
/// `None` where the paragraph does not hold the quote, which validation
/// refuses.
pub fn quote_spans(report: &Report, indicators: &[Indicator]) -> Vec<Option<QuoteSpan>> {
    indicators
        .iter()
        .map(|indicator| {
            let text = &report.paragraph(indicator.paragraph)?.text;
            let start = text.find(&indicator.quote)?;
            Some(QuoteSpan {
                digest: text_digest(text),
                range: start..start + indicator.quote.len(),
            })
        })
        .collect()
}

/// The words `span` points at in `text`, if `text` is still the text they
/// were found in: a paragraph that reads differently shows no quote rather
/// than the wrong words.
pub fn quote_that_fits<'a>(text: &'a str, span: &QuoteSpan) -> Option<&'a str> {
    (text_digest(text) == span.digest)
        .then(|| text.get(span.range.clone()))
        .flatten()
}
