//! Translation tests: reading, validation against a small report, and the
//! translated report's shape.

use super::*;
use crate::indicators::sample_indicator;
use crate::parse_report;

const REPORT: &str = "标题\n\n——在某会议上的报告\n\n某部部长 某人\n\n(2025年1月14日)\n\n同志们:\n\n一、第一部分\n\n(一)第一节\n\n全年办结案件3.9万件。另有766亿元投入治理。\n\n段落二,增长5.2%。\n";

const GOOD: &str = r#"[meta]
title = "Title"
occasion = "At a meeting"
speaker = "Minister Someone"

[parts]
"1" = "Part one"

[sections]
"1.1" = "Section one"

[paragraphs]
"0.0.1" = "Comrades:"
"1.1.1" = "39,000 cases were closed in the year. Another 76.6 billion yuan went into the work."
"1.1.2" = "Paragraph two, up 5.2%."
"#;

fn report() -> Report {
    parse_report("r.txt", REPORT).expect("the sample report parses")
}

fn figures() -> Vec<Indicator> {
    let mut cases = sample_indicator("cases", "3.9", "万件");
    cases.paragraph = CitationId::new(1, 1, 1);
    let mut money = sample_indicator("money", "766", "亿元");
    money.paragraph = CitationId::new(1, 1, 1);
    let mut growth = sample_indicator("growth", "5.2", "%");
    growth.paragraph = CitationId::new(1, 1, 2);
    vec![cases, money, growth]
}

fn messages(translation: &str) -> Vec<String> {
    let parsed = parse_translation("t.toml", translation).expect("the translation parses");
    validate_translation(&parsed, &report(), &figures())
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn a_complete_translation_with_every_figure_is_valid() {
    assert_eq!(messages(GOOD), Vec::<String>::new());
}

#[test]
fn a_figure_missing_from_its_paragraph_is_named_with_its_line() {
    let wrong = GOOD.replace("76.6 billion", "7.66 billion");
    assert_eq!(
        messages(&wrong),
        ["t.toml:14:1: §1.1.1: money (766亿元) is not in the translation as 76.6 billion"]
    );
    // 5.2 inside 15.2 is not 5.2.
    let longer = GOOD.replace("up 5.2%", "up 15.2%");
    assert_eq!(
        messages(&longer),
        ["t.toml:15:1: §1.1.2: growth (5.2%) is not in the translation as 5.2"]
    );
}

#[test]
fn missing_and_extra_texts_are_problems() {
    let missing = GOOD
        .replace("\"1.1.2\" = \"Paragraph two, up 5.2%.\"\n", "")
        .replace("speaker = \"Minister Someone\"\n", "");
    assert_eq!(
        messages(&missing),
        [
            "t.toml:1:1: [meta] has no speaker",
            "t.toml:1:1: [paragraphs] has no \"1.1.2\""
        ]
    );
    let extra = format!("{GOOD}\"4.4.4\" = \"Nowhere.\"\n");
    assert_eq!(
        messages(&extra),
        ["t.toml:16:1: the report has no paragraph 4.4.4"]
    );
}

#[test]
fn malformed_files_are_refused_with_positions() {
    let bad_id = GOOD.replace("\"1.1.2\" =", "\"1.1.x\" =");
    let problems = parse_translation("t.toml", &bad_id)
        .unwrap_err()
        .to_string();
    assert_eq!(problems, "t.toml:15:11: paragraph \"1.1.x\" is not P.S.N");
    let unknown = GOOD.replace("title = ", "titel = ");
    assert!(parse_translation("t.toml", &unknown)
        .unwrap_err()
        .to_string()
        .contains("[meta] has no field titel"));
    let empty = GOOD.replace("\"Comrades:\"", "\" \"");
    assert_eq!(
        parse_translation("t.toml", &empty).unwrap_err().to_string(),
        "t.toml:13:1: empty translation"
    );
}

#[test]
fn the_translated_report_keeps_the_shape_and_ids() {
    let report = report();
    let translation = parse_translation("t.toml", GOOD).unwrap();
    let english = translated_report(&report, &translation);
    assert_eq!(english.meta.title, "Title");
    assert_eq!(english.meta.date, report.meta.date);
    let ids = |r: &Report| r.paragraphs().map(|p| p.id).collect::<Vec<_>>();
    assert_eq!(ids(&english), ids(&report));
    let first = english.paragraph(CitationId::new(1, 1, 1)).unwrap();
    assert_eq!(
        first.lead.as_deref(),
        Some("39,000 cases were closed in the year.")
    );
    assert_eq!(english.parts[1].title.as_deref(), Some("Part one"));
}

#[test]
fn a_figure_without_magnitude_may_stand_as_written() {
    let mut points = sample_indicator("points", "1.0", "个百分点");
    points.paragraph = CitationId::new(1, 1, 2);
    let translation = parse_translation(
        "t.toml",
        &GOOD.replace("up 5.2%.", "up 5.2%, or 1.0 percentage point."),
    )
    .expect("the translation parses");
    let mut indicators = figures();
    indicators.push(points);
    assert!(validate_translation(&translation, &report(), &indicators).is_empty());
    let without = parse_translation("t.toml", GOOD).expect("the translation parses");
    assert_eq!(
        validate_translation(&without, &report(), &indicators).len(),
        1
    );
}
