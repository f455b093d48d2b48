//! Ingest tests: the real report, each accepted variant, each rejected case.

use super::*;
use crate::citation::{CitationId, SectionId};

const REAL: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");

const HEADER: &str = "标题\n\n副标题\n\n——在某会议上的报告\n\n某部部长 某人\n\n(2025年1月14日)\n\n";

fn parse(text: &str) -> Result<Report, Diagnostics> {
    parse_report("test.txt", text)
}

fn messages(text: &str) -> Vec<String> {
    match parse(text) {
        Ok(_) => panic!("expected the report to be rejected"),
        Err(problems) => problems.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn real_report_has_the_expected_shape() {
    let report = parse(REAL).expect("the bundled report parses");
    let numbered: Vec<_> = report.parts.iter().filter(|p| p.number > 0).collect();
    assert_eq!(numbered.len(), 3);
    let sections = report.sections().filter(|s| s.id.section > 0).count();
    assert_eq!(sections, 18);
    assert_eq!(report.paragraphs().count(), 85);
    let sections_per_part: Vec<usize> = numbered
        .iter()
        .map(|p| p.sections.iter().filter(|s| s.id.section > 0).count())
        .collect();
    assert_eq!(sections_per_part, [6, 4, 8]);
}

#[test]
fn real_report_citation_ids_follow_design() {
    let report = parse(REAL).unwrap();
    let first = report.paragraphs().next().unwrap();
    assert_eq!(first.id.to_string(), "0.0.1");
    assert_eq!(first.text, "同志们:");
    let blue_sky = report.paragraph(CitationId::new(1, 2, 2)).unwrap();
    assert!(blue_sky.text.starts_with("蓝天保卫战加力推进。"));
    assert_eq!(blue_sky.lead.as_deref(), Some("蓝天保卫战加力推进。"));
    assert_eq!(report.paragraph(CitationId::new(1, 0, 1)).unwrap().line, 18);
    let last = report.paragraphs().last().unwrap();
    assert_eq!(last.id.to_string(), "3.8.5");
    assert!(last.text.starts_with("同志们,做好今年"));
    // Ids are unique and numbered 1..n within each section.
    for section in report.sections() {
        for (i, paragraph) in section.paragraphs.iter().enumerate() {
            assert_eq!(usize::from(paragraph.id.paragraph), i + 1);
            assert_eq!(paragraph.id.section_id(), section.id);
        }
    }
}

#[test]
fn real_report_metadata() {
    let meta = parse(REAL).unwrap().meta;
    assert_eq!(meta.title, "深化改革创新 奋力笃行实干");
    assert_eq!(
        meta.subtitle.as_deref(),
        Some("高质量完成“十四五”生态环境保护目标任务")
    );
    assert_eq!(
        meta.occasion.as_deref(),
        Some("在2025年全国生态环境保护工作会议上的工作报告")
    );
    assert_eq!(meta.speaker.as_deref(), Some("生态环境部部长 黄润秋"));
    assert_eq!(meta.date.as_deref(), Some("2025-01-14"));
    assert_eq!(meta.source.as_deref(), Some("生态环境部"));
}

#[test]
fn metadata_and_noise_are_not_paragraphs() {
    let report = parse(REAL).unwrap();
    for paragraph in report.paragraphs() {
        assert!(!paragraph.text.contains("webp"), "{}", paragraph.id);
        assert!(!paragraph.text.starts_with("来源"), "{}", paragraph.id);
        assert!(!paragraph.text.starts_with("(2025年"), "{}", paragraph.id);
    }
}

#[test]
fn accepts_bom_crlf_and_full_width_parentheses() {
    let plain = parse(REAL).unwrap();
    let with_bom = format!("\u{feff}{REAL}");
    assert_eq!(parse(&with_bom).unwrap(), plain);
    let crlf = REAL.replace('\n', "\r\n");
    let crlf_report = parse(&crlf).unwrap();
    assert_eq!(crlf_report.paragraphs().count(), 85);
    assert_eq!(crlf_report.meta, plain.meta);
    let full_width = REAL.replace("\n(", "\n（").replace(")深", "）深");
    let full_width_report = parse(&full_width).unwrap();
    assert_eq!(
        full_width_report.sections().count(),
        plain.sections().count()
    );
    assert_eq!(full_width_report.paragraphs().count(), 85);
}

#[test]
fn accepts_numerals_up_to_twenty() {
    let mut text = format!("{HEADER}一、唯一部分\n\n");
    for n in 1..=20u8 {
        text.push_str(&format!(
            "({})第{n}节\n\n第{n}节的段落。\n\n",
            crate::numeral::chinese_numeral(n)
        ));
    }
    let report = parse(&text).unwrap();
    assert_eq!(report.sections().count(), 20);
    assert_eq!(report.paragraphs().last().unwrap().id.to_string(), "1.20.1");
}

#[test]
fn date_line_is_never_a_section_heading() {
    let text = format!("{HEADER}一、部分\n\n(2025年1月14日)\n\n正文。\n");
    let report = parse(&text).unwrap();
    let texts: Vec<&str> = report.paragraphs().map(|p| p.text.as_str()).collect();
    assert_eq!(texts, ["(2025年1月14日)", "正文。"]);
    assert_eq!(report.paragraphs().next().unwrap().id.to_string(), "1.0.1");
}

#[test]
fn rejects_empty_input() {
    assert_eq!(messages(""), ["test.txt:1:1: the report is empty"]);
    assert_eq!(
        messages("\u{feff}\n  \r\n"),
        ["test.txt:1:1: the report is empty"]
    );
}

#[test]
fn rejects_invalid_utf8_at_every_position() {
    let mut bytes = "标题\n(2025年1月14日)\n正文".as_bytes().to_vec();
    bytes.insert(3, 0xff);
    bytes.push(b'\n');
    bytes.extend_from_slice(b"ab\xc3");
    let problems = parse_report_bytes("bad.txt", &bytes).unwrap_err();
    let lines: Vec<String> = problems.0.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "bad.txt:1:2: invalid UTF-8 (byte 0xff)",
            "bad.txt:4:3: invalid UTF-8 (byte 0xc3)"
        ]
    );
}

