//! English search over a small report written for it: case, prefixes, word
//! starts, phrases, whole-word highlights, ranking and path labels; then
//! over the bundled report's translation (with the `catalog-toml` feature,
//! which reads it).

use super::*;
use crate::ingest::parse_report;
use crate::model::Report;
use std::sync::LazyLock;

/// The skeleton: a preamble paragraph, two parts, three sections.
const SKELETON: &str = "标题\n\n(2025年1月14日)\n\n同志们:\n\n一、甲\n\n(一)乙\n\n段。\n\n段。\n\n段。\n\n(二)丙\n\n段。\n\n二、丁\n\n(一)戊\n\n段。\n";

/// Titles and paragraphs in document order, each paragraph with its lead.
const TITLES: [&str; 5] = [
    "Carbon Markets and Emissions",
    "Air quality",
    "The market",
    "Next steps",
    "Tasks",
];
const PARAGRAPHS: [(&str, Option<&str>); 6] = [
    ("Comrades:", None),
    (
        "Emissions fell. The “Beautiful China” drive cut PM2.5 — and emission  controls\nworked.",
        Some("Emissions fell."),
    ),
    (
        "A scar on the land; remission of fines. Emission rules held.",
        Some("A scar on the land; remission of fines."),
    ),
    (
        "The national carbon market expanded, and the carbon\n    market’s turnover grew.",
        None,
    ),
    (
        "Targets held. Emission caps were met.",
        Some("Targets held."),
    ),
    (
        "Cut emissions further. Carry out the mission.",
        Some("Cut emissions further."),
    ),
];

static REPORT: LazyLock<Report> = LazyLock::new(|| {
    let mut report = parse_report("skeleton.txt", SKELETON).expect("the skeleton parses");
    let mut titles = TITLES.iter();
    let mut paragraphs = PARAGRAPHS.iter();
    for part in &mut report.parts {
        if part.title.is_some() {
            part.title = titles.next().map(|t| (*t).to_owned());
        }
        for section in &mut part.sections {
            if section.title.is_some() {
                section.title = titles.next().map(|t| (*t).to_owned());
            }
            for paragraph in &mut section.paragraphs {
                let (text, lead) = paragraphs.next().expect("a text for every paragraph");
                paragraph.text = (*text).to_owned();
                paragraph.lead = lead.map(str::to_owned);
            }
        }
    }
    assert!(titles.next().is_none() && paragraphs.next().is_none());
    report
});
static INDEX: LazyLock<SearchIndex<English>> = LazyLock::new(|| SearchIndex::build_in(&REPORT));

fn ids(query: &str) -> Vec<String> {
    let results = INDEX.search(query);
    results
        .hits
        .iter()
        .map(|h| h.paragraph.to_string())
        .collect()
}

#[test]
fn normalises_case_spacing_and_punctuation() {
    assert_eq!(
        normalize_in::<English>(" The\u{3000}“Beautiful \t China”\n— ＰＭ２.５ ’s  "),
        "the \"beautiful china\" - pm2.5 's"
    );
    assert_eq!(normalize("PM 2.5"), "pm2.5", "Chinese still removes spaces");
    let query = Query::parse_in::<English>("Emission  \"carbon   Market\" EMISSION");
    assert_eq!(query.terms, ["carbon market", "emission"]);
    assert_eq!(Query::parse("\"carbon market\"").terms, ["carbonmarket"]);
}

#[test]
fn ignores_case_and_finds_words_by_their_start() {
    assert_eq!(ids("emission"), ["1.1.1", "2.1.1", "1.1.2", "1.2.1"]);
    assert_eq!(ids("EMISSION"), ids("emission"));
    assert_eq!(ids("Emissions"), ["1.1.1", "2.1.1"]);
    // Never from inside a word: not `emissions`, `remission` or `scar`.
    assert_eq!(ids("mission"), ["2.1.1"]);
    assert_eq!(ids("car"), ["1.1.1", "1.1.3", "2.1.1"]);
    assert_eq!(ids("scar"), ["1.1.2"]);
    assert!(ids("arbon").is_empty());
    assert_eq!(INDEX.count("emission controls"), 1);
}

