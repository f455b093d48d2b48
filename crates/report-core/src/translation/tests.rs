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

#[test]
fn figures_are_located_in_the_translation_in_its_number_form() {
    let report = report();
    let indicators = figures();
    let english = translated_report(&report, &parse_translation("t.toml", GOOD).unwrap());
    // Where the Chinese text has them (only which indicators matters).
    let at = |indicator| Located {
        start: 0,
        end: 1,
        indicator,
    };
    let original: CitationMap<Vec<Located>> = [
        (CitationId::new(1, 1, 1), vec![at(0), at(1)]),
        (CitationId::new(1, 1, 2), vec![at(2)]),
    ]
    .into_iter()
    .collect();
    let found = locate_translated_figures(&english, &indicators, &original);
    let text_of = |id: CitationId, span: &Located| {
        english.paragraph(id).unwrap().text[span.start..span.end].to_owned()
    };
    let first = CitationId::new(1, 1, 1);
    let marked: Vec<(String, usize)> = found[&first]
        .iter()
        .map(|span| (text_of(first, span), span.indicator))
        .collect();
    assert_eq!(
        marked,
        [("39,000".to_owned(), 0), ("76.6 billion".to_owned(), 1)]
    );
    let second = CitationId::new(1, 1, 2);
    assert_eq!(text_of(second, &found[&second][0]), "5.2%");
}

#[test]
fn two_figures_of_one_number_take_two_places_and_a_missing_one_none() {
    let id = CitationId::new(1, 1, 1);
    let mut first = sample_indicator("first", "5.2", "%");
    first.paragraph = id;
    let mut second = first.clone();
    second.id = "second".to_owned();
    let english = Report {
        parts: vec![Part {
            number: 1,
            title: None,
            sections: vec![Section {
                id: SectionId::new(1, 1),
                title: None,
                paragraphs: vec![Paragraph {
                    id,
                    lead: None,
                    text: "Up 5.2% and again 5.2%, not 15.2.".to_owned(),
                    line: 0,
                }],
            }],
        }],
        ..report()
    };
    let span = |start, indicator| Located {
        start,
        end: start + 1,
        indicator,
    };
    let original: CitationMap<Vec<Located>> = [(id, vec![span(0, 0), span(5, 1), span(9, 2)])]
        .into_iter()
        .collect();
    let mut missing = sample_indicator("missing", "8.8", "%");
    missing.paragraph = id;
    let found = locate_translated_figures(&english, &[first, second, missing], &original);
    let starts: Vec<(usize, usize)> = found[&id].iter().map(|s| (s.start, s.indicator)).collect();
    assert_eq!(starts, [(3, 0), (18, 1)]);
}

#[test]
fn a_lead_ends_at_the_first_full_stop_that_ends_a_sentence() {
    assert_eq!(
        first_sentence("Air improved. PM2.5 fell."),
        Some("Air improved.")
    );
    assert_eq!(
        first_sentence("We held the \"Green Shield.\" Then more."),
        Some("We held the \"Green Shield.\"")
    );
    assert_eq!(
        first_sentence("Talks with the U.S. went on. More followed."),
        Some("Talks with the U.S. went on.")
    );
    assert_eq!(
        first_sentence("See No. 5 of the list. Then more."),
        Some("See No. 5 of the list.")
    );
    assert_eq!(first_sentence("Only one sentence."), None);
    assert_eq!(
        first_sentence("Growth was 5.2 percent. Next."),
        Some("Growth was 5.2 percent.")
    );
}

mod bundled {
    //! The bundled report's English translation and glossary.
    use super::*;
    use crate::indicators::parse_catalog;

    const TEXT: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");
    const ENGLISH: &str = include_str!("../../../../data/report.en.toml");
    const GLOSSARY: &str = include_str!("../../../../data/glossary.en.toml");
    const CATALOG: &str = include_str!("../../../../data/indicators.toml");

    #[test]
    fn the_translation_is_complete_and_states_every_figure() {
        let report = parse_report("report.zh.txt", TEXT).expect("the bundled report parses");
        let catalog = parse_catalog("indicators.toml", CATALOG).expect("the catalog parses");
        let english = parse_translation("report.en.toml", ENGLISH).expect("it parses");
        assert_eq!(english.paragraphs.len(), 85);
        let problems = validate_translation(&english, &report, &catalog.indicators);
        assert!(problems.is_empty(), "{problems:?}");
    }

    #[test]
    fn every_figure_of_the_text_has_its_place_in_the_translation() {
        let report = parse_report("report.zh.txt", TEXT).expect("the bundled report parses");
        let catalog = parse_catalog("indicators.toml", CATALOG).expect("the catalog parses");
        let english = parse_translation("report.en.toml", ENGLISH).expect("it parses");
        let english = translated_report(&report, &english);
        let original = crate::indicators::locate(&report, &catalog.indicators);
        let found = locate_translated_figures(&english, &catalog.indicators, &original);
        let count = |map: &CitationMap<Vec<Located>>| map.values().map(Vec::len).sum::<usize>();
        assert!(count(&original) > 100, "{} figures", count(&original));
        let missing: Vec<String> = original
            .iter()
            .flat_map(|(id, spans)| {
                let found = found.get(id).map_or(&[][..], Vec::as_slice);
                let catalog = &catalog;
                spans
                    .iter()
                    .filter(|span| {
                        let times = |list: &[Located]| {
                            list.iter()
                                .filter(|f| f.indicator == span.indicator)
                                .count()
                        };
                        times(found) != times(spans)
                    })
                    .map(move |span| format!("{id}: {}", catalog.indicators[span.indicator].id))
            })
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(count(&found), count(&original));
    }