#[test]
fn rejects_a_section_before_any_part() {
    let text = format!("{HEADER}(一)无主之节\n\n段落。\n\n一、部分\n\n段落。\n");
    assert_eq!(
        messages(&text),
        ["test.txt:11:1: section (一) comes before any part heading such as 一、"]
    );
}

#[test]
fn rejects_out_of_order_and_duplicate_numbering() {
    let text = format!(
        "{HEADER}一、部分\n\n(一)甲\n\n段落。\n\n(三)丙\n\n段落。\n\n(三)丙again\n\n段落。\n"
    );
    assert_eq!(
        messages(&text),
        [
            "test.txt:17:2: section (三) follows (一): expected (二)",
            "test.txt:21:2: section (三) repeats or goes back: expected (四)",
        ]
    );
    let parts = format!("{HEADER}一、甲\n\n段落。\n\n三、丙\n\n段落。\n\n一、甲again\n\n段落。\n");
    assert_eq!(
        messages(&parts),
        [
            "test.txt:15:1: part 三、 follows part 一、: expected 二、",
            "test.txt:19:1: part 一、 repeats or goes back: it follows part 三、",
        ]
    );
}

#[test]
fn rejects_parts_and_sections_without_paragraphs() {
    let text = format!("{HEADER}一、空部分\n\n二、部分\n\n(一)空节\n\n(二)节\n\n段落。\n");
    assert_eq!(
        messages(&text),
        [
            "test.txt:11:1: part 一、 has no paragraphs",
            "test.txt:15:1: section (一) has no paragraphs"
        ]
    );
}

