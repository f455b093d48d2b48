//! Builds parts → sections → paragraphs from classified body lines, checking
//! numbering and emptiness as it goes so that every problem is reported.

use super::lead::lead_sentence;
use crate::citation::{CitationId, SectionId};
use crate::diagnostic::Diagnostic;
use crate::model::{Paragraph, Part, Section};
use crate::numeral::chinese_numeral;

pub struct BodyBuilder {
    file: String,
    parts: Vec<Part>,
    /// Heading lines of the open part and section (`None` for untitled ones).
    part_heading: Option<usize>,
    section_heading: Option<usize>,
    problems: Vec<Diagnostic>,
}

impl BodyBuilder {
    pub fn new(file: &str) -> Self {
        Self {
            file: file.to_owned(),
            parts: vec![Part {
                number: 0,
                title: None,
                sections: vec![untitled_section(0)],
            }],
            part_heading: None,
            section_heading: None,
            problems: Vec::new(),
        }
    }

    fn problem(&mut self, line: usize, col: usize, message: String) {
        self.problems.push(Diagnostic {
            file: self.file.clone(),
            line,
            col,
            message,
        });
    }

    fn current_part(&mut self) -> &mut Part {
        let last = self.parts.len() - 1;
        &mut self.parts[last]
    }

    fn current_section(&mut self) -> &mut Section {
        let part = self.current_part();
        let last = part.sections.len() - 1;
        &mut part.sections[last]
    }

    pub fn start_part(&mut self, line: usize, number: u8, title: &str) {
        self.close_section();
        self.close_part();
        let previous = self.current_part().number;
        if number != previous + 1 {
            let message = if number <= previous {
                format!(
                    "part {}、 repeats or goes back: it follows part {}、",
                    chinese_numeral(number),
                    chinese_numeral(previous)
                )
            } else {
                format!(
                    "part {}、 follows part {}、: expected {}、",
                    chinese_numeral(number),
                    chinese_numeral(previous),
                    chinese_numeral(previous + 1)
                )
            };
            self.problem(line, 1, message);
        }
        self.parts.push(Part {
            number,
            title: Some(title.to_owned()),
            sections: vec![untitled_section(number)],
        });
        self.part_heading = Some(line);
    }

    pub fn start_section(&mut self, line: usize, number: u8, title: &str) {
        self.close_section();
        let part = self.current_part().number;
        if part == 0 {
            self.problem(
                line,
                1,
                format!(
                    "section ({}) comes before any part heading such as 一、",
                    chinese_numeral(number)
                ),
            );
        }
        let previous = self
            .current_part()
            .sections
            .last()
            .map_or(0, |s| s.id.section);
        if number != previous + 1 {
            let expected = chinese_numeral(previous + 1);
            let message = if number <= previous {
                format!(
                    "section ({}) repeats or goes back: expected ({expected})",
                    chinese_numeral(number)
                )
            } else if previous == 0 {
                format!(
                    "section ({}) opens the part: expected ({expected})",
                    chinese_numeral(number)
                )
            } else {
                format!(
                    "section ({}) follows ({}): expected ({expected})",
                    chinese_numeral(number),
                    chinese_numeral(previous)
                )
            };
            self.problem(line, 2, message);
        }
        self.current_part().sections.push(Section {
            id: SectionId::new(part, number),
            title: Some(title.to_owned()),
            paragraphs: Vec::new(),
        });
        self.section_heading = Some(line);
    }

    pub fn add_paragraph(&mut self, line: usize, text: &str) {
        let section = self.current_section();
        let index = u16::try_from(section.paragraphs.len() + 1).unwrap_or(u16::MAX);
        section.paragraphs.push(Paragraph {
            id: CitationId::new(section.id.part, section.id.section, index),
            lead: lead_sentence(text).map(str::to_owned),
            text: text.to_owned(),
            line,
        });
    }

    /// A titled section must hold at least one paragraph.
    fn close_section(&mut self) {
        if let Some(heading) = self.section_heading.take() {
            let section = self.current_section();
            if section.paragraphs.is_empty() {
                let message = format!(
                    "section ({}) has no paragraphs",
                    chinese_numeral(section.id.section)
                );
                self.problem(heading, 1, message);
            }
        }
    }

    /// A titled part must hold at least one paragraph, in any of its sections;
    /// an empty untitled section 0 is simply dropped.
    fn close_part(&mut self) {
        let heading = self.part_heading.take();
        let part = self.current_part();
        part.sections
            .retain(|s| s.id.section != 0 || !s.paragraphs.is_empty());
        let empty = part.sections.iter().all(|s| s.paragraphs.is_empty());
        let number = part.number;
        if let (Some(heading), true) = (heading, empty) {
            self.problem(
                heading,
                1,
                format!("part {}、 has no paragraphs", chinese_numeral(number)),
            );
        }
    }

    pub fn finish(mut self) -> (Vec<Part>, Vec<Diagnostic>) {
        self.close_section();
        self.close_part();
        self.parts
            .retain(|part| part.number != 0 || !part.sections.is_empty());
        if self
            .parts
            .iter()
            .all(|part| part.sections.iter().all(|s| s.paragraphs.is_empty()))
        {
            self.problem(1, 1, "the report has no paragraphs".into());
        }
        (self.parts, self.problems)
    }
}

fn untitled_section(part: u8) -> Section {
    Section {
        id: SectionId::new(part, 0),
        title: None,
        paragraphs: Vec::new(),
    }
}
