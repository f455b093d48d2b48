//! The bundled catalog against the bundled report, and each kind of mistake
#![allow(clippy::unwrap_used)] // Test helpers: a failed unwrap is a failed test.
//! the validator must catch.

use super::*;
use crate::ingest::parse_report;
use crate::quantity::extract_report;

const REPORT_TEXT: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");
const CATALOG_TEXT: &str = include_str!("../../../../data/indicators.toml");

fn report() -> crate::model::Report {
    parse_report("report.txt", REPORT_TEXT).unwrap()
}

fn problems_with(catalog_text: &str) -> Vec<String> {
    let catalog = parse_catalog("indicators.toml", catalog_text).unwrap();
    validate(&catalog, &report(), "report.txt")
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_bundled_catalog_is_valid_and_accounts_for_every_number() {
    assert_eq!(problems_with(CATALOG_TEXT), Vec::<String>::new());
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let candidates = extract_report(&report())
        .iter()
        .filter(|q| q.not_a_measure.is_none())
        .count();
    let stated = catalog
        .indicators
        .iter()
        .filter(|i| !i.is_derived())
        .count();
    let changes = catalog
        .indicators
        .iter()
        .filter(|i| {
            !i.is_derived()
                && i.change
                    .as_deref()
                    .is_some_and(|c| c.trim_start_matches('-') != i.value)
        })
        .count();
    // Each candidate is claimed once: by a value, a change or a non-measure.
    assert_eq!(stated + changes + catalog.non_measures.len(), candidates);
    assert!(catalog.indicators.len() >= 100);
    assert!(catalog.indicators.iter().all(|i| i.reviewed));
}

#[test]
fn unreviewed_entries_pass_the_same_checks() {
    let unreviewed = CATALOG_TEXT.replace("\nquote = ", "\nreviewed = false\nquote = ");
    let catalog = parse_catalog("indicators.toml", &unreviewed).unwrap();
    assert!(catalog.indicators.iter().all(|i| !i.reviewed));
    assert_eq!(problems_with(&unreviewed), Vec::<String>::new());
    let wrong = unreviewed.replacen("value = \"8.93\"", "value = \"8.39\"", 1);
    assert!(problems_with(&wrong)
        .iter()
        .any(|p| p.contains("value 8.39 is not a number the quote states")));
}

#[test]
fn a_wrong_value_fails() {
    let broken = CATALOG_TEXT.replacen("value = \"8.93\"", "value = \"8.39\"", 1);
    let problems = problems_with(&broken);
    assert!(
        problems
            .iter()
            .any(|p| p
                .contains("air_steel_ule_capacity: value 8.39 is not a number the quote states")),
        "{problems:#?}"
    );
    // The real 8.93 is then unaccounted for, reported at its place in the report.
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("report.txt:34:") && p.contains("8.93亿吨 is neither")),
        "{problems:#?}"
    );
}

#[test]
fn a_wrong_unit_qualifier_or_change_fails() {
    let unit = CATALOG_TEXT.replacen("unit = \"亿吨\"", "unit = \"万吨\"", 1);
    assert!(problems_with(&unit)
        .iter()
        .any(|p| p.contains("unit \"万吨\" differs from the text's \"亿吨\"")));
    let qualifier = CATALOG_TEXT.replacen("qualifier = \"约\"", "qualifier = \"超过\"", 1);
    assert!(problems_with(&qualifier)
        .iter()
        .any(|p| p.contains("qualifier")));
    let change = CATALOG_TEXT.replacen("change = \"-2.7\"", "change = \"2.7\"", 1);
    assert!(problems_with(&change)
        .iter()
        .any(|p| p.contains("air_pm25: change 2.7 is not a change the quote states")));
}

#[test]
fn a_quote_not_in_its_paragraph_fails() {
    let broken = CATALOG_TEXT.replacen(
        "quote = \"共受理转办群众信访举报3.9万件\"",
        "quote = \"共受理群众信访举报3.9万件\"",
        1,
    );
    let problems = problems_with(&broken);
    assert!(problems
        .iter()
        .any(|p| p.contains("law_inspection_petitions: quote not found verbatim in §1.1.3")));
    // Positions point at the entry in the catalog file.
    let line = CATALOG_TEXT
        .lines()
        .position(|l| l == "id = \"law_inspection_petitions\"")
        .unwrap();
    assert!(
        problems.iter().any(|p| p.starts_with(&format!(
            "indicators.toml:{line}:1: law_inspection_petitions"
        ))),
        "{problems:#?}"
    );
}

