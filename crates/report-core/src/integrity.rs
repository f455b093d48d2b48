//! The canonical form of the text a reader is shown, which the build
//! fingerprints and the app checks the text it displays against: a copy
//! whose words were changed then says so (README, "Checking a mirrored
//! copy").
//!
//! One line per shown item, each ending in `\n`: the title block's fields
//! that are set, as `title: …`, `subtitle: …`, `occasion: …`, `speaker: …`,
//! `date: …`, `source: …`; then in reading order `§P title` for each titled
//! part, `§P.S title` for each titled section and `§P.S.N text` for each
//! paragraph. Ids are in the form so that a copy with paragraphs moved or
//! renumbered differs too.

use crate::model::Report;

/// The report's text in canonical form.
pub fn canonical_text(report: &Report) -> String {
    let meta = &report.meta;
    let mut out = String::new();
    let mut line = |parts: &[&str]| {
        parts.iter().for_each(|part| out.push_str(part));
        out.push('\n');
    };
    let fields = [
        ("title", Some(&meta.title)),
        ("subtitle", meta.subtitle.as_ref()),
        ("occasion", meta.occasion.as_ref()),
        ("speaker", meta.speaker.as_ref()),
        ("date", meta.date.as_ref()),
        ("source", meta.source.as_ref()),
    ];
    for (name, value) in fields {
        if let Some(value) = value {
            line(&[name, ": ", value]);
        }
    }
    for part in &report.parts {
        if let Some(title) = &part.title {
            line(&["§", &part.number.to_string(), " ", title]);
        }
        for section in &part.sections {
            if let Some(title) = &section.title {
                line(&["§", &section.id.to_string(), " ", title]);
            }
            for paragraph in &section.paragraphs {
                line(&["§", &paragraph.id.to_string(), " ", &paragraph.text]);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::citation::CitationId;
    use crate::parse_report;

    const REAL: &str = include_str!("../../../data/2025-national-eco-env-work-report.zh.txt");

    #[test]
    fn lists_the_title_block_then_headings_and_paragraphs_in_order() {
        let report = parse_report("r", REAL).unwrap();
        let text = canonical_text(&report);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "title: 深化改革创新 奋力笃行实干");
        assert_eq!(lines[4], "date: 2025-01-14");
        assert_eq!(lines[5], "source: 生态环境部");
        assert_eq!(lines[6], "§0.0.1 同志们:");
        assert!(lines.contains(&"§1 2024年生态环境保护工作取得重要进展"));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("§1.2 深入推进污染防治攻坚战")));
        assert!(lines
            .iter()
            .any(|l| l.starts_with("§1.2.2 蓝天保卫战加力推进。")));
        // 6 metadata lines, 3 parts, 18 sections, 85 paragraphs.
        assert_eq!(lines.len(), 6 + 3 + 18 + 85);
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn a_changed_word_or_a_moved_paragraph_changes_it() {
        let report = parse_report("r", REAL).unwrap();
        let original = canonical_text(&report);
        let mut edited = report.clone();
        let id = CitationId::new(1, 2, 2);
        let paragraph = edited.parts[1].sections[2].paragraphs[1].clone();
        assert_eq!(paragraph.id, id);
        edited.parts[1].sections[2].paragraphs[1].text = paragraph.text.replacen("加力", "全力", 1);
        assert_ne!(canonical_text(&edited), original);
        let mut swapped = report.clone();
        let section = &mut swapped.parts[1].sections[2].paragraphs;
        let (first, second) = (section[0].text.clone(), section[1].text.clone());
        section[0].text = second;
        section[1].text = first;
        assert_ne!(canonical_text(&swapped), original);
        assert_eq!(canonical_text(&report), original);
    }
}
