//! The reader in English or bilingual, from the English chunk
//! (`deferred::translated_reader`): it loads the English text the first
//! time, says how that goes, and lays out the English text alone or the
//! original with the English beside each paragraph.

use leptos::prelude::*;
use report_core::{Paragraph, SectionId};

use super::context::{english_text, use_indicators, use_lang, use_original_text, Text};
use super::in_turn::InTurn;
use super::paragraph::ParagraphView;
use super::reader::{Reader, ReaderText};
use super::report_header::ReportHeader;
use super::translation_note::{Translation, TranslationNote};
use crate::boot::{hold_reveal, release_in_next_task};
use crate::i18n::Lang;
use crate::translation::{english, EnglishText};
use crate::translation_load::load_english;
use crate::url::{use_url_state, View};

/// The English reader or the bilingual view, once the English text is in;
/// the original until then, or if it cannot be had.
#[component]
pub fn TranslatedReader() -> impl IntoView {
    read_english_labels();
    let state = RwSignal::new(match english() {
        Some(text) => Translation::Ready(text),
        None if crate::data::has_english() => Translation::Loading,
        None => Translation::Missing,
    });
    if matches!(state.get_untracked(), Translation::Loading) {
        start_loading(state);
    }
    let url = use_url_state().0;
    let lang = use_lang();
    let original = use_original_text();
    let bilingual = Memo::new(move |_| url.with(|f| f.view == View::Bilingual));
    let text = move || match (state.get(), bilingual.get(), lang.get()) {
        (Translation::Ready(english), true, _) => {
            let both = Bilingual::of(original, english);
            view! {
                <InTurn>
                    <ReportHeader text=both />
                </InTurn>
                <Reader text=both bilingual=true />
            }
            .into_any()
        }
        (Translation::Ready(english), false, Lang::En) => {
            one_text(Bilingual::of(original, english).english)
        }
        _ => one_text(original),
    };
    view! {
        <TranslationNote state=state retry=Callback::new(move |()| start_loading(state)) />
        {text}
    }
}

/// One text alone: the English, or the original while the English is not in.
fn one_text(text: Text) -> AnyView {
    let text = OneText(text);
    view! {
        <InTurn>
            <ReportHeader text=text />
        </InTurn>
        <Reader text=text />
    }
    .into_any()
}

/// One text, as the first screen's reader lays out `Text`. A type of its
/// own, so that the first screen's instance of the reader is not shared
/// with this chunk, and stays as small as before the English edition.
#[derive(Clone, Copy)]
struct OneText(Text);

impl ReaderText for OneText {
    fn text(self) -> Text {
        self.0
    }

    fn paragraph(self, paragraph: &'static Paragraph) -> impl IntoView + 'static {
        view! { <ParagraphView paragraph=paragraph text=self.0 /> }
    }
}

/// Loads the English text into `state`.
fn start_loading(state: RwSignal<Translation>) {
    state.set(Translation::Loading);
    load_in_background(move |loaded| {
        state.set(match loaded {
            Ok(text) => Translation::Ready(text),
            Err(()) => Translation::Failed,
        });
    });
}

/// Reads the full indicators and chart specs, whose English labels and
/// titles a text shows in English (a figure's tooltip, a chart's title
/// beside its paragraph), with or without a translation: the first
/// screen's module does not carry them (`data::full_indicators_if_read`).
pub(super) fn read_english_labels() {
    let _ = crate::data::full_indicators();
    let _ = crate::data::full_chart_specs();
}

/// Loads the English text in the background, then hands it to `done`.
/// While the app boots, the reveal waits for it, so an English link never
/// shows the original first.
pub(super) fn load_in_background(done: impl FnOnce(Result<&'static EnglishText, ()>) + 'static) {
    let hold = hold_reveal();
    let url = use_url_state();
    let indicators = use_indicators();
    leptos::task::spawn_local(async move {
        done(load_english(url, crate::data::full_indicators(), indicators.located).await);
        release_in_next_task(hold);
    });
}

/// The original with the English text beside each paragraph.
#[derive(Clone, Copy)]
struct Bilingual {
    original: Text,
    english: Text,
}

impl Bilingual {
    fn of(original: Text, english: &'static EnglishText) -> Self {
        Bilingual {
            original,
            english: english_text(english),
        }
    }
}

impl ReaderText for Bilingual {
    fn text(self) -> Text {
        self.original
    }

    fn part_beside(self, number: u8) -> Option<&'static str> {
        self.english.report.part(number)?.title.as_deref()
    }

    fn section_beside(self, id: SectionId) -> Option<&'static str> {
        self.english.report.section(id)?.title.as_deref()
    }

    fn title_beside(self) -> Option<&'static str> {
        Some(&self.english.report.meta.title)
    }

    fn paragraph(self, paragraph: &'static Paragraph) -> impl IntoView + 'static {
        let translated = self.english.report.paragraph(paragraph.id);
        view! { <ParagraphPair paragraph=paragraph translated=translated texts=self /> }
    }
}

/// A paragraph and its translation side by side; on a phone one at a
/// time, with a switch between them.
#[component]
fn ParagraphPair(
    paragraph: &'static Paragraph,
    translated: Option<&'static Paragraph>,
    texts: Bilingual,
) -> impl IntoView {
    let lang = use_lang();
    // Which of the two a phone shows first: the interface's language.
    let showing_english = RwSignal::new(lang.get_untracked() == Lang::En);
    let switch_label = move || {
        let strings = lang.get().view_strings();
        if showing_english.get() {
            strings.show_original
        } else {
            strings.show_english
        }
    };
    view! {
        <div class="para-pair" class:para-pair--beside=move || showing_english.get() data-testid="para-pair">
            <button
                type="button"
                class="para-pair__switch"
                aria-pressed=move || showing_english.get().to_string()
                on:click=move |_| showing_english.update(|english| *english = !*english)
                data-testid="para-switch"
            >
                {switch_label}
            </button>
            <div class="para-pair__main">
                <ParagraphView paragraph=paragraph text=texts.original />
            </div>
            <div class="para-pair__beside" lang="en">
                {translated.map(|translated| view! { <ParagraphView paragraph=translated text=texts.english anchor=false /> })}
            </div>
        </div>
    }
}
