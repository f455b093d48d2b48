//! Building the search index a few documents at a time, so that a page can
//! build it between other work instead of in one long task: on a slow phone
//! the whole build takes about a tenth of a second, long enough to delay a
//! tap. [`SearchIndex::build`] runs the same steps at once.

use std::marker::PhantomData;
use std::vec::IntoIter;

use super::docset::Postings;
use super::index::{Doc, SearchIndex};
use super::{Chinese, Language};
use crate::citation::{CitationId, CitationMap};
use crate::model::{Paragraph, Report};

/// A document still to normalise and index: a heading, standing for the
/// first paragraph under it, or a paragraph.
enum Pending<'r> {
    Heading(&'r str, CitationId),
    Paragraph(&'r Paragraph),
}

/// An index under construction. Every document is known from the start, in
/// the order [`SearchIndex::build`] indexes them; each [`add`](Self::add)
/// normalises and indexes the next few, as text in `L`.
pub struct SearchIndexBuilder<'r, L: Language = Chinese> {
    language: PhantomData<L>,
    pending: IntoIter<Pending<'r>>,
    docs: Vec<Doc>,
    grams: Postings,
    paths: CitationMap<Vec<String>>,
    order: CitationMap<usize>,
}

// `new` is Chinese only, and the generic constructor has another name: a
// default type parameter does not drive inference, so a generic `new`
// would leave `SearchIndexBuilder::new(report)` without a language.
impl<'r> SearchIndexBuilder<'r, Chinese> {
    /// Lists the documents of `report`, a Chinese text, and their section
    /// paths; indexes none yet.
    pub fn new(report: &'r Report) -> Self {
        Self::for_language(report)
    }
}

impl<'r, L: Language> SearchIndexBuilder<'r, L> {
    /// Lists the documents of `report`, whose texts are in `L`, and their
    /// section paths (labelled `一、` `(一)` or `1.` `(1)`); indexes none
    /// yet. `L` comes from the turbofish or from the type the builder is
    /// stored as.
    pub fn for_language(report: &'r Report) -> Self {
        let mut pending = Vec::new();
        let mut paths = CitationMap::default();
        let mut order = CitationMap::default();
        for part in &report.parts {
            let part_label = part
                .title
                .as_ref()
                .map(|title| L::part_label(part.number, title));
            if let (Some(title), Some(first)) = (
                &part.title,
                part.sections.iter().find_map(|s| s.paragraphs.first()),
            ) {
                pending.push(Pending::Heading(title, first.id));
            }
            for section in &part.sections {
                if let (Some(title), Some(first)) = (&section.title, section.paragraphs.first()) {
                    pending.push(Pending::Heading(title, first.id));
                }
                let mut path: Vec<String> = part_label.iter().cloned().collect();
                if let Some(title) = &section.title {
                    path.push(L::section_label(section.id.section, title));
                }
                for paragraph in &section.paragraphs {
                    order.insert(paragraph.id, order.len());
                    paths.insert(paragraph.id, path.clone());
                    pending.push(Pending::Paragraph(paragraph));
                }
            }
        }
        SearchIndexBuilder {
            language: PhantomData,
            grams: Postings::new(pending.len()),
            docs: Vec::with_capacity(pending.len()),
            pending: pending.into_iter(),
            paths,
            order,
        }
    }

    /// Normalises and indexes up to `count` more documents; true once every
    /// document is indexed.
    pub fn add(&mut self, count: usize) -> bool {
        for next in self.pending.by_ref().take(count) {
            let doc = match next {
                Pending::Heading(title, paragraph) => Doc::heading::<L>(title, paragraph),
                Pending::Paragraph(paragraph) => Doc::paragraph::<L>(paragraph),
            };
            doc.index_into(&mut self.grams, self.docs.len());
            self.docs.push(doc);
        }
        self.is_done()
    }

    /// Whether every document is indexed.
    pub fn is_done(&self) -> bool {
        self.pending.len() == 0
    }

    /// The index, after indexing whatever documents are left.
    pub fn finish(mut self) -> SearchIndex<L> {
        self.add(usize::MAX);
        self.grams.shrink();
        SearchIndex::from_parts(self.docs, self.grams, self.paths, self.order)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_report;

    const TEXT: &str = include_str!("../../../../data/2025-national-eco-env-work-report.zh.txt");
    const QUERIES: &[&str] = &[
        "碳市场",
        "PM2.5",
        "生态环境保护",
        "VOCs",
        "蓝天 碧水",
        "碳市場",
        "超低排放改造",
        "不存在的词语",
    ];

    fn report() -> Report {
        parse_report("report.txt", TEXT).expect("the bundled report parses")
    }

    /// The queries above, and the middle six characters of every paragraph
    /// and heading: a document indexed under the wrong number is missed.
    fn queries(report: &Report) -> Vec<String> {
        let middle = |text: &str| {
            let chars: Vec<char> = text.chars().filter(|c| !c.is_whitespace()).collect();
            let start = chars.len().saturating_sub(6) / 2;
            chars[start..chars.len().min(start + 6)]
                .iter()
                .collect::<String>()
        };
        let headings = report.parts.iter().flat_map(|part| {
            part.title
                .iter()
                .chain(part.sections.iter().filter_map(|s| s.title.as_ref()))
        });
        QUERIES
            .iter()
            .map(|q| (*q).to_owned())
            .chain(report.paragraphs().map(|p| middle(&p.text)))
            .chain(headings.map(|title| middle(title)))
            .collect()
    }

    #[test]
    fn an_index_built_in_steps_answers_as_one_built_at_once() {
        let report = report();
        let at_once = SearchIndex::build(&report);
        let queries = queries(&report);
        for step in [1, 7, 64] {
            let mut builder = SearchIndexBuilder::new(&report);
            let mut calls = 1;
            while !builder.add(step) {
                calls += 1;
            }
            let in_steps = builder.finish();
            assert!(calls > 1, "steps of {step} took one call");
            assert_eq!(
                in_steps.heap_bytes(),
                at_once.heap_bytes(),
                "steps of {step}"
            );
            for query in &queries {
                assert_eq!(
                    in_steps.search(query),
                    at_once.search(query),
                    "{query}, steps of {step}"
                );
            }
        }
    }

    #[test]
    fn finishing_early_indexes_the_rest() {
        let report = report();
        let mut builder = SearchIndexBuilder::new(&report);
        assert!(!builder.add(3));
        assert!(!builder.is_done());
        let index = builder.finish();
        let at_once = SearchIndex::build(&report);
        for query in &queries(&report) {
            assert_eq!(index.search(query), at_once.search(query), "{query}");
        }
        assert!(!index.search("碳市场").hits.is_empty());
    }
}
