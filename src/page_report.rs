//! Reads the report back from the reader's markup, so the app does not carry
//! a second copy of the text: the prerendered `index.html` already holds
//! every heading and paragraph with its id (scripts/prerender.mjs writes the
//! markup the app renders, and the build checks that the two agree).
//!
//! Only what the markup states is read: ids from `id`, text from the text
//! nodes; leads follow from the text, as when the parser reads it. A copy
//! that does not have the expected shape gives `None`, and the app says why
//! instead of showing a report it may have misread.

use report_core::ingest::lead_sentence;
use report_core::{CitationId, Meta, Paragraph, Part, Report, Section, SectionId};
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// The report in the reader markup under `root` (the prerendered copy, or a
/// mounted app), or `None` if the markup is not a complete reader.
pub fn report_from_markup(root: &Element) -> Option<Report> {
    let meta = meta_from(root)?;
    let article = root.query_selector("article.reader").ok()??;
    let parts = children(&article)
        .filter(|part| part.class_list().contains("part"))
        .map(|part| part_from(&part))
        .collect::<Option<Vec<Part>>>()?;
    (!parts.is_empty()).then_some(Report { meta, parts })
}

/// The title block from the report header, and the source line from the
/// footer.
fn meta_from(root: &Element) -> Option<Meta> {
    let text_of = |selector: &str| {
        let element = root.query_selector(selector).ok()??;
        element.text_content()
    };
    // A report whose title block and report.toml give no date has none.
    let date = match root.query_selector(".report-header__date").ok()? {
        Some(time) => Some(time.get_attribute("datetime")?),
        None => None,
    };
    Some(Meta {
        title: text_of(".report-header__title")?,
        subtitle: text_of(".report-header__subtitle"),
        // Rendered after the dashes the model leaves out.
        occasion: text_of(".report-header__occasion")
            .map(|line| line.trim_start_matches('—').to_owned()),
        speaker: text_of(".report-header__speaker"),
        date,
        source: text_of(".report-footer__source"),
        licence: None,
        language: None,
    })
}

/// A part: its opening (heading and untitled section 0), then its sections.
fn part_from(part: &Element) -> Option<Part> {
    let number: u8 = part.get_attribute("data-part")?.parse().ok()?;
    let opening = children(part).find(|child| child.class_list().contains("part-opening"))?;
    // The preamble's heading is a hidden label, not a title.
    let title = opening
        .query_selector("h2.part-heading")
        .ok()?
        .map(|heading| own_text(&heading));
    let mut sections = Vec::new();
    // Section 0 exists only when it holds paragraphs (as the parser keeps it).
    let opening_paragraphs = paragraphs_in(&opening)?;
    if !opening_paragraphs.is_empty() {
        sections.push(Section {
            id: SectionId::new(number, 0),
            title: None,
            paragraphs: opening_paragraphs,
        });
    }
    for section in children(part).filter(|child| child.class_list().contains("section")) {
        sections.push(section_from(&section)?);
    }
    Some(Part {
        number,
        title,
        sections,
    })
}

/// A titled section from its `s-P.S` id, heading and paragraphs.
fn section_from(section: &Element) -> Option<Section> {
    let id: SectionId = section.id().strip_prefix("s-")?.parse().ok()?;
    let heading = section.query_selector("h3.section-heading").ok()??;
    Some(Section {
        id,
        title: Some(own_text(&heading)),
        paragraphs: paragraphs_in(section)?,
    })
}

/// The paragraphs of a part opening or section, in document order.
fn paragraphs_in(container: &Element) -> Option<Vec<Paragraph>> {
    let found = container.query_selector_all("p.para").ok()?;
    (0..found.length())
        .map(|index| paragraph_from(found.item(index)?.dyn_ref()?))
        .collect()
}

/// A paragraph: its id, and its text after the citation marker `§P.S.N`.
/// Its lead follows from the text by the parser's own rule, so two calls
/// into the DOM per paragraph suffice (each crossing costs at start-up).
fn paragraph_from(paragraph: &Element) -> Option<Paragraph> {
    let element_id = paragraph.id();
    let id_text = element_id.strip_prefix("p-")?;
    let id: CitationId = id_text.parse().ok()?;
    let text = paragraph
        .text_content()?
        .strip_prefix('§')?
        .strip_prefix(id_text)?
        .to_owned();
    Some(Paragraph {
        id,
        lead: lead_sentence(&text).map(str::to_owned),
        text,
        // Source lines matter to the build's diagnostics only.
        line: 0,
    })
}

/// The element children of `parent`, in order.
fn children(parent: &Element) -> impl Iterator<Item = Element> {
    let list = parent.children();
    (0..list.length()).filter_map(move |index| list.item(index))
}

/// The text directly inside `element`, without its child elements: a
/// heading's title without its numeral and buttons.
fn own_text(element: &Element) -> String {
    let nodes = element.child_nodes();
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .filter(|node| node.node_type() == Node::TEXT_NODE)
        .filter_map(|node| node.text_content())
        .collect()
}
