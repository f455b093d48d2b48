//! Drafts of both reports pass validation as they stand; ids, quotes,
//! labels and changes are what a curator starts from.
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.

use super::*;
use crate::indicators::{validate, Catalog};
use crate::ingest::parse_report;
use crate::quantity::extract_report;

const BUNDLED: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");
const GWR_2024: &str = include_str!("../../../../reports/gwr-2024/report.zh.txt");

/// A report in the bundled layout whose one paragraph is `paragraph`.
fn one_paragraph(paragraph: &str) -> Report {
    let text = format!("标题\n\n(2025年1月14日)\n\n同志们:\n\n一、甲\n\n(一)节\n\n{paragraph}\n");
    parse_report("report.txt", &text).unwrap()
}

fn problems_of_draft(report: &Report) -> Vec<String> {
    let catalog = Catalog {
        file: "indicators.toml".into(),
        indicators: draft_catalog(report),
        ..Catalog::default()
    };
    validate(&catalog, report, "report.txt")
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn assert_drafts_every_candidate(report: &Report) {
    assert_eq!(problems_of_draft(report), Vec::<String>::new());
    assert!(draft_non_measures(report).is_empty());
    let candidates = extract_report(report)
        .into_iter()
        .filter(|q| q.not_a_measure.is_none())
        .count();
    let draft = draft_catalog(report);
    assert_eq!(draft.len(), candidates);
    assert!(draft.iter().all(|i| !i.reviewed && i.category == "other"));
}

#[test]
fn the_bundled_reports_draft_is_valid() {
    assert_drafts_every_candidate(&parse_report("report.txt", BUNDLED).unwrap());
}

#[test]
fn the_2024_government_work_reports_draft_is_valid() {
    assert_drafts_every_candidate(&parse_report("report.txt", GWR_2024).unwrap());
}

#[test]
fn drafts_ids_labels_and_quotes_from_the_text() {
    let report = parse_report("report.txt", BUNDLED).unwrap();
    let draft = draft_catalog(&report);
    let first = draft
        .iter()
        .find(|i| i.paragraph == crate::CitationId::new(1, 2, 2))
        .unwrap();
    assert_eq!(first.id, "p1_2_2_n1");
    assert_eq!((first.value.as_str(), first.unit.as_str()), ("200", "万户"));
    assert_eq!(first.qualifier.as_deref(), Some("约"));
    assert_eq!(first.quote, "约200万户");
    assert_eq!(first.label_zh, "全年完成散煤治理约200万户");
    assert_eq!(first.label_en, "Figure 1 of §1.2.2");
    let mut ids = std::collections::HashSet::new();
    for i in &draft {
        assert!(ids.insert(i.id.as_str()), "{} twice", i.id);
        assert!(i
            .id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'));
        assert!(
            i.label_zh.chars().count() <= LABEL_CHARS + 1,
            "{}",
            i.label_zh
        );
    }
}

#[test]
fn a_repeated_figure_is_quoted_at_its_own_place() {
    let report = one_paragraph("城市增长5%,农村增长5%,全国5%。");
    let draft = draft_catalog(&report);
    let quotes: Vec<&str> = draft.iter().map(|i| i.quote.as_str()).collect();
    assert_eq!(quotes, ["5%", "村增长5%", "国5%"]);
    assert_eq!(problems_of_draft(&report), Vec::<String>::new());
}

#[test]
fn a_quote_never_takes_an_earlier_number_nothing_claims() {
    // Each A12 is a name. Grown to the left until it is found at its own
    // place, the last quote would reach back over the second A12, which
    // validation would then claim; so that quote grows to the right.
    let report = one_paragraph("A12个,12个,A12个,12个。");
    let quotes: Vec<String> = draft_catalog(&report)
        .into_iter()
        .map(|i| i.quote)
        .collect();
    assert_eq!(quotes, [",12个", "12个。"]);
    assert_eq!(problems_of_draft(&report), Vec::<String>::new());
}

#[test]
fn states_changes_with_their_sign_and_unit() {
    let report = one_paragraph("浓度为29.3微克/立方米,同比下降2.7%;优良天数比例上升1.7个百分点。");
    let draft = draft_catalog(&report);
    let changes: Vec<(Option<&str>, Option<&str>)> = draft
        .iter()
        .map(|i| (i.change.as_deref(), i.change_unit.as_deref()))
        .collect();
    assert_eq!(
        changes,
        [
            (None, None),
            (Some("-2.7"), Some("%")),
            (Some("1.7"), Some("个百分点"))
        ]
    );
    assert_eq!(draft[1].label_zh, "同比下降2.7%");
    assert_eq!(problems_of_draft(&report), Vec::<String>::new());
}

#[test]
fn a_long_clause_is_cut_from_the_left() {
    let clause = "全国地级及以上城市细颗粒物平均浓度在连续多年下降之后继续下降到了30微克/立方米";
    let draft = draft_catalog(&one_paragraph(&format!("{clause}。")));
    let label = &draft[0].label_zh;
    assert!(
        label.starts_with('…') && label.ends_with("30微克/立方米"),
        "{label}"
    );
    assert_eq!(label.chars().count(), LABEL_CHARS + 1);
}

#[test]
fn a_number_no_value_can_hold_is_a_non_measure() {
    let report = one_paragraph("登记编号1234567890123456789个,另有3个。");
    let draft = draft_catalog(&report);
    assert_eq!(draft.len(), 1);
    assert_eq!(draft[0].id, "p1_1_1_n1");
    let non_measures = draft_non_measures(&report);
    assert_eq!(non_measures.len(), 1);
    assert_eq!(non_measures[0].number, "1234567890123456789");
    let catalog = Catalog {
        indicators: draft,
        non_measures,
        ..Catalog::default()
    };
    assert!(validate(&catalog, &report, "report.txt").is_empty());
}

#[cfg(feature = "catalog-toml")]
#[test]
fn the_toml_draft_reads_back_to_the_same_entries() {
    use crate::indicators::parse_catalog;

    let mut reports = vec![parse_report("report.txt", BUNDLED).unwrap()];
    reports.push(one_paragraph(
        "名为“a\\b”的\"试点\"增长5%,编号1234567890123456789个。",
    ));
    for report in reports {
        let text = Catalog::drafted(&report, String::new()).draft_toml(&report.meta.title);
        assert!(text.starts_with("# Indicators of "), "{text}");
        assert!(text.contains("set reviewed = true"));
        let catalog = parse_catalog("indicators.toml", &text).unwrap();
        assert_eq!(catalog.indicators, draft_catalog(&report));
        assert_eq!(catalog.non_measures, draft_non_measures(&report));
        assert!(validate(&catalog, &report, "report.txt").is_empty());
    }
}
