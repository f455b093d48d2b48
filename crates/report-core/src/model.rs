//! The structured report: metadata, then parts → sections → paragraphs.
//!
//! Part 0 is the preamble before part 一, and section 0 of any part holds the
//! paragraphs before its first section heading, so every paragraph sits at
//! exactly one `P.S.N` and the tree needs no special cases.

use crate::citation::{CitationId, SectionId};
use serde::{Deserialize, Serialize};

/// The report as published: title block and source line, then the body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub meta: Meta,
    pub parts: Vec<Part>,
}

/// The title block and `来源:` line: metadata, not paragraphs. Each field is
/// what the text states, unless the report's `report.toml` sets it
/// ([`crate::report_config`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub subtitle: Option<String>,
    /// The occasion line, e.g. `——在2025年全国生态环境保护工作会议上的工作报告`,
    /// kept without its leading dashes.
    pub occasion: Option<String>,
    pub speaker: Option<String>,
    /// ISO 8601 date (`2025-01-14`), when the title block or `report.toml`
    /// gives one.
    pub date: Option<String>,
    pub source: Option<String>,
    /// The terms the text may be shared under, from `report.toml`.
    #[serde(default)]
    pub licence: Option<String>,
    /// The text's language as a BCP 47 tag (`zh-CN`), from `report.toml`.
    #[serde(default)]
    pub language: Option<String>,
}

/// A part (`一、…`); part 0 is the untitled preamble.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub number: u8,
    /// The heading without its numeral, `None` for the preamble.
    pub title: Option<String>,
    pub sections: Vec<Section>,
}

/// A section (`(一)…`); section 0 is a part's untitled opening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    pub id: SectionId,
    /// The heading without its numeral, `None` for section 0.
    pub title: Option<String>,
    pub paragraphs: Vec<Paragraph>,
}

/// One paragraph of body text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub id: CitationId,
    /// The short opening claim ending in `。`, when the paragraph has one.
    pub lead: Option<String>,
    /// The full text, lead included, exactly as in the source.
    pub text: String,
    /// 1-based line of the paragraph in the source file.
    pub line: usize,
}

impl Report {
    /// Every section in document order.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.parts.iter().flat_map(|part| part.sections.iter())
    }

    /// Every paragraph in document order.
    pub fn paragraphs(&self) -> impl Iterator<Item = &Paragraph> {
        self.sections()
            .flat_map(|section| section.paragraphs.iter())
    }

    pub fn paragraph(&self, id: CitationId) -> Option<&Paragraph> {
        self.section(id.section_id())?
            .paragraphs
            .get(usize::from(id.paragraph).checked_sub(1)?)
    }

    pub fn section(&self, id: SectionId) -> Option<&Section> {
        self.parts
            .iter()
            .find(|part| part.number == id.part)?
            .sections
            .iter()
            .find(|section| section.id == id)
    }

    pub fn part(&self, number: u8) -> Option<&Part> {
        self.parts.iter().find(|part| part.number == number)
    }
}
