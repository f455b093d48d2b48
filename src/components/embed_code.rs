//! The embed code for a section or paragraph: a ready-to-paste iframe plus
//! the optional auto-height script, with a live preview.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::context::{use_lang, use_report};
use crate::dom::{copy_text, page_url_without_fragment};
use crate::i18n::Lang;
use crate::url::{Embed, Fragment};

/// Default iframe height: enough for a paragraph before the script resizes it.
const DEFAULT_HEIGHT: u32 = 360;

/// The folder of a page URL (`…/index.html` → `…/`), where `embed.js` lives.
fn folder_of(page: &str) -> &str {
    match page.rfind('/') {
        Some(slash) => &page[..=slash],
        None => page,
    }
}

/// HTML-escapes an attribute value.
fn attribute(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The URL that shows `embed` alone, keeping the fragment's language and theme.
pub fn embed_url(page: &str, embed: &Embed, fragment: &Fragment) -> String {
    let embedded = Fragment {
        embed: Some(embed.clone()),
        lang: fragment.lang,
        theme: fragment.theme,
        ..Fragment::default()
    };
    format!("{page}#{}", embedded.to_hash())
}

/// The snippet to paste: the iframe (which looks right on its own) and the
/// optional script that fits its height to the content.
pub fn embed_snippet(page: &str, embed: &Embed, fragment: &Fragment, title: &str) -> String {
    let src = embed_url(page, embed, fragment);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{DEFAULT_HEIGHT}\" loading=\"lazy\"></iframe>\n<script src=\"{}embed.js\" async></script>",
        attribute(&src),
        attribute(title),
        attribute(folder_of(page)),
    )
}

/// Snippet, copy button and preview for one embed.
#[component]
pub fn EmbedCode(
    /// What to embed.
    embed: Embed,
    /// The fragment whose language and theme the embed keeps.
    fragment: Fragment,
) -> impl IntoView {
    let report = use_report();
    let lang = use_lang();
    let view_strings = move || lang.get().view_strings();
    let page = page_url_without_fragment();
    // The iframe's title names what it shows: a chart by its title in the
    // embed's language, a section or paragraph by the report and its id.
    let chart_title = match &embed {
        Embed::Chart(id) => crate::data::full_chart_specs()
            .iter()
            .find(|spec| &spec.id == id)
            .map(|spec| match fragment.lang {
                Lang::Zh => spec.title_zh.clone(),
                Lang::En => spec.title_en.clone(),
            }),
        _ => None,
    };
    let title = chart_title.unwrap_or_else(|| {
        format!(
            "{} §{}",
            report.meta.title,
            embed.value().split('/').nth(1).unwrap_or_default()
        )
    });
    let snippet = embed_snippet(&page, &embed, &fragment, &title);
    let preview_src = embed_url(&page, &embed, &fragment);
    // A copy opened from disk (the single file) cannot be embedded: another
    // site's iframe cannot load a file on the reader's disk, and no
    // embed.js sits beside it. Say so rather than offer code that fails.
    if page.starts_with("file:") {
        return view! {
            <div class="embed-code" data-testid="embed-code">
                <p class="embed-code__unavailable" role="status" data-testid="embed-needs-hosting">
                    {move || view_strings().embed_needs_hosting}
                </p>
            </div>
        }
        .into_any();
    }
    let copied = RwSignal::new(false);
    let to_copy = snippet.clone();
    view! {
        <div class="embed-code" data-testid="embed-code">
            <label class="cite-popover__field">
                <span>{move || view_strings().embed_code}</span>
                <textarea readonly rows="4" data-testid="embed-snippet" prop:value=snippet></textarea>
            </label>
            <div class="cite-popover__actions">
                <button
                    type="button"
                    on:click=move |_| {
                        let text = to_copy.clone();
                        spawn_local(async move { copied.set(copy_text(text).await) });
                    }
                >
                    {move || if copied.get() { view_strings().code_copied } else { view_strings().copy_code }}
                </button>
            </div>
            <p class="embed-code__preview-label">{move || view_strings().preview}</p>
            <iframe class="embed-code__preview" src=preview_src title=title data-testid="embed-preview"></iframe>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::url::Theme;
    use report_core::CitationId;

    #[test]
    fn builds_a_snippet_with_the_script_beside_the_page() {
        let fragment = Fragment {
            lang: Lang::En,
            theme: Some(Theme::Dark),
            ..Fragment::default()
        };
        let snippet = embed_snippet(
            "https://example.org/report/index.html",
            &Embed::Paragraph(CitationId::new(1, 2, 2)),
            &fragment,
            "Title \"quoted\"",
        );
        assert!(snippet.contains("src=\"https://example.org/report/index.html#embed=p/1.2.2&amp;lang=en&amp;theme=dark\""), "{snippet}");
        assert!(snippet.contains("title=\"Title &quot;quoted&quot;\""));
        assert!(
            snippet.contains("<script src=\"https://example.org/report/embed.js\" async></script>")
        );
        assert_eq!(folder_of("https://example.org/"), "https://example.org/");
    }
}
