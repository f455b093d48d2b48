// The page's title, description and web-app manifest name the report that
// was built, so that a build of any report (scripts/build --report DIR) is
// labelled as that report in tabs, search results and installed apps.
import { escape } from "./reader-source.mjs";

/** The app's name: index.html's own <title>, which names no report. */
function appName(html) {
  const name = html.match(/<title>([^<]*)<\/title>/)?.[1];
  if (!name) throw new Error("index.html has no <title> to name the report in");
  return name;
}

/** `Title · 报告浏览器`, as the app sets document.title too. */
function pageTitle(meta, app) {
  return `${meta.title} · ${app}`;
}

/** One sentence saying what the page offers for this report. */
function description(meta) {
  const what = meta.occasion ? `${meta.title}——${meta.occasion}` : meta.title;
  return `${what}:分章节阅读、搜索、引用每一段,下载其中的数据。`;
}

/**
 * `html` (index.html) with its <title> and description set from `meta`, and
 * the view shells the prerender wrote listed for assets/prerender-gate.js.
 */
export function withReportHead(html, meta, shells) {
  const replaced = html
    .replace(/<html lang="([^"]*)">/, `<html lang="$1" data-shells="${shells.join(" ")}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escape(pageTitle(meta, appName(html)))}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escape(description(meta))}" />`);
  if (!replaced.includes("data-shells=")) throw new Error("index.html has no <html lang> to list the shells on");
  return replaced;
}

/** The manifest (its JSON text) named after the report, as `html` names the app. */
export function manifestFor(manifestText, meta, html) {
  const manifest = JSON.parse(manifestText);
  manifest.name = pageTitle(meta, appName(html));
  manifest.description = description(meta);
  if (meta.language) manifest.lang = meta.language;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