    /// Text as a rendering is looked for in it: lower case, no quotes.
    fn plain(text: &str) -> String {
        text.replace(['"', '“', '”'], "").to_lowercase()
    }

    /// A rendering as the text uses it: lower case, no quotes, no leading
    /// article, with or without its parenthesised note.
    fn forms(rendering: &str) -> Vec<String> {
        let bare = |text: &str| plain(text).trim().trim_start_matches("the ").to_owned();
        let mut without_note = rendering.to_owned();
        while let (Some(open), Some(close)) = (without_note.find(" ("), without_note.find(')')) {
            if close < open {
                break;
            }
            without_note.replace_range(open..=close, "");
        }
        vec![bare(rendering), bare(&without_note)]
    }

    /// The glossary: one rendering per term, or grammatical variants of one
    /// (`美丽中国建设`: "building a Beautiful China", "the building of a
    /// Beautiful China").
    fn glossary() -> BTreeMap<String, Vec<String>> {
        #[derive(serde::Deserialize)]
        #[serde(untagged)]
        enum Renderings {
            One(String),
            Several(Vec<String>),
        }
        let parsed: BTreeMap<String, Renderings> = toml::from_str(GLOSSARY).expect("it parses");
        parsed
            .into_iter()
            .map(|(term, renderings)| match renderings {
                Renderings::One(one) => (term, vec![one]),
                Renderings::Several(several) => (term, several),
            })
            .collect()
    }

    #[test]
    fn every_glossary_term_is_in_the_text_and_its_rendering_in_the_translation() {
        let glossary = glossary();
        assert!(glossary.len() > 300, "{} terms", glossary.len());
        let english = parse_translation("report.en.toml", ENGLISH).expect("it parses");
        let translated: String = english
            .all_entries()
            .map(|entry| plain(&entry.text))
            .collect::<Vec<_>>()
            .join(" ");
        for (term, renderings) in &glossary {
            assert!(TEXT.contains(term.as_str()), "{term} is not in the report");
            assert!(!renderings.is_empty(), "{term} has no rendering");
            for rendering in renderings {
                assert!(
                    forms(rendering)
                        .iter()
                        .any(|form| translated.contains(form.as_str())),
                    "{term}: {rendering} is not in the translation"
                );
            }
        }
    }

    /// Whether `term` occurs in `text` outside every longer glossary term
    /// (`面源` alone, not inside `面源污染`, which has its own rendering).
    fn stands_alone(text: &str, term: &str, glossary: &BTreeMap<String, Vec<String>>) -> bool {
        let longer: Vec<&str> = glossary
            .keys()
            .filter(|other| other.len() > term.len() && other.contains(term))
            .map(String::as_str)
            .collect();
        text.match_indices(term).any(|(at, _)| {
            !longer.iter().any(|other| {
                text.match_indices(other)
                    .any(|(start, found)| start <= at && at + term.len() <= start + found.len())
            })
        })
    }

    #[test]
    fn every_title_and_paragraph_that_uses_a_glossary_term_has_its_rendering() {
        let glossary = glossary();
        let report = parse_report("report.zh.txt", TEXT).expect("the bundled report parses");
        let english = parse_translation("report.en.toml", ENGLISH).expect("it parses");
        let translated = translated_report(&report, &english);
        // The title block, each title and each paragraph of the original
        // beside its translation.
        let mut pairs: Vec<(String, String, String)> = Vec::new();
        let meta = [
            (
                "title",
                Some(&report.meta.title),
                Some(&translated.meta.title),
            ),
            (
                "subtitle",
                report.meta.subtitle.as_ref(),
                translated.meta.subtitle.as_ref(),
            ),
            (
                "occasion",
                report.meta.occasion.as_ref(),
                translated.meta.occasion.as_ref(),
            ),
            (
                "speaker",
                report.meta.speaker.as_ref(),
                translated.meta.speaker.as_ref(),
            ),
        ];
        for (field, zh, en) in meta {
            if let (Some(zh), Some(en)) = (zh, en) {
                pairs.push((field.to_owned(), zh.clone(), en.clone()));
            }
        }
        for (part, english_part) in report.parts.iter().zip(&translated.parts) {
            if let (Some(zh), Some(en)) = (&part.title, &english_part.title) {
                pairs.push((part.number.to_string(), zh.clone(), en.clone()));
            }
            for (section, english_section) in part.sections.iter().zip(&english_part.sections) {
                if let (Some(zh), Some(en)) = (&section.title, &english_section.title) {
                    pairs.push((section.id.to_string(), zh.clone(), en.clone()));
                }
                for (paragraph, english_paragraph) in
                    section.paragraphs.iter().zip(&english_section.paragraphs)
                {
                    pairs.push((
                        paragraph.id.to_string(),
                        paragraph.text.clone(),
                        english_paragraph.text.clone(),
                    ));
                }
            }
        }
        assert_eq!(pairs.len(), 4 + 3 + 18 + 85);
        let mut problems = Vec::new();
        for (id, chinese, english) in &pairs {
            let english = plain(english);
            for (term, renderings) in &glossary {
                let rendered = renderings
                    .iter()
                    .flat_map(|rendering| forms(rendering))
                    .any(|form| english.contains(form.as_str()));
                if stands_alone(chinese, term, &glossary) && !rendered {
                    problems.push(format!("{id}: {term} → {}", renderings.join(" | ")));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{} places do not use the glossary's rendering:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}
