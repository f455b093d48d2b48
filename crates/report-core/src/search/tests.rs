//! Search over the real report: exactness (property tests over random
//! substrings and their variants), ranking, snippets, suggestions.

use super::*;
use crate::ingest::parse_report;
use crate::model::Report;
use proptest::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::sync::LazyLock;

static REPORT: LazyLock<Report> = LazyLock::new(|| {
    parse_report(
        "report.txt",
        include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt"),
    )
    .unwrap()
});
static INDEX: LazyLock<SearchIndex> = LazyLock::new(|| SearchIndex::build(&REPORT));
/// Every paragraph and heading, normalised once for the brute-force reference.
static NORMALIZED: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let paragraphs = REPORT.paragraphs().map(|p| p.text.clone());
    let headings = REPORT.parts.iter().flat_map(|part| {
        part.title
            .iter()
            .cloned()
            .chain(part.sections.iter().filter_map(|s| s.title.clone()))
    });
    paragraphs
        .chain(headings)
        .map(|text| (normalize(&text), text))
        .map(|(n, t)| (t, n))
        .collect()
});

fn ids(results: &SearchResults) -> Vec<String> {
    results
        .hits
        .iter()
        .map(|hit| hit.paragraph.to_string())
        .collect()
}

/// The reference answer by brute force: paragraphs whose text contains every
/// term, and first paragraphs under headings that contain every term.
fn brute_force(query: &str) -> (BTreeSet<CitationId>, BTreeSet<CitationId>) {
    let terms = Query::parse(query).terms;
    if terms.is_empty() {
        // An empty query (blank, or quote marks alone) finds nothing.
        return (BTreeSet::new(), BTreeSet::new());
    }
    let contains_all = |text: &str| {
        let normalized = &NORMALIZED[text];
        terms.iter().all(|t| normalized.contains(t.as_str()))
    };
    let in_text = REPORT
        .paragraphs()
        .filter(|p| contains_all(&p.text))
        .map(|p| p.id)
        .collect();
    let mut under_heading = BTreeSet::new();
    for part in &REPORT.parts {
        let first_of_part = part.sections.iter().find_map(|s| s.paragraphs.first());
        if let (Some(title), Some(first)) = (&part.title, first_of_part) {
            if contains_all(title) {
                under_heading.insert(first.id);
            }
        }
        for section in &part.sections {
            if let (Some(title), Some(first)) = (&section.title, section.paragraphs.first()) {
                if contains_all(title) {
                    under_heading.insert(first.id);
                }
            }
        }
    }
    (in_text, under_heading)
}

fn assert_exact(query: &str) {
    let results = INDEX.search(query);
    let (in_text, under_heading) = brute_force(query);
    let found_in_text: BTreeSet<CitationId> = results
        .hits
        .iter()
        .filter(|h| h.in_text)
        .map(|h| h.paragraph)
        .collect();
    let found_in_heading: BTreeSet<CitationId> = results
        .hits
        .iter()
        .filter(|h| h.in_heading)
        .map(|h| h.paragraph)
        .collect();
    assert_eq!(found_in_text, in_text, "paragraph hits for {query:?}");
    assert_eq!(
        found_in_heading, under_heading,
        "heading hits for {query:?}"
    );
    assert!(results.hits.iter().all(|h| h.in_text || h.in_heading));
}

#[test]
fn finds_exact_chinese_phrases_without_segmentation_errors() {
    let results = INDEX.search("碳市场");
    assert!(!results.hits.is_empty());
    for hit in &results.hits {
        let paragraph = REPORT.paragraph(hit.paragraph).unwrap();
        assert!(
            paragraph.text.contains("碳市场") || hit.in_heading,
            "{}",
            hit.paragraph
        );
    }
    assert_exact("碳市场");
}

#[test]
fn numbers_and_latin_acronyms() {
    assert_eq!(ids(&INDEX.search("8.93")), ["1.2.2"]);
    assert_exact("29.3");
    assert!(ids(&INDEX.search("97.49")).len() == 1);
    for acronym in [
        "VOCs",
        "vocs",
        "EOD",
        "COP29",
        "PM2.5",
        "PM 2.5",
        "ＰＭ２．５",
        "\"PM 2.5\"",
    ] {
        assert!(!INDEX.search(acronym).hits.is_empty(), "{acronym}");
        assert_exact(acronym);
    }
    assert_eq!(ids(&INDEX.search("PM 2.5")), ids(&INDEX.search("pm2.5")));
}

#[test]
fn traditional_forms_find_simplified_text() {
    assert_eq!(ids(&INDEX.search("碳市場")), ids(&INDEX.search("碳市场")));
    assert_eq!(
        ids(&INDEX.search("藍天保衛戰")),
        ids(&INDEX.search("蓝天保卫战"))
    );
}

#[test]
fn all_terms_must_match() {
    let both = INDEX.search("蓝天 碧水");
    assert_exact("蓝天 碧水");
    for hit in &both.hits {
        let text = &REPORT.paragraph(hit.paragraph).unwrap().text;
        assert!(text.contains("蓝天") && text.contains("碧水"));
    }
    assert!(INDEX.search("蓝天 不存在的词").hits.is_empty());
}

#[test]
fn heading_hits_point_to_the_first_paragraph_of_the_section() {
    let results = INDEX.search("深刻认识当前面临的形势与挑战");
    let hit = results.hits.iter().find(|h| h.in_heading).unwrap();
    assert_eq!(hit.paragraph.to_string(), "2.2.1");
    assert_eq!(
        hit.section,
        [
            "二、高质量完成“十四五”生态环境保护目标任务",
            "(二)深刻认识当前面临的形势与挑战"
        ]
    );
}

