//! `report search --lang`: the bundled report's English translation searched
//! as the core index searches it, and the errors for a language or a
//! translation that is not there.
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use report_core::translation::{parse_translation, translated_report};
use report_core::{parse_report, English, Report, SearchIndex};
use std::process::Output;

mod common;

use common::report;

fn succeeds(out: &Output) -> String {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The bundled report in English, read here as the core reads it.
fn english_report() -> Report {
    let text = include_str!("../../../data/2025-national-eco-env-work-report.zh.txt");
    let report = parse_report("report.zh.txt", text).unwrap();
    let translation = include_str!("../../../data/report.en.toml");
    translated_report(
        &report,
        &parse_translation("report.en.toml", translation).unwrap(),
    )
}

/// Whether some word of `text` starts with `prefix` (lower case ASCII).
fn has_word_starting(text: &str, prefix: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(prefix))
}

#[test]
fn search_in_english_finds_the_paragraphs_that_speak_of_emissions() {
    let out = report(&["search", "emission", "--lang", "en", "--json"]);
    let hits: serde_json::Value = serde_json::from_str(&succeeds(&out)).unwrap();
    let hits = hits.as_array().unwrap();
    let english = english_report();
    let index = SearchIndex::<English>::build_in(&english);
    assert_eq!(hits.len(), index.count("emission"));
    assert!(hits.len() > 10, "{} hits", hits.len());
    for hit in hits {
        let id = hit["paragraph"].as_str().unwrap();
        let paragraph = english.paragraph(id.parse().unwrap()).unwrap();
        assert!(
            has_word_starting(&paragraph.text, "emission") || hit["in_heading"] == true,
            "{id}"
        );
        let snippet: Vec<char> = hit["snippet"].as_str().unwrap().chars().collect();
        for range in hit["ranges"].as_array().unwrap() {
            let (start, end) = (range[0].as_u64().unwrap(), range[1].as_u64().unwrap());
            let marked: String = snippet[start as usize..end as usize].iter().collect();
            assert!(marked.to_lowercase().starts_with("emission"), "{marked}");
        }
    }
    // Every paragraph whose English text has the word is among the hits.
    let found: Vec<&str> = hits
        .iter()
        .map(|h| h["paragraph"].as_str().unwrap())
        .collect();
    for paragraph in english.paragraphs() {
        if has_word_starting(&paragraph.text, "emission") {
            assert!(
                found.contains(&paragraph.id.to_string().as_str()),
                "{}",
                paragraph.id
            );
        }
    }
    let section = hits[0]["section"].as_array().unwrap();
    assert!(
        section[0].as_str().unwrap().starts_with("1. "),
        "{section:?}"
    );
}

#[test]
fn english_text_output_marks_whole_words() {
    let stdout = succeeds(&report(&["search", "Emission", "--lang", "en"]));
    let english = english_report();
    let index = SearchIndex::<English>::build_in(&english);
    assert!(
        stdout.starts_with(&format!("{} paragraphs\n", index.count("emission"))),
        "{stdout}"
    );
    assert!(stdout.contains("【emissions】"), "{stdout}");
    let none = succeeds(&report(&["search", "emissionz", "--lang", "en"]));
    assert!(none.contains("try \"emission\""), "{none}");
}

#[test]
fn chinese_is_the_default_language() {
    let default = succeeds(&report(&["search", "碳市场", "--json"]));
    let zh = succeeds(&report(&["search", "碳市场", "--lang", "zh", "--json"]));
    assert_eq!(default, zh);
    assert!(default.contains("一、"), "{default}");
}

#[test]
fn a_missing_translation_or_unknown_language_is_an_error() {
    let out = report(&[
        "search",
        "emission",
        "--lang",
        "en",
        "--report",
        "../../reports/gwr-2024",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        stderr.trim_end(),
        "no translation report.en.toml in ../../reports/gwr-2024"
    );
    let out = report(&["search", "emission", "--lang", "fr"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("unknown language \"fr\": --lang takes zh"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}
