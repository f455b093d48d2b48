//! Snippets: about 60 characters of the original text around the first
//! match, with every match inside it as character ranges for highlighting.

use serde::Serialize;
use std::ops::Range;

/// Characters shown in a snippet, ellipses aside.
pub const SNIPPET_CHARS: usize = 60;
/// Characters of context kept before the first match.
const LEAD_IN_CHARS: usize = 18;

/// A piece of text to show with highlighted ranges.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    /// `[start, end)` in characters of `text`, sorted and disjoint.
    pub ranges: Vec<(usize, usize)>,
}

/// Sorts byte ranges and merges overlapping or touching ones.
pub fn merge_ranges(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match merged.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => merged.push(range),
        }
    }
    merged
}

/// Cuts a snippet of `text` around the first of `matches` (byte ranges,
/// sorted and merged). Walks only the characters near the window, so long
/// paragraphs cost no more than short ones.
pub fn make_snippet(text: &str, matches: &[Range<usize>]) -> Snippet {
    let first = matches.first().map_or(0, |m| m.start.min(text.len()));
    let mut from = text[..first]
        .char_indices()
        .rev()
        .nth(LEAD_IN_CHARS.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let to = text[from..]
        .char_indices()
        .nth(SNIPPET_CHARS)
        .map_or(text.len(), |(i, _)| from + i);
    // Near the end, start earlier so the window stays full.
    let shown = text[from..to].chars().count();
    if shown < SNIPPET_CHARS {
        from = text[..from]
            .char_indices()
            .rev()
            .nth(SNIPPET_CHARS - shown - 1)
            .map_or(0, |(i, _)| i);
    }
    let prefix = if from > 0 { "…" } else { "" };
    let suffix = if to < text.len() { "…" } else { "" };
    let offset = prefix.chars().count();
    let chars_to = |byte: usize| offset + text[from..byte].chars().count();
    let ranges = matches
        .iter()
        .filter(|m| m.start < to && m.end > from)
        .map(|m| (chars_to(m.start.max(from)), chars_to(m.end.min(to))))
        .collect();
    Snippet {
        text: format!("{prefix}{}{suffix}", &text[from..to]),
        ranges,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_overlapping_ranges() {
        assert_eq!(merge_ranges(vec![5..8, 0..2, 1..3, 8..9]), vec![0..3, 5..9]);
    }

    #[test]
    fn short_text_is_whole() {
        let text = "碳市场交易";
        let snippet = make_snippet(text, &[0.."碳市场".len()]);
        assert_eq!(snippet.text, "碳市场交易");
        assert_eq!(snippet.ranges, [(0, 3)]);
    }

    #[test]
    fn long_text_is_cut_around_the_first_match() {
        let text = format!("{}目标{}", "甲".repeat(100), "乙".repeat(100));
        let at = text.find("目标").unwrap();
        let snippet = make_snippet(&text, &[at..at + "目标".len()]);
        assert!(snippet.text.starts_with('…') && snippet.text.ends_with('…'));
        assert_eq!(snippet.text.chars().count(), SNIPPET_CHARS + 2);
        let (s, e) = snippet.ranges[0];
        let chars: Vec<char> = snippet.text.chars().collect();
        assert_eq!(chars[s..e].iter().collect::<String>(), "目标");
    }

    #[test]
    fn a_match_near_the_end_keeps_a_full_window() {
        let text = format!("{}尾", "甲".repeat(100));
        let at = text.find('尾').unwrap();
        let snippet = make_snippet(&text, &[at..text.len()]);
        assert!(snippet.text.ends_with('尾'));
        assert_eq!(snippet.text.chars().count(), SNIPPET_CHARS + 1);
    }
}