#[test]
fn ids_categories_and_derived_formulas_are_checked() {
    let duplicate = CATALOG_TEXT.replacen("id = \"air_good_days\"", "id = \"air_pm25\"", 1);
    assert!(problems_with(&duplicate)
        .iter()
        .any(|p| p.contains("air_pm25: duplicate id")));
    let category = CATALOG_TEXT.replacen("category = \"air\"", "category = \"weather\"", 1);
    assert!(problems_with(&category)
        .iter()
        .any(|p| p.contains("unknown category \"weather\"")));
    let derived = CATALOG_TEXT.replacen("value = \"30.1\"", "value = \"30.2\"", 1);
    assert!(problems_with(&derived)
        .iter()
        .any(|p| p.contains("air_pm25_2023: formula gives 30.1, not 30.2")));
    let formula =
        CATALOG_TEXT.replacen("air_pm25 / (1 + air_pm25.change / 100)", "air_pm99 / 2", 1);
    assert!(problems_with(&formula)
        .iter()
        .any(|p| p.contains("unknown name air_pm99")));
}

#[test]
fn non_measures_need_a_reason_and_a_real_number() {
    let no_reason = CATALOG_TEXT.replacen(
        "reason = \"version number of a platform (信息化平台2.0)\"",
        "reason = \"\"",
        1,
    );
    assert!(problems_with(&no_reason)
        .iter()
        .any(|p| p.contains("needs a reason")));
    let wrong = CATALOG_TEXT.replacen("number = \"2.0\"", "number = \"3.0\"", 1);
    let problems = problems_with(&wrong);
    assert!(problems
        .iter()
        .any(|p| p.contains("non-measure 3.0 is not an unclaimed number of §1.5.2")));
    assert!(problems
        .iter()
        .any(|p| p.contains("§1.5.2: 2.0 is neither")));
}

#[test]
fn derived_values_recompute() {
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let value = |id: &str| {
        catalog
            .indicators
            .iter()
            .find(|i| i.id == id)
            .unwrap()
            .value
            .clone()
    };
    assert_eq!(value("air_pm25_2023"), "30.1");
    assert_eq!(value("air_good_days_2023"), "85.5");
    assert_eq!(value("fund_central_funds_2023"), "671");
    assert_eq!(value("risk_hazards_open"), "0.51");
}

#[test]
fn csv_export_round_trips_the_catalog() {
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let csv = to_csv(&catalog.indicators);
    assert!(csv.starts_with(
        "id,label_zh,label_en,category,value,unit,year,change,change_unit,derived,paragraph,quote"
    ));
    assert_eq!(from_csv(&csv).unwrap(), catalog.indicators);
}

#[test]
fn spans_found_at_build_time_fit_the_same_text() {
    let report = report();
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let located = locate(&report, &catalog.indicators);
    assert!(located.values().map(Vec::len).sum::<usize>() > 100);
    assert_eq!(
        spans_that_fit(&report, spans_with_digests(&report, &catalog.indicators)),
        located
    );
}

#[test]
fn a_paragraph_whose_text_changed_loses_its_spans() {
    let report = report();
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let located = locate(&report, &catalog.indicators);
    let found = spans_with_digests(&report, &catalog.indicators);
    // One character more at the start of §1.6.4 would shift every span in it.
    let pm25: CitationId = "1.6.4".parse().unwrap();
    let mut edited = report.clone();
    let section = edited
        .parts
        .iter_mut()
        .flat_map(|part| part.sections.iter_mut())
        .find(|section| section.id == pm25.section_id())
        .unwrap();
    section.paragraphs[usize::from(pm25.paragraph) - 1]
        .text
        .insert(0, '据');
    let kept = spans_that_fit(&edited, found);
    assert!(!located[&pm25].is_empty());
    assert!(!kept.contains_key(&pm25));
    assert_eq!(kept.len(), located.len() - 1);
    assert!(kept.iter().all(|(id, spans)| &located[id] == spans));
}