#[test]
fn quoted_phrases_match_across_any_whitespace() {
    // `Carbon Markets` (heading of 1.1.1), `carbon market` and a line
    // break with spaces (1.1.3).
    assert_eq!(ids("\"carbon market\""), ["1.1.1", "1.1.3"]);
    assert_eq!(ids("\"emission controls\""), ["1.1.1"]);
    assert!(ids("\"carbon emission\"").is_empty());
    assert_eq!(
        INDEX.search("market’s").hits[0].paragraph.to_string(),
        "1.1.3"
    );
}

#[test]
fn highlights_whole_words_at_their_original_bytes() {
    let text = PARAGRAPHS[1].0;
    let marked = |query: &str| -> Vec<&str> {
        SearchIndex::<English>::highlight(text, query)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    };
    assert_eq!(marked("emission"), ["Emissions", "emission"]);
    assert_eq!(
        marked("\"beautiful china\" pm2"),
        ["Beautiful China", "PM2"]
    );
    assert_eq!(marked("\"pm2.5 - and\""), ["PM2.5 — and"]);
    assert_eq!(marked("\"emission control\""), ["emission  controls"]);
    assert_eq!(marked("“beautiful”"), ["Beautiful"]);
    assert!(marked("mission").is_empty());
    // Chinese marks the match alone, anywhere.
    assert_eq!(
        SearchIndex::<Chinese>::highlight("remissions", "mission"),
        [2..9]
    );
}

#[test]
fn snippets_mark_whole_words() {
    let results = INDEX.search("emission");
    for hit in results.hits.iter().filter(|h| h.in_text) {
        let chars: Vec<char> = hit.snippet.chars().collect();
        assert!(!hit.ranges.is_empty(), "{}", hit.paragraph);
        for &(start, end) in &hit.ranges {
            let word: String = chars[start..end].iter().collect();
            assert!(word.to_lowercase().starts_with("emission"), "{word}");
            assert!(
                chars.get(end).is_none_or(|c| !c.is_alphanumeric()),
                "{word}"
            );
        }
    }
}

#[test]
fn ranks_headings_and_leads_first_as_in_chinese() {
    let results = INDEX.search("emission");
    let flags: Vec<(String, bool, bool)> = results
        .hits
        .iter()
        .map(|h| (h.paragraph.to_string(), h.in_heading, h.in_lead))
        .collect();
    assert_eq!(
        flags,
        [
            ("1.1.1".to_owned(), true, true),
            // A lead match outranks an earlier paragraph without one.
            ("2.1.1".to_owned(), false, true),
            // `remission` in the lead is no lead match.
            ("1.1.2".to_owned(), false, false),
            ("1.2.1".to_owned(), false, false),
        ]
    );
    assert!(results.hits.windows(2).all(|p| p[0].score >= p[1].score));
    let total: usize = results.per_part.iter().map(|c| c.count).sum();
    assert_eq!(total, results.hits.len());
}

#[test]
fn labels_section_paths_with_arabic_numerals() {
    let results = INDEX.search("caps");
    assert_eq!(
        results.hits[0].section,
        ["1. Carbon Markets and Emissions", "(2) The market"]
    );
    // Without a language named, the index is Chinese.
    let chinese: SearchIndex<Chinese> = SearchIndex::build(&REPORT);
    let hit = &chinese.search("caps").hits[0];
    assert_eq!(
        hit.section,
        ["一、Carbon Markets and Emissions", "(二)The market"]
    );
}

#[test]
fn suggests_words_and_quoted_phrases_that_find_something() {
    assert!(INDEX.search("emissionz").hits.is_empty());
    let suggestions = INDEX.suggest("emissionz");
    assert_eq!(suggestions[0].text, "emission");
    assert_eq!(suggestions[0].hits, 4);
    let phrase = INDEX.suggest("\"carbon marketz\"");
    assert!(
        phrase
            .iter()
            .any(|s| s.text == "\"carbon market\"" && s.hits == 2),
        "{phrase:?}"
    );
    for suggestion in phrase.iter().chain(&suggestions) {
        assert_eq!(INDEX.count(&suggestion.text), suggestion.hits);
    }
}

#[test]
fn builds_in_steps_as_at_once() {
    let mut builder = SearchIndexBuilder::<English>::for_language(&REPORT);
    while !builder.add(2) {}
    let in_steps = builder.finish();
    for query in ["emission", "\"carbon market\"", "car", "mission", "zzz"] {
        assert_eq!(in_steps.search(query), INDEX.search(query), "{query}");
    }
}

#[cfg(feature = "catalog-toml")]
mod bundled;