#[test]
fn ranking_prefers_headings_leads_and_repetition_then_document_order() {
    let results = INDEX.search("蓝天保卫战");
    // §1.2.2 opens with the lead 蓝天保卫战加力推进。 and ranks first.
    assert_eq!(results.hits[0].paragraph.to_string(), "1.2.2");
    assert!(results.hits[0].in_lead);
    for pair in results.hits.windows(2) {
        assert!(pair[0].score >= pair[1].score);
        if pair[0].score == pair[1].score {
            assert!(
                pair[0].paragraph < pair[1].paragraph,
                "ties keep document order"
            );
        }
    }
}

#[test]
fn snippets_carry_their_match_ranges() {
    let results = INDEX.search("碳市场");
    for hit in &results.hits {
        let chars: Vec<char> = hit.snippet.chars().collect();
        assert!(chars.len() <= SNIPPET_CHARS + 2);
        assert!(!hit.ranges.is_empty());
        for &(start, end) in &hit.ranges {
            let marked: String = chars[start..end].iter().collect();
            assert_eq!(normalize(&marked), "碳市场", "{}", hit.snippet);
        }
    }
}

#[test]
fn counts_per_part_add_up() {
    let results = INDEX.search("生态");
    let total: usize = results.per_part.iter().map(|c| c.count).sum();
    assert_eq!(total, results.hits.len());
    assert_eq!(
        results.per_part.iter().map(|c| c.part).collect::<Vec<_>>(),
        [0, 1, 2, 3]
    );
}

#[test]
fn empty_and_junk_queries() {
    assert!(INDEX.search("").hits.is_empty());
    assert!(INDEX.search("   ").hits.is_empty());
    let junk = "<script>alert(1)</script>".repeat(400);
    let results = INDEX.search(&junk);
    assert!(results.hits.is_empty());
    assert!(results.truncated);
    let long = "碳".repeat(10_000);
    assert!(INDEX.search(&long).truncated);
}

#[test]
fn suggests_shorter_queries_that_find_something() {
    let suggestions = INDEX.suggest("碳市场交易额");
    assert!(INDEX.search("碳市场交易额").hits.is_empty());
    assert!(!suggestions.is_empty());
    for suggestion in &suggestions {
        assert!(suggestion.hits > 0);
        assert_eq!(INDEX.count(&suggestion.text), suggestion.hits);
    }
    let multi = INDEX.suggest("蓝天 火星");
    assert!(multi.iter().any(|s| s.text == "蓝天"), "{multi:?}");
    assert!(INDEX.suggest("zzzz").is_empty());
}

#[test]
fn highlight_maps_matches_to_the_original_text() {
    let text = &REPORT.paragraph("1.2.2".parse().unwrap()).unwrap().text;
    let ranges = SearchIndex::<Chinese>::highlight(text, "VOCs 8.93");
    let marked: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(marked, ["8.93", "VOCs"]);
    assert!(SearchIndex::<Chinese>::highlight(text, "").is_empty());
}

/// Traditional forms of some characters the report uses, to make variants.
const TRADITIONAL: [(char, char); 16] = [
    ('场', '場'),
    ('态', '態'),
    ('环', '環'),
    ('蓝', '藍'),
    ('卫', '衛'),
    ('战', '戰'),
    ('质', '質'),
    ('污', '汙'),
    ('气', '氣'),
    ('护', '護'),
    ('国', '國'),
    ('设', '設'),
    ('监', '監'),
    ('测', '測'),
    ('发', '發'),
    ('动', '動'),
];

fn variant(text: &str, kind: u8) -> String {
    match kind % 4 {
        // Traditional forms.
        0 => text
            .chars()
            .map(|c| {
                TRADITIONAL
                    .iter()
                    .find(|(s, _)| *s == c)
                    .map_or(c, |(_, t)| *t)
            })
            .collect(),
        // Full-width ASCII.
        1 => text
            .chars()
            .map(|c| {
                if c.is_ascii_graphic() {
                    char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
                } else {
                    c
                }
            })
            .collect(),
        // Upper case Latin.
        2 => text.to_uppercase(),
        _ => text.to_owned(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Any substring of the report, in any variant, finds exactly the
    /// paragraphs (and headings) that contain it.
    #[test]
    fn substrings_find_exactly_the_paragraphs_that_contain_them(
        paragraph in 0usize..85,
        start in 0usize..700,
        len in 1usize..10,
        kind in 0u8..4,
    ) {
        let paragraph = REPORT.paragraphs().nth(paragraph).unwrap();
        let chars: Vec<char> = paragraph.text.chars().collect();
        let start = start % chars.len();
        let end = (start + len).min(chars.len());
        let substring: String = chars[start..end].iter().collect();
        let query = variant(&substring, kind);
        let results = INDEX.search(&query);
        if !Query::parse(&query).is_empty() {
            prop_assert!(results.hits.iter().any(|h| h.paragraph == paragraph.id), "{query:?} misses its own paragraph");
        }
        assert_exact(&query);
    }

    /// Two substrings from different places, as two terms.
    #[test]
    fn two_term_queries_are_exact(a in 0usize..85, b in 0usize..85, at in 0usize..500, len in 1usize..5) {
        let pick = |n: usize| {
            let chars: Vec<char> = REPORT.paragraphs().nth(n).unwrap().text.chars().collect();
            let start = at % chars.len();
            chars[start..(start + len).min(chars.len())].iter().collect::<String>()
        };
        let query = format!("{} {}", pick(a), pick(b));
        assert_exact(&query);
    }
}