#[test]
fn text_digest_is_fnv1a() {
    // The published FNV-1a 32-bit test vectors.
    assert_eq!(text_digest(""), 0x811c_9dc5);
    assert_eq!(text_digest("a"), 0xe40c_292c);
    assert_eq!(text_digest("foobar"), 0xbf9c_f968);
}

#[test]
fn every_stated_figure_is_located_in_its_paragraph() {
    let report = report();
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let located = locate(&report, &catalog.indicators);
    for (n, indicator) in catalog.indicators.iter().enumerate() {
        let spans: Vec<&Located> = located
            .get(&indicator.paragraph)
            .into_iter()
            .flatten()
            .filter(|l| l.indicator == n)
            .collect();
        if indicator.is_derived() {
            assert!(spans.is_empty());
            continue;
        }
        let text = &report.paragraph(indicator.paragraph).unwrap().text;
        assert!(
            spans
                .iter()
                .any(|l| text[l.start..l.end].contains(&indicator.value)),
            "{}",
            indicator.id
        );
    }
    let pm25 = &located[&"1.6.4".parse().unwrap()];
    let text = &report.paragraph("1.6.4".parse().unwrap()).unwrap().text;
    let surfaces: Vec<&str> = pm25.iter().map(|l| &text[l.start..l.end]).collect();
    assert!(
        surfaces.contains(&"29.3微克/立方米") && surfaces.contains(&"2.7%"),
        "{surfaces:?}"
    );
    for spans in located.values() {
        assert!(
            spans.windows(2).all(|w| w[0].end <= w[1].start),
            "spans are disjoint"
        );
    }
}

#[test]
fn every_quote_is_found_again_in_the_same_text() {
    let report = report();
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let spans = quote_spans(&report, &catalog.indicators);
    assert_eq!(spans.len(), catalog.indicators.len());
    for (indicator, span) in catalog.indicators.iter().zip(&spans) {
        let span = span
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no quote span", indicator.id));
        let text = &report.paragraph(indicator.paragraph).unwrap().text;
        assert_eq!(
            quote_that_fits(text, span),
            Some(indicator.quote.as_str()),
            "{}",
            indicator.id
        );
    }
}

#[test]
fn a_quote_from_a_changed_text_is_not_shown() {
    let report = report();
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let (indicator, span) = catalog
        .indicators
        .iter()
        .zip(quote_spans(&report, &catalog.indicators))
        .find(|(i, _)| i.paragraph == "1.6.4".parse().unwrap())
        .unwrap();
    let span = span.unwrap();
    let text = &report.paragraph(indicator.paragraph).unwrap().text;
    // The same length, one character replaced: the offsets would still cut
    // the text, at the wrong words.
    let edited = text.replacen('全', "各", 1);
    assert_ne!(&edited, text);
    assert_eq!(edited.len(), text.len());
    assert_eq!(quote_that_fits(&edited, &span), None);
    assert_eq!(quote_that_fits(text, &span), Some(indicator.quote.as_str()));
}

#[test]
fn derived_indicators_are_listed_under_the_ones_they_use() {
    let catalog = parse_catalog("indicators.toml", CATALOG_TEXT).unwrap();
    let list = &catalog.indicators;
    let derived = derived_from(list);
    assert_eq!(derived.len(), list.len());
    let index = |id: &str| list.iter().position(|i| i.id == id).unwrap();
    // The 2023 PM2.5 value is computed from the 2024 value and its change.
    assert!(derived[index("air_pm25")].contains(&index("air_pm25_2023")));
    for (source, uses) in list.iter().zip(&derived) {
        for &user in uses {
            let formula = list[user].derived.as_deref().unwrap();
            assert!(formula.contains(&source.id), "{} in {formula}", source.id);
        }
    }
    // Every derived indicator is listed under at least one other.
    for (n, indicator) in list.iter().enumerate().filter(|(_, i)| i.is_derived()) {
        assert!(
            derived.iter().any(|uses| uses.contains(&n)),
            "{}",
            indicator.id
        );
    }
}