#[test]
fn reports_every_problem_not_only_the_first() {
    let text = format!("{HEADER}(一)早\n\n一、部分\n\n(二)跳\n\n三、空\n");
    assert_eq!(
        messages(&text),
        [
            "test.txt:1:1: the report has no paragraphs",
            "test.txt:11:1: section (一) comes before any part heading such as 一、",
            "test.txt:11:1: section (一) has no paragraphs",
            "test.txt:13:1: part 一、 has no paragraphs",
            "test.txt:15:1: section (二) has no paragraphs",
            "test.txt:15:2: section (二) opens the part: expected (一)",
            "test.txt:17:1: part 三、 follows part 一、: expected 二、",
            "test.txt:17:1: part 三、 has no paragraphs",
        ]
    );
}

const NO_SALUTATION: &str = "no salutation: the title block must end, within its first 12 lines, \
     with a short line ending in a colon such as 同志们: or 各位代表： \
     (or with a date line such as (2025年1月14日))";

#[test]
fn rejects_a_text_without_salutation_or_date_line() {
    assert_eq!(
        messages("只有标题\n\n一、部分\n\n段落。\n"),
        [format!("test.txt:3:1: {NO_SALUTATION}")]
    );
    // Body text straight after the title, no heading within reach.
    let long: String = (1..=20).map(|n| format!("第{n}段。\n")).collect();
    assert_eq!(
        messages(&format!("标题\n{long}")),
        [format!("test.txt:13:1: {NO_SALUTATION}")]
    );
}

const SECOND: &str = include_str!("../../../../reports/gwr-2024/report.zh.txt");

fn ingested(text: &str) -> Ingested {
    ingest("test.txt", text, &ReportConfig::default()).expect("the text ingests")
}

/// Every non-blank line has exactly one role, in order.
fn assert_every_line_accounted_for(text: &str, ingested: &Ingested) {
    let non_blank: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line::trim_line(line).is_empty())
        .map(|(i, _)| i + 1)
        .collect();
    let roles: Vec<usize> = ingested.roles.iter().map(|(line, _)| *line).collect();
    assert_eq!(roles, non_blank);
    let paragraph_lines =
        ingested.count(LineRole::Paragraph) + ingested.count(LineRole::HeadingAndParagraph);
    assert_eq!(paragraph_lines, ingested.report.paragraphs().count());
    assert_eq!(ingested.count(LineRole::SetAside), ingested.set_aside.len());
}

#[test]
fn second_report_has_the_expected_shape() {
    let ingested = ingested(SECOND);
    let report = &ingested.report;
    let numbered: Vec<_> = report.parts.iter().filter(|p| p.number > 0).collect();
    assert_eq!(numbered.len(), 3);
    assert_eq!(report.sections().filter(|s| s.id.section > 0).count(), 10);
    assert_eq!(report.paragraphs().count(), 85);
    assert_every_line_accounted_for(SECOND, &ingested);
    assert!(ingested.set_aside.is_empty());
    let first = report.paragraphs().next().unwrap();
    assert_eq!(
        (first.id.to_string().as_str(), first.text.as_str()),
        ("0.0.1", "各位代表：")
    );
}

#[test]
fn second_report_metadata_is_inferred() {
    let meta = ingested(SECOND).report.meta;
    assert_eq!(meta.title, "政府工作报告");
    assert_eq!(meta.subtitle, None);
    assert_eq!(
        meta.occasion.as_deref(),
        Some("2024年3月5日在第十四届全国人民代表大会第二次会议上")
    );
    assert_eq!(meta.speaker.as_deref(), Some("国务院总理 李强"));
    assert_eq!(meta.date.as_deref(), Some("2024-03-05"));
}

