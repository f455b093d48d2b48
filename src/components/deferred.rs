//! Views the first screen does not need: the charts and indicators views,
//! embeds, popovers, chart cards, the notice about a broken link and a
//! section's embed code. In the release build (`--cfg
//! report_split`, see scripts/build) each is a split point: scripts/split-wasm.mjs
//! moves its code into a chunk that is fetched the first time it is shown.
//! Elsewhere (tests, debug builds) they are plain functions.
#![allow(unsafe_code)] // what wasm_split generates: an import and an export per split point

use leptos::html::Button;
use leptos::prelude::*;
use report_core::CitationId;

use super::chart_card::ChartCard;
use super::charts_view::ChartsView;
use super::citation_popover::CitationPopover;
use super::embed_code::EmbedCode;
use super::embed_view::EmbedView;
use super::figure_popover::FigurePopover;
use super::indicators_view::IndicatorsView;
use super::integrity_check::IntegrityAlertPanel;
use super::notice::NoticePanel;
use super::translated_reader::TranslatedReader;
use crate::boot::{hold_reveal, release_in_next_task};
use crate::url::{Embed, Fragment, FragmentProblem};

/// A chunk that could not be fetched (offline before it was ever opened).
pub use leptos::wasm_split::SplitLoaderError as ChunkUnavailable;

/// Defines `$name` as an async function returning the view `$body`, or
/// [`ChunkUnavailable`] when its chunk cannot be fetched.
macro_rules! deferred_view {
    ($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $body:expr) => {
        $(#[$doc])*
        #[cfg(report_split)]
        #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Result<AnyView, ChunkUnavailable> {
            Ok($body.into_any())
        }
        $(#[$doc])*
        #[cfg(not(report_split))]
        pub async fn $name($($arg: $ty),*) -> Result<AnyView, ChunkUnavailable> {
            Ok($body.into_any())
        }
    };
}

/// SHA-256 of `text` in hex, by the `sha2` crate, in a chunk of its own:
/// only a page without `crypto.subtle` fetches it (src/integrity.rs).
#[cfg(report_split)]
#[::leptos::wasm_split::wasm_split(text_sha256, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn text_sha256(text: String) -> Result<String, ChunkUnavailable> {
    Ok(crate::integrity::sha256_hex(&text))
}

/// SHA-256 of `text` in hex, by the `sha2` crate.
#[cfg(not(report_split))]
pub async fn text_sha256(text: String) -> Result<String, ChunkUnavailable> {
    Ok(crate::integrity::sha256_hex(&text))
}

deferred_view!(
    /// The alert that the shown text differs from the published original.
    integrity_alert() => view! { <IntegrityAlertPanel /> }
);
deferred_view!(
    /// The reader in English or bilingual, with the English text.
    translated_reader() => view! { <TranslatedReader /> }
);
deferred_view!(
    /// The charts gallery.
    charts_view() => view! { <ChartsView /> }
);
deferred_view!(
    /// The indicators table.
    indicators_view() => view! { <IndicatorsView /> }
);
deferred_view!(
    /// A section, paragraph or chart alone.
    embed_view(embed: Embed) => view! { <EmbedView embed=embed /> }
);
deferred_view!(
    /// One chart's card, opened beside its paragraph.
    chart_card(index: usize) => view! { <ChartCard index=index /> }
);
deferred_view!(
    /// A paragraph's citation popover.
    citation_popover(id: CitationId, marker: NodeRef<Button>) => view! { <CitationPopover id=id marker=marker /> }
);
deferred_view!(
    /// A figure's indicator popover.
    figure_popover(paragraph: CitationId, indicator: usize) => view! { <FigurePopover paragraph=paragraph indicator=indicator /> }
);
deferred_view!(
    /// What a link asked for that does not exist.
    notice_panel(problems: Memo<Vec<FragmentProblem>>, dismissed: RwSignal<Vec<FragmentProblem>>)
        => view! { <NoticePanel problems=problems dismissed=dismissed /> }
);
deferred_view!(
    /// The snippet, copy button and preview of one embed, as a section's
    /// embed button opens it.
    embed_code(embed: Embed, fragment: Fragment) => view! { <EmbedCode embed=embed fragment=fragment /> }
);

/// Shows the view `load` gives once its chunk is there, or a short notice
/// if the chunk cannot be fetched. While the app boots, it stays hidden
/// behind the prerendered copy until then.
pub fn when_loaded(
    load: impl std::future::Future<Output = Result<AnyView, ChunkUnavailable>> + 'static,
) -> impl IntoView {
    // Boxed, so that one copy of what follows serves every deferred view.
    shown_when_loaded(Box::pin(load))
}

type Load = std::pin::Pin<Box<dyn std::future::Future<Output = Result<AnyView, ChunkUnavailable>>>>;

fn shown_when_loaded(load: Load) -> Suspend<AnyView> {
    let lang = super::use_lang();
    let hold = hold_reveal();
    // The load's error type is not Send; the app runs on one thread.
    Suspend::new(send_wrapper::SendWrapper::new(async move {
        let view = match load.await {
            Ok(view) => view,
            Err(_) => view! {
                <p class="chunk-unavailable" role="status" data-testid="chunk-unavailable">
                    {move || lang.get().strings().chunk_unavailable}
                </p>
            }
            .into_any(),
        };
        // The view is built in this task: the app may show from the next.
        release_in_next_task(hold);
        view
    }))
}
