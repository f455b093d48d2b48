// The prerendered English page (en.html): the English text as the app
// renders it, for search engines and for readers without JavaScript. It
// runs no script: the app reads its original text from index.html's copy,
// so an English copy must not boot it. A note on top marks the translation
// as unofficial and links to the original and to the interactive English
// reader. No hreflang links: they must be absolute URLs, and the
// explorer does not know where it is hosted.
import { escape } from "./reader-source.mjs";

/** The app's own note about the translation: its links need the app. */
const APP_NOTE = /<p class="translation-note"[^>]*>.*?<\/p>/s;

/**
 * en.html from `html` (the built index.html, before its own copy is put
 * in), the English reader's `markup` and the English `meta`.
 */
export function englishPage(html, markup, meta) {
  const note =
    `<p class="translation-note" data-testid="translation-note">Unofficial English translation. ` +
    `The Chinese original is the authoritative text: <a href="./" lang="zh-CN">阅读中文原文</a> · ` +
    `<a href="./#lang=en">Open the interactive English reader</a></p>`;
  const copy = markup.replace(APP_NOTE, "");
  const body = `<div id="prerendered-en" class="prerendered">${note}${copy}</div>`;
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, "")
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, "")
    .replace(/<html lang="[^"]*"/, "<html lang=\"en\"")
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(meta.title)} · Report Explorer (unofficial English translation)</title>`)
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escape(`${meta.title}: an unofficial English translation, to read by section with every figure linked to its data.`)}" />`,
    );
  const at = page.indexOf("</noscript>", page.indexOf("<body"));
  if (at < 0) throw new Error("index.html has no </noscript> in <body> to put the English copy after");
  const end = at + "</noscript>".length;
  return `${page.slice(0, end)}\n${body}${page.slice(end)}`;
}
