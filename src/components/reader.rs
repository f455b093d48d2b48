//! The full text: parts, sections and paragraphs with their anchors. The
//! layout is generic over what it shows ([`ReaderText`]): one text, or (in
//! the English chunk) the original with its translation beside it, so the
//! first screen's code holds only the first.

use leptos::prelude::*;
use report_core::{numeral::chinese_numeral, Paragraph, Part, Section, SectionId};

use super::context::{use_lang, Text};
use super::deferred::{self, when_loaded};
use super::in_turn::InTurn;
use super::paragraph::ParagraphView;
use super::scroll_spy::watch_sections;
use crate::i18n::Lang;
use crate::url::{use_url_state, Embed, Target};

/// What a reader lays out: a text's parts and sections, each paragraph as
/// [`paragraph`](Self::paragraph) renders it, and titles beside the text's.
pub trait ReaderText: Copy + Send + Sync + 'static {
    /// The text whose parts, sections and paragraphs are laid out.
    fn text(self) -> Text;
    /// A part's title in the translation shown beside the text.
    fn part_beside(self, _number: u8) -> Option<&'static str> {
        None
    }
    /// A section's title in the translation shown beside the text.
    fn section_beside(self, _id: SectionId) -> Option<&'static str> {
        None
    }
    /// The report's title in the translation shown beside the text.
    fn title_beside(self) -> Option<&'static str> {
        None
    }
    /// One paragraph as this reader shows it.
    fn paragraph(self, paragraph: &'static Paragraph) -> impl IntoView + 'static;
}

/// One text alone.
impl ReaderText for Text {
    fn text(self) -> Text {
        self
    }

    fn paragraph(self, paragraph: &'static Paragraph) -> impl IntoView + 'static {
        view! { <ParagraphView paragraph=paragraph text=self /> }
    }
}

/// A part's numeral as its heading shows it in `lang`: `一、` or `1.`.
pub fn part_numeral(number: u8, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}、", chinese_numeral(number)),
        Lang::En => format!("{number}. "),
    }
}

/// A section's numeral as its heading shows it in `lang`: `(一)` or `(1)`.
pub fn section_numeral(number: u8, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("({})", chinese_numeral(number)),
        Lang::En => format!("({number}) "),
    }
}

/// Every part of the report in order.
#[component]
pub fn Reader<T: ReaderText>(
    /// What to lay out.
    text: T,
    /// Wider, for two columns.
    #[prop(optional)]
    bilingual: bool,
) -> impl IntoView {
    watch_sections();
    view! {
        <article
            class="reader"
            class:reader--bilingual=bilingual
            lang=text.text().lang.html_tag()
            data-testid="reader"
        >
            {text
                .text()
                .report
                .parts
                .iter()
                .map(|part| {
                    view! {
                        <InTurn>
                            <PartView part=part text=text />
                        </InTurn>
                    }
                })
                .collect_view()}
        </article>
    }
}

/// A title and, in the bilingual view, the translation's title after it.
fn title_with(title: Option<&String>, beside: Option<&'static str>) -> impl IntoView {
    let beside =
        beside.map(|title| view! { <span class="heading-beside" lang="en">{title}</span> });
    (title.cloned(), beside)
}

/// A part: its heading with the paragraphs before its first section, then its sections.
#[component]
fn PartView<T: ReaderText>(
    /// The part to render; part 0 is the untitled preamble.
    part: &'static Part,
    text: T,
) -> impl IntoView {
    let lang = use_lang();
    let url = use_url_state().0;
    let opening_id = SectionId::new(part.number, 0);
    let is_target = move || url.with(|f| f.target == Some(Target::Section(opening_id)));
    let heading = match &part.title {
        Some(title) => view! {
            <h2 class="part-heading">
                <span class="part-heading__numeral">{part_numeral(part.number, text.text().lang)}</span>
                {title_with(Some(title), text.part_beside(part.number))}
            </h2>
        }
        .into_any(),
        None => view! { <h2 class="visually-hidden">{move || lang.get().strings().preamble}</h2> }
            .into_any(),
    };
    let (opening, sections): (Vec<&'static Section>, Vec<&'static Section>) = part
        .sections
        .iter()
        .partition(|section| section.title.is_none());
    // At boot, the opening and each section render in a turn of their own.
    view! {
        <section class="part" data-part=part.number>
            <div
                class="part-opening"
                id=format!("s-{opening_id}")
                tabindex="-1"
                class:is-target=is_target
                data-spy=opening_id.to_string()
            >
                {heading}
                <InTurn>
                    {opening
                        .iter()
                        .flat_map(|section| section.paragraphs.iter())
                        .map(|paragraph| text.paragraph(paragraph))
                        .collect_view()}
                </InTurn>
            </div>
            {sections
                .into_iter()
                .map(|section| {
                    view! {
                        <InTurn>
                            <SectionView section=section text=text />
                        </InTurn>
                    }
                })
                .collect_view()}
        </section>
    }
}

/// A titled section with its paragraphs.
#[component]
fn SectionView<T: ReaderText>(
    /// The section to render.
    section: &'static Section,
    text: T,
) -> impl IntoView {
    let url = use_url_state().0;
    let lang = use_lang();
    let id = section.id;
    let is_target = move || url.with(|f| f.target == Some(Target::Section(id)));
    let embed_open = RwSignal::new(false);
    let numeral = section_numeral(id.section, text.text().lang);
    let label_numeral = numeral.trim().to_owned();
    view! {
        <section
            class="section"
            id=format!("s-{id}")
            tabindex="-1"
            class:is-target=is_target
            data-spy=id.to_string()
            data-testid="section"
        >
            <h3 class="section-heading">
                <span class="section-heading__numeral">{numeral}</span>
                {title_with(section.title.as_ref(), text.section_beside(id))}
                <button
                    type="button"
                    class="section-embed"
                    aria-expanded=move || embed_open.get().to_string()
                    aria-label=move || format!("{} {label_numeral}", lang.get().strings().embed_section)
                    data-testid="section-embed"
                    on:click=move |_| embed_open.update(|open| *open = !*open)
                >
                    {move || lang.get().strings().embed}
                </button>
            </h3>
            <Show when=move || embed_open.get()>
                <div class="section-embed-panel">
                    {when_loaded(deferred::embed_code(Embed::Section(id), url.get_untracked()))}
                </div>
            </Show>
            {section
                .paragraphs
                .iter()
                .map(|paragraph| text.paragraph(paragraph))
                .collect_view()}
        </section>
    }
}