#[test]
fn a_section_line_that_goes_on_gives_heading_and_first_paragraph() {
    let report = ingested(SECOND).report;
    let section = report.section(SectionId::new(3, 3)).unwrap();
    assert_eq!(
        section.title.as_deref(),
        Some("着力扩大国内需求，推动经济实现良性循环")
    );
    let first = &section.paragraphs[0];
    assert!(
        first.text.starts_with("把实施扩大内需战略"),
        "{}",
        first.text
    );
    assert_eq!(first.id, CitationId::new(3, 3, 1));
    // Paragraphs opening with dashes stay paragraphs.
    let dashed = report
        .paragraphs()
        .filter(|p| p.text.starts_with("——"))
        .count();
    assert_eq!(dashed, 7);
}

#[test]
fn bundled_report_accounts_for_every_line() {
    let ingested = ingested(REAL);
    assert_every_line_accounted_for(REAL, &ingested);
    let set_aside: Vec<(usize, &str)> = ingested
        .set_aside
        .iter()
        .map(|s| (s.line, s.text.as_str()))
        .collect();
    assert_eq!(
        set_aside,
        [
            (226, "ad1 webp"),
            (227, "ad2 webp"),
            (228, "ad1 webp"),
            (229, "ad2 webp")
        ]
    );
    assert_eq!(ingested.count(LineRole::Metadata), 6);
    assert_eq!(ingested.count(LineRole::Heading), 21);
}

#[test]
fn report_toml_sets_and_overrides_metadata() {
    let config = ReportConfig {
        title: Some("2024年政府工作报告".into()),
        source: Some("中国政府网".into()),
        licence: Some("公有领域".into()),
        ..ReportConfig::default()
    };
    let meta = ingest("test.txt", SECOND, &config).unwrap().report.meta;
    assert_eq!(meta.title, "2024年政府工作报告");
    assert_eq!(meta.source.as_deref(), Some("中国政府网"));
    assert_eq!(meta.licence.as_deref(), Some("公有领域"));
    assert_eq!(meta.speaker.as_deref(), Some("国务院总理 李强"));
}

#[test]
fn a_salutation_first_needs_a_title_from_report_toml() {
    let text = "各位代表：\n一、部分\n段落。\n";
    assert_eq!(
        messages(text),
        ["test.txt:1:1: the report has no title: no line comes before its salutation, and no report.toml sets one"]
    );
    let config = ReportConfig {
        title: Some("标题".into()),
        ..ReportConfig::default()
    };
    let report = ingest("test.txt", text, &config).unwrap().report;
    assert_eq!(report.meta.title, "标题");
    assert_eq!(report.paragraphs().count(), 2);
}

#[test]
fn rejects_binary_content_with_its_position() {
    let problems = messages("标题\n同志们:\n一、部分\n正\u{0}文。\n");
    assert_eq!(
        problems,
        ["test.txt:4:2: control character U+0000: this looks like a binary file, not a report's text"]
    );
    // A binary file lists ten places, then how many more.
    let bytes: Vec<u8> = (0..4096u32).map(|n| (n * 7 % 256) as u8).collect();
    let problems = parse_report_bytes("blob.bin", &bytes).unwrap_err().0;
    assert_eq!(problems.len(), 11);
    assert!(
        problems[10].message.starts_with("… and "),
        "{}",
        problems[10]
    );
}

#[test]
fn rejects_a_file_too_large_to_be_a_report() {
    let huge = format!(
        "标题\n同志们:\n一、部分\n{}",
        "很长的段落。".repeat(300_000)
    );
    assert!(huge.len() > 5_000_000);
    assert_eq!(
        messages(&huge),
        ["test.txt:1:1: the file is 5.1 MB, more than the 2 MB a report's text may have"]
    );
    let problems = parse_report_bytes("huge.txt", huge.as_bytes()).unwrap_err();
    assert_eq!(problems.0.len(), 1);
}

mod generated {
    //! Any text made of valid lines ingests, and its paragraphs give back
    //! its body line for line.
    use super::*;
    use crate::numeral::chinese_numeral;
    use proptest::prelude::*;

