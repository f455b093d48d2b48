//! Ingest tests: the real report, each accepted variant, each rejected case.

use super::*;
use crate::citation::CitationId;

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
    assert_eq!(meta.date, "2025-01-14");
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

#[test]
fn rejects_a_missing_date_line() {
    let problems = messages("只有标题\n\n一、部分\n\n段落。\n");
    assert_eq!(
        problems,
        ["test.txt:1:1: the title block must end with a date line such as (2025年1月14日)"]
    );
}
