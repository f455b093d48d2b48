//! English search over the bundled report's translation, which the
//! `catalog-toml` feature reads.

use super::*;
use crate::translation::{parse_translation, translated_report};
use proptest::prelude::*;
use std::collections::BTreeSet;

static ENGLISH_REPORT: LazyLock<Report> = LazyLock::new(|| {
    let text = include_str!("../../../../../data/2025-national-eco-env-work-report.zh.txt");
    let report = parse_report("report.zh.txt", text).expect("the bundled report parses");
    let translation = include_str!("../../../../../data/report.en.toml");
    let translation = parse_translation("report.en.toml", translation).expect("it parses");
    translated_report(&report, &translation)
});
static BUNDLED: LazyLock<SearchIndex<English>> =
    LazyLock::new(|| SearchIndex::build_in(&ENGLISH_REPORT));

/// The reference answer: paragraphs, and first paragraphs under
/// headings, whose text has every term at a word start, checked
/// character by character with the standard library's `is_alphanumeric`.
fn brute_force(query: &str) -> BTreeSet<crate::CitationId> {
    let terms = Query::parse_in::<English>(query).terms;
    let has_all = |text: &str| {
        let text = normalize_in::<English>(text);
        !terms.is_empty()
            && terms.iter().all(|term| {
                let starts_word = term.chars().next().is_some_and(char::is_alphanumeric);
                text.char_indices().any(|(at, _)| {
                    text[at..].starts_with(term.as_str())
                        && !(starts_word
                            && text[..at]
                                .chars()
                                .next_back()
                                .is_some_and(char::is_alphanumeric))
                })
            })
    };
    let mut found = BTreeSet::new();
    for part in &ENGLISH_REPORT.parts {
        let first_of_part = part.sections.iter().find_map(|s| s.paragraphs.first());
        if let (Some(title), Some(first)) = (&part.title, first_of_part) {
            if has_all(title) {
                found.insert(first.id);
            }
        }
        for section in &part.sections {
            if let (Some(title), Some(first)) = (&section.title, section.paragraphs.first()) {
                if has_all(title) {
                    found.insert(first.id);
                }
            }
            found.extend(
                section
                    .paragraphs
                    .iter()
                    .filter(|p| has_all(&p.text))
                    .map(|p| p.id),
            );
        }
    }
    found
}

fn found(query: &str) -> BTreeSet<crate::CitationId> {
    BUNDLED
        .search(query)
        .hits
        .iter()
        .map(|h| h.paragraph)
        .collect()
}

#[test]
fn emission_finds_the_paragraphs_that_speak_of_emissions() {
    let hits = found("emission");
    assert!(hits.len() > 10, "{hits:?}");
    assert_eq!(hits, brute_force("emission"));
    // §1.3.3: "… the national carbon emissions trading market …".
    let carbon_trading = "1.3.3".parse().unwrap();
    assert!(hits.contains(&carbon_trading));
    assert!(found("\"carbon emissions trading\"").contains(&carbon_trading));
    // `mission` finds China's mission (§1.5.7), never `emissions`.
    let mission = found("mission");
    assert!(mission.contains(&"1.5.7".parse().unwrap()), "{mission:?}");
    assert!(!mission.contains(&carbon_trading));
    let hit = &BUNDLED.search("\"carbon market\"").hits[0];
    assert!(
        hit.section[0].starts_with("1. Important progress"),
        "{:?}",
        hit.section
    );
    assert!(
        hit.section[1].starts_with("(3) Strengthening"),
        "{:?}",
        hit.section
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// From any word start of any paragraph, a few characters find
    /// exactly the paragraphs the reference finds, their own among them.
    #[test]
    fn word_starts_find_exactly_what_the_reference_finds(
        paragraph in 0usize..85,
        word in 0usize..400,
        len in 1usize..14,
    ) {
        let paragraph = ENGLISH_REPORT.paragraphs().nth(paragraph).unwrap();
        let text = &paragraph.text;
        let starts: Vec<usize> = text
            .char_indices()
            .filter(|&(at, c)| {
                c.is_alphanumeric()
                    && !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            })
            .map(|(at, _)| at)
            .collect();
        let start = starts[word % starts.len()];
        // Up to a quote mark, which would end the quoted query.
        let piece: String = text[start..]
            .chars()
            .take(len)
            .take_while(|c| !['"', '“', '”'].contains(c))
            .collect();
        let query = format!("\"{piece}\"");
        let hits = found(&query);
        if !Query::parse_in::<English>(&query).is_empty() {
            prop_assert!(hits.contains(&paragraph.id), "{query:?} misses {}", paragraph.id);
        }
        prop_assert_eq!(hits, brute_force(&query), "{:?}", query);
    }
}
