//! Text with some ranges wrapped in `<mark>`, for search matches.

use leptos::prelude::*;
use std::ops::Range;

/// Splits `text` into plain and marked pieces; `ranges` are byte ranges,
/// sorted and disjoint, and may extend past the text (they are clipped).
pub fn split_marked(text: &str, ranges: &[Range<usize>]) -> Vec<(String, bool)> {
    let mut pieces = Vec::new();
    let mut at = 0;
    for range in ranges {
        let start = range.start.clamp(at, text.len());
        let end = range.end.clamp(start, text.len());
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) || start == end {
            continue;
        }
        if start > at {
            pieces.push((text[at..start].to_owned(), false));
        }
        pieces.push((text[start..end].to_owned(), true));
        at = end;
    }
    if at < text.len() {
        pieces.push((text[at..].to_owned(), false));
    }
    pieces
}

/// Converts `[start, end)` character ranges (as search snippets carry) into byte ranges.
pub fn char_ranges_to_bytes(text: &str, ranges: &[(usize, usize)]) -> Vec<Range<usize>> {
    let starts: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    ranges
        .iter()
        .filter_map(|&(s, e)| Some(*starts.get(s)?..*starts.get(e)?))
        .collect()
}

/// Renders text with its marked pieces.
pub fn marked_view(text: &str, ranges: &[Range<usize>]) -> impl IntoView {
    split_marked(text, ranges)
        .into_iter()
        .map(|(piece, marked)| {
            if marked {
                view! { <mark class="match">{piece}</mark> }.into_any()
            } else {
                piece.into_any()
            }
        })
        .collect_view()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_around_ranges() {
        let text = "蓝天保卫战加力推进";
        let pieces = split_marked(text, &[3..9, 12..15]);
        assert_eq!(
            pieces,
            [
                ("蓝".into(), false),
                ("天保".into(), true),
                ("卫".into(), false),
                ("战".into(), true),
                ("加力推进".into(), false)
            ]
        );
        assert_eq!(split_marked(text, &[]), [(text.to_owned(), false)]);
        // Ranges past the end or inside a character are ignored.
        assert_eq!(
            split_marked("ab", &[1..99]),
            [("a".into(), false), ("b".into(), true)]
        );
        assert_eq!(split_marked("碳", &[1..2]), [("碳".into(), false)]);
    }

    #[test]
    fn converts_character_ranges() {
        assert_eq!(char_ranges_to_bytes("…碳市场", &[(1, 4)]), [3..12]);
        assert!(char_ranges_to_bytes("ab", &[(1, 9)]).is_empty());
    }
}
