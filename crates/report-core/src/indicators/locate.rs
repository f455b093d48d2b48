//! Where each stated indicator sits in its paragraph: the span of its value
//! (qualifier and unit included) and of its stated change, for highlighting
//! figures in the reader.
//!
//! Finding them takes the quantity scanner; the app is handed the spans its
//! build found instead ([`spans_that_fit`]), so the wasm carries neither the
//! scanner nor the work of running it at start-up.

use super::Indicator;
use crate::citation::{CitationId, CitationMap};
use crate::model::Report;
use crate::quantity::extract;

/// One highlighted figure: a byte span of a paragraph and the indicator it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub start: usize,
    pub end: usize,
    /// Index into the indicator list.
    pub indicator: usize,
}

/// Spans per paragraph, sorted and disjoint. Derived indicators have none.
pub fn locate(report: &Report, indicators: &[Indicator]) -> CitationMap<Vec<Located>> {
    let mut found: CitationMap<Vec<Located>> = CitationMap::default();
    for paragraph in report.paragraphs() {
        let mine: Vec<(usize, &Indicator)> = indicators
            .iter()
            .enumerate()
            .filter(|(_, i)| i.paragraph == paragraph.id && !i.is_derived())
            .collect();
        if mine.is_empty() {
            continue;
        }
        let quantities = extract(paragraph.id, &paragraph.text);
        let mut taken = vec![false; quantities.len()];
        let mut spans = Vec::new();
        for (index, indicator) in mine {
            let Some(quote_start) = paragraph.text.find(&indicator.quote) else {
                continue;
            };
            let quote_end = quote_start + indicator.quote.len();
            let change = indicator
                .change
                .as_deref()
                .map(|c| c.trim_start_matches(['-', '+']));
            let mut take = |wanted: &str, is_change: bool| {
                let hit = quantities.iter().enumerate().position(|(i, q)| {
                    !taken[i]
                        && q.number == wanted
                        && q.number_span.0 >= quote_start
                        && q.number_span.1 <= quote_end
                        && (!is_change || q.change.is_some())
                });
                if let Some(i) = hit {
                    taken[i] = true;
                    spans.push(Located {
                        start: quantities[i].span.0,
                        end: quantities[i].span.1,
                        indicator: index,
                    });
                }
            };
            take(&indicator.value, false);
            if let Some(change) = change.filter(|c| *c != indicator.value) {
                take(change, true);
            }
        }
        spans.sort_by_key(|l| l.start);
        found.insert(paragraph.id, spans);
    }
    found
}

/// A digest of a paragraph's text (32-bit FNV-1a), which tells whether spans
/// found in one copy of the text fit another.
pub fn text_digest(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// [`locate`]'s spans, paragraph by paragraph in document order, each with
/// the [`text_digest`] of the text they were found in: what a build hands
/// the app for [`spans_that_fit`].
pub fn spans_with_digests(
    report: &Report,
    indicators: &[Indicator],
) -> Vec<(CitationId, u32, Vec<Located>)> {
    let mut located = locate(report, indicators);
    report
        .paragraphs()
        .filter_map(|p| Some((p.id, text_digest(&p.text), located.remove(&p.id)?)))
        .collect()
}

/// The spans found in each paragraph (as [`spans_with_digests`] gives
/// them), kept for the paragraphs
/// of `report` whose text is still that text. A paragraph that reads
/// differently loses its highlights rather than marking the wrong words.
pub fn spans_that_fit(
    report: &Report,
    found: impl IntoIterator<Item = (CitationId, u32, Vec<Located>)>,
) -> CitationMap<Vec<Located>> {
    found
        .into_iter()
        .filter(|(paragraph, digest, _)| {
            report
                .paragraph(*paragraph)
                .is_some_and(|p| text_digest(&p.text) == *digest)
        })
        .map(|(paragraph, _, spans)| (paragraph, spans))
        .collect()
}
