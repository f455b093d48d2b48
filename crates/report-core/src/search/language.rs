//! What differs between searching the Chinese text and its English
//! translation. Chinese matches any substring, since it has no spaces
//! between words. English matches where a word starts, keeps single spaces
//! between words, and highlights whole words.
//!
//! The language is a type, not a value: search code is generic over
//! [`Language`], so the Chinese search compiled into the app's first screen
//! holds none of the English rules, which only the English chunk needs.

use std::fmt::Debug;

use crate::numeral::chinese_numeral;

/// The language of the text an index searches, as a type parameter.
pub trait Language: Debug + Copy + Default + Send + Sync + 'static {
    /// Whether each run of whitespace becomes one space (none at either
    /// end) rather than being removed.
    const KEEPS_SPACES: bool;

    /// Whether `term` found at byte `at` of `text` starts a word, as a
    /// match must.
    fn starts_word(text: &str, at: usize, term: &str) -> bool;

    /// Where a highlight of a match ending at byte `end` of `text` ends.
    fn highlight_end(text: &str, end: usize) -> usize;

    /// A part's label in a hit's section path.
    fn part_label(number: u8, title: &str) -> String;

    /// A section's label in a hit's section path.
    fn section_label(number: u8, title: &str) -> String;
}

/// Chinese: any substring matches; whitespace is removed; paths read
/// `一、title` and `(一)title`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Chinese;

/// English: a term matches where a word starts, and may end inside a word
/// (`emission` finds `Emissions`, not `remission`), and is highlighted to
/// the end of that word; every run of whitespace is one space; paths read
/// `1. title` and `(1) title`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct English;

impl Language for Chinese {
    const KEEPS_SPACES: bool = false;

    fn starts_word(_: &str, _: usize, _: &str) -> bool {
        true
    }

    fn highlight_end(_: &str, end: usize) -> usize {
        end
    }

    fn part_label(number: u8, title: &str) -> String {
        format!("{}、{title}", chinese_numeral(number))
    }

    fn section_label(number: u8, title: &str) -> String {
        format!("({}){title}", chinese_numeral(number))
    }
}

impl Language for English {
    const KEEPS_SPACES: bool = true;

    /// True unless a word character stands right before a term that starts
    /// with one (a term starting with punctuation, such as `.5`, needs no
    /// space before it).
    fn starts_word(text: &str, at: usize, term: &str) -> bool {
        let before = text[..at].chars().next_back();
        !(before.is_some_and(is_word_char) && term.chars().next().is_some_and(is_word_char))
    }

    /// The end of the word the match ends in, so that `emission` marks all
    /// of `emissions`.
    fn highlight_end(text: &str, end: usize) -> usize {
        if !text[..end].chars().next_back().is_some_and(is_word_char) {
            return end;
        }
        text[end..]
            .find(|c: char| !is_word_char(c))
            .map_or(text.len(), |rest| end + rest)
    }

    fn part_label(number: u8, title: &str) -> String {
        format!("{number}. {title}")
    }

    fn section_label(number: u8, title: &str) -> String {
        format!("({number}) {title}")
    }
}

/// Byte offsets in `text` where `term` matches, left to right, without
/// overlap: every occurrence in Chinese (as `str::match_indices` finds
/// them), those at a word start in English. A rejected occurrence moves on
/// by one character, not by the term, so it hides no match that overlaps it
/// (`a-a` in `ba-a-a`).
pub(super) fn match_starts<'t, L: Language>(
    text: &'t str,
    term: &'t str,
) -> impl Iterator<Item = usize> + 't {
    let mut from = 0;
    std::iter::from_fn(move || {
        if term.is_empty() {
            return None;
        }
        while let Some(found) = text.get(from..)?.find(term) {
            let at = from + found;
            if L::starts_word(text, at, term) {
                from = at + term.len();
                return Some(at);
            }
            from = at + text[at..].chars().next().map_or(1, char::len_utf8);
        }
        None
    })
}

/// A letter or digit of normalised text. Beyond ASCII, every character but
/// the punctuation and symbol blocks counts: normalisation has already
/// folded the letters and digits of those blocks (`²` → `2`, `µ` → `μ`),
/// and the standard library's Unicode tables for `is_alphanumeric` would
/// add about 2 KB to the wasm.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(
        u32::from(c),
        0x80..=0xBF            // Latin-1 punctuation and symbols: « ° ± · »
            | 0xD7 | 0xF7      // × ÷
            | 0x2000..=0x2BFF  // punctuation, currency, arrows, maths, shapes
            | 0x3000..=0x303F  // CJK punctuation: 、 。 「 」
            | 0xFE10..=0xFE6F  // vertical and small forms
            | 0xFF00..=0xFF0F  // full-width punctuation left unfolded
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn starts<L: Language>(text: &str, term: &str) -> Vec<usize> {
        match_starts::<L>(text, term).collect()
    }

    #[test]
    fn chinese_matches_every_occurrence_without_overlap() {
        assert_eq!(starts::<Chinese>("碳市场碳市场", "碳市场"), [0, 9]);
        assert_eq!(starts::<Chinese>("aaaa", "aa"), [0, 2]);
        assert_eq!(starts::<Chinese>("remission", "mission"), [2]);
        // Exactly what the Chinese search found before it had a language.
        for (text, term) in [("aaaaa", "aa"), ("ba-a-a", "a-a"), ("碳碳碳", "碳碳")] {
            let found: Vec<usize> = text.match_indices(term).map(|(at, _)| at).collect();
            assert_eq!(starts::<Chinese>(text, term), found, "{term} in {text}");
        }
    }

    #[test]
    fn english_matches_only_at_a_word_start() {
        assert_eq!(starts::<English>("emissions, remission", "emission"), [0]);
        assert_eq!(starts::<English>("scar car", "car"), [5]);
        assert_eq!(starts::<English>("low-carbon \"carbon", "carbon"), [4, 12]);
        assert!(starts::<English>("emissions", "mission").is_empty());
        // A rejected occurrence hides no overlapping match.
        assert_eq!(starts::<English>("ba-a-a", "a-a"), [3]);
        // A term that starts with punctuation may follow a word.
        assert_eq!(starts::<English>("pm2.5", ".5"), [3]);
        assert_eq!(starts::<English>("the café", "café"), [4]);
        assert!(starts::<English>("x", "").is_empty());
    }

    #[test]
    fn english_highlights_run_to_the_end_of_the_word() {
        let text = "emissions. pm2.5 über";
        let end = |to: &str| English::highlight_end(text, to.len());
        assert_eq!(end("emission"), "emissions".len());
        assert_eq!(end("emissions."), "emissions.".len());
        assert_eq!(end("emissions. pm"), "emissions. pm2".len());
        assert_eq!(English::highlight_end(text, text.len() - 2), text.len());
        assert_eq!(Chinese::highlight_end(text, 3), 3);
    }

    #[test]
    fn word_characters() {
        for c in ['a', 'Z', '7', 'é', 'μ', '碳'] {
            assert!(is_word_char(c), "{c}");
        }
        for c in [' ', '-', '\'', '"', '.', '°', '·', '×', '—', '€', '、'] {
            assert!(!is_word_char(c), "{c}");
        }
    }

    #[test]
    fn path_labels() {
        assert_eq!(Chinese::part_label(2, "甲"), "二、甲");
        assert_eq!(Chinese::section_label(3, "乙"), "(三)乙");
        assert_eq!(English::part_label(2, "Goals"), "2. Goals");
        assert_eq!(English::section_label(3, "Air"), "(3) Air");
    }
}
