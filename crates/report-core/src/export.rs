//! Exports: the structured report as JSON, and summary statistics.

use crate::model::Report;
use serde::Serialize;

/// `report.json`: the whole structured report, pretty-printed UTF-8.
pub fn report_json(report: &Report) -> String {
    // Serialising plain owned data into a String cannot fail.
    serde_json::to_string_pretty(report).unwrap_or_default()
}

/// Reads a [`report_json`] back.
pub fn report_from_json(json: &str) -> Result<Report, String> {
    serde_json::from_str(json).map_err(|error| error.to_string())
}

/// Counts `report stats` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Numbered parts (the preamble is not counted).
    pub parts: usize,
    /// Titled sections.
    pub sections: usize,
    pub paragraphs: usize,
    /// Characters of paragraph text (headings and metadata excluded).
    pub characters: usize,
}

impl Stats {
    pub fn of(report: &Report) -> Self {
        Self {
            parts: report.parts.iter().filter(|p| p.number > 0).count(),
            sections: report.sections().filter(|s| s.id.section > 0).count(),
            paragraphs: report.paragraphs().count(),
            characters: report.paragraphs().map(|p| p.text.chars().count()).sum(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_report;

    #[test]
    fn json_round_trips() {
        let text = include_str!("../../../data/2025-national-eco-env-work-report.zh.txt");
        let report = parse_report("report.txt", text).unwrap();
        let json = report_json(&report);
        let back: Report = serde_json::from_str(&json).unwrap();
        assert_eq!(back, report);
        assert!(json.contains("\"id\": \"1.2.2\""));
        let stats = Stats::of(&report);
        assert_eq!((stats.parts, stats.sections, stats.paragraphs), (3, 18, 85));
        assert!(stats.characters > 19_000, "{}", stats.characters);
    }
}