    /// A body line: Chinese text that never reads as a heading, salutation,
    /// source or image name.
    fn body_line() -> impl Strategy<Value = String> {
        "[正文数据指标空气水土壤，、“”0-9A-Za-z%.]{0,30}".prop_map(|words| format!("这是{words}。"))
    }

    /// A part: its opening paragraphs, then its sections, each with
    /// whether its heading line goes on, and its paragraphs.
    type GeneratedPart = (Vec<String>, Vec<(bool, Vec<String>)>);

    /// Parts of sections of paragraphs, with an optional opening before
    /// the first section and section lines that may go on.
    fn body() -> impl Strategy<Value = Vec<GeneratedPart>> {
        let paragraphs = || prop::collection::vec(body_line(), 1..4);
        let section = (any::<bool>(), paragraphs());
        let part = (
            prop::collection::vec(body_line(), 0..3),
            prop::collection::vec(section, 0..4),
        );
        prop::collection::vec(part, 1..4)
    }

    proptest! {
        #[test]
        fn paragraphs_give_back_the_body(parts in body(), blank in 0usize..3) {
            let gap = "\n".repeat(blank + 1);
            let mut text = format!("标题{gap}——2024年3月5日在会上{gap}各位代表：{gap}");
            let mut expected = vec!["各位代表：".to_owned()];
            for (p, (opening, sections)) in parts.iter().enumerate() {
                text.push_str(&format!("{}、第{}部分{gap}", chinese_numeral(p as u8 + 1), p + 1));
                // A part needs a paragraph somewhere.
                let opening = if sections.is_empty() && opening.is_empty() {
                    vec!["这是开头。".to_owned()]
                } else {
                    opening.clone()
                };
                for line in &opening {
                    text.push_str(&format!("{line}{gap}"));
                    expected.push(line.clone());
                }
                for (s, (goes_on, lines)) in sections.iter().enumerate() {
                    let numeral = chinese_numeral(s as u8 + 1);
                    let (first, rest) = lines.split_first().unwrap();
                    if *goes_on {
                        text.push_str(&format!("（{numeral}）第{s}节标题。{first}{gap}"));
                    } else {
                        text.push_str(&format!("（{numeral}）第{s}节标题{gap}{first}{gap}"));
                    }
                    expected.push(first.clone());
                    for line in rest {
                        text.push_str(&format!("{line}{gap}"));
                        expected.push(line.clone());
                    }
                }
            }
            let ingested = ingest("generated.txt", &text, &ReportConfig::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let got: Vec<&str> = ingested.report.paragraphs().map(|p| p.text.as_str()).collect();
            prop_assert_eq!(got, expected.iter().map(String::as_str).collect::<Vec<_>>());
            assert_every_line_accounted_for(&text, &ingested);
        }

        #[test]
        fn any_text_ingests_or_fails_without_panic(lines in prop::collection::vec(
            prop_oneof![
                body_line(),
                Just("各位代表：".to_owned()),
                Just("一、部分".to_owned()),
                Just("三、部分".to_owned()),
                Just("（一）节。正文".to_owned()),
                Just("(二)节".to_owned()),
                Just("(2024年2月30日)".to_owned()),
                Just("——2024年3月5日在会上".to_owned()),
                Just("来源：某部".to_owned()),
                Just("ad1 webp".to_owned()),
                Just("\u{3000}".to_owned()),
            ],
            0..30,
        )) {
            let text = lines.join("\n");
            if let Ok(ingested) = ingest("any.txt", &text, &ReportConfig::default()) {
                assert_every_line_accounted_for(&text, &ingested);
            }
        }
    }
}

#[test]
fn a_source_line_under_the_title_is_metadata() {
    let ingested = ingested("标题\n来源：某部\n同志们:\n一、部分\n段落。\n");
    assert_eq!(ingested.report.meta.source.as_deref(), Some("某部"));
    assert_eq!(ingested.report.meta.title, "标题");
    assert_eq!(ingested.count(LineRole::Metadata), 2);
    assert_eq!(ingested.report.paragraphs().count(), 2);
}
