//! Where each stated indicator sits in its paragraph: the span of its value
//! (qualifier and unit included) and of its stated change, for highlighting
//! figures in the reader.

use std::collections::HashMap;

use super::Indicator;
use crate::citation::CitationId;
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
pub fn locate(report: &Report, indicators: &[Indicator]) -> HashMap<CitationId, Vec<Located>> {
    let mut found: HashMap<CitationId, Vec<Located>> = HashMap::new();
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
