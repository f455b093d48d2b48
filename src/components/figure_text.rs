//! Paragraph text with its figures as buttons and search matches marked.

use leptos::prelude::*;
use report_core::indicators::Located;
use report_core::CitationId;
use std::ops::Range;

use super::context::{use_indicators, use_lang, use_open_citation, use_open_figure};
use super::marked_text::marked_view;
use crate::i18n::Lang;

/// The DOM id of a figure button, so focus can return to it.
pub fn figure_element_id(paragraph: CitationId, indicator: usize) -> String {
    format!("fig-{paragraph}-{indicator}")
}

/// `ranges` that overlap `[from, to)`, clipped and made relative to `from`.
pub fn clip_ranges(ranges: &[Range<usize>], from: usize, to: usize) -> Vec<Range<usize>> {
    ranges
        .iter()
        .filter(|r| r.end > from && r.start < to)
        .map(|r| r.start.max(from) - from..r.end.min(to) - from)
        .collect()
}

/// Punctuation that closes a clause or a bracket, full-width and ASCII (the
/// report's text has been normalised to the latter where NFKC does so).
const CLOSING: &str = "\u{3002}\u{3001}\u{ff0c}\u{ff1b}\u{ff1a}\u{ff01}\u{ff1f}\u{ff09}\u{300d}\u{300f}\u{201d}\u{2019},;:!?)%";

/// How many bytes of closing punctuation `text` starts with.
fn closing_punctuation(text: &str) -> usize {
    text.chars()
        .take_while(|c| CLOSING.contains(*c))
        .map(char::len_utf8)
        .sum()
}

/// Renders `text[from..to]`: plain stretches with their search marks, and
/// each figure as a button that opens its indicator.
pub fn render_text(
    paragraph: CitationId,
    id_prefix: &'static str,
    text: &'static str,
    from: usize,
    to: usize,
    figures: &'static [Located],
    marks: &[Range<usize>],
) -> impl IntoView {
    let mut pieces = Vec::new();
    let mut at = from;
    for figure in figures.iter().filter(|f| f.start >= from && f.end <= to) {
        if figure.start > at {
            pieces.push(
                marked_view(
                    &text[at..figure.start],
                    &clip_ranges(marks, at, figure.start),
                )
                .into_any(),
            );
        }
        let inner = marked_view(
            &text[figure.start..figure.end],
            &clip_ranges(marks, figure.start, figure.end),
        );
        // An indicator stated twice in a paragraph (its value and its
        // change) has two buttons: the first takes the id focus returns to.
        let first = figures.iter().find(|f| f.indicator == figure.indicator) == Some(figure);
        let id = match first {
            true => format!(
                "{id_prefix}{}",
                figure_element_id(paragraph, figure.indicator)
            ),
            false => format!(
                "{id_prefix}{}-{}",
                figure_element_id(paragraph, figure.indicator),
                figure.start
            ),
        };
        let button = view! { <FigureButton paragraph=paragraph id=id indicator=figure.indicator>{inner}</FigureButton> };
        // Closing punctuation right after a figure stays on its line: a
        // line of Chinese never starts with `。` or `,`.
        let punctuation = closing_punctuation(&text[figure.end..to]);
        if punctuation == 0 {
            pieces.push(button.into_any());
        } else {
            let end = figure.end + punctuation;
            let after = marked_view(&text[figure.end..end], &clip_ranges(marks, figure.end, end));
            pieces.push(view! { <span class="keep-together">{button}{after}</span> }.into_any());
        }
        at = figure.end + punctuation;
    }
    if at < to {
        pieces.push(marked_view(&text[at..to], &clip_ranges(marks, at, to)).into_any());
    }
    pieces
}

/// A highlighted figure; click, tap or Enter opens its indicator popover.
#[component]
fn FigureButton(
    /// The paragraph it stands in.
    paragraph: CitationId,
    /// Its DOM id.
    id: String,
    /// Index of its indicator.
    indicator: usize,
    children: Children,
) -> impl IntoView {
    let indicators = use_indicators();
    let lang = use_lang();
    let open = use_open_figure();
    let open_citation = use_open_citation();
    let item = &indicators.list[indicator];
    let key = (paragraph, indicator);
    let is_open = move || open.get() == Some(key);
    // The English label comes with the full indicators, which the English
    // reader and an English embed read before they show a figure.
    let label = move || match (lang.get(), crate::data::full_indicators_if_read()) {
        (Lang::En, Some(full)) => full[indicator].label_en.as_str(),
        _ => item.label_zh.as_str(),
    };
    view! {
        <button
            type="button"
            class="figure"
            id=id
            aria-expanded=move || is_open().to_string()
            aria-haspopup="dialog"
            title=label
            // For tests; left out of the prerendered copy (scripts/browser.mjs).
            data-indicator=item.id.clone()
            on:click=move |_| {
                // One popover at a time: opening a figure's closes the citation's.
                let opening = open.get_untracked() != Some(key);
                if opening {
                    open_citation.set(None);
                }
                open.set(opening.then_some(key));
            }
        >
            {children()}
        </button>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_closing_punctuation_after_a_figure() {
        assert_eq!(closing_punctuation("。针对秋冬季"), "。".len());
        assert_eq!(closing_punctuation("),同比"), "),".len());
        assert_eq!(closing_punctuation("同比下降"), 0);
    }

    #[test]
    fn clips_ranges_to_a_piece() {
        assert_eq!(clip_ranges(&[0..4, 6..10, 12..14], 3, 8), vec![0..1, 3..5]);
        assert!(clip_ranges(&[0..2], 5, 9).is_empty());
    }
}
