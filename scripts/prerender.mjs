#!/usr/bin/env node
// Prerenders the reader into a built dist/index.html: loads the built app in
// headless Chromium, takes the markup it renders for the bare URL (header,
// contents, headings, every paragraph with its id) and writes it into the
// page's body. Readers see the text before the wasm has loaded, with
// JavaScript off, and so do search engines; on boot the app mounts the same
// markup and removes this copy in one task (src/main.rs), so nothing flashes.
//
// The charts and indicators views get a shell each: their markup with the
// charts and the table left out (they need the app), shown instead of the
// reader by assets/prerender-gate.js when a link opens that view, so their
// title and introduction paint as early as the reader's text.
//
// It also names the report in the page's <title> and description and in the
// web-app manifest (scripts/report-head.mjs), and, for a report with an
// English translation, writes the English reader as en.html
// (scripts/english-page.mjs).
//
// usage: node scripts/prerender.mjs dist
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { appMarkup, launchChromium, serveFolder } from "./browser.mjs";
import { copyProblems, readerSourceMarkup } from "./reader-source.mjs";
import { manifestFor, withReportHead } from "./report-head.mjs";
import { englishPage } from "./english-page.mjs";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");
const port = 8190 + Math.floor(Math.random() * 200);

const html = readFileSync(indexPath, "utf8");
if (html.includes('id="prerendered"')) {
  console.error(`${indexPath}: already prerendered`);
  process.exit(1);
}

// The wasm does not carry the report's text: it reads it from the copy in
// the page. For this first render the page gets the bare reader markup of
// the published data (scripts/build publishes it before this step).
const report = JSON.parse(readFileSync(join(dist, "data", "report.json"), "utf8"));
const source = readerSourceMarkup(report);

/**
 * `page` (index.html) with `markup` after the body's <noscript> note, which
 * tells what needs JavaScript: where the prerendered copies go.
 */
function afterBodyNote(page, markup) {
  const body = page.indexOf("<body");
  const note = page.indexOf("</noscript>", body);
  if (body < 0 || note < 0) throw new Error(`${indexPath}: no </noscript> in <body> to prerender after`);
  const at = note + "</noscript>".length;
  return `${page.slice(0, at)}${markup}${page.slice(at)}`;
}

const server = await serveFolder(dist, port);
const browser = await launchChromium();
/**
 * Views that get a shell, by the URL fragment that opens them. A report
 * built without charts.toml has no charts view.
 */
const hasCharts = JSON.parse(readFileSync(join(dist, "data", "charts.json"), "utf8")).length > 0;
const SHELLS = { ...(hasCharts && { charts: "view=charts" }), indicators: "view=indicators" };
const englishPath = join(dist, "data", "report.en.json");
const english = existsSync(englishPath) ? JSON.parse(readFileSync(englishPath, "utf8")) : null;
let markup;
let englishMarkup;
const shells = {};
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light", serviceWorkers: "block" });
  await context.route(/\/index\.html$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: afterBodyNote(await response.text(), source) });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(`http://127.0.0.1:${port}/index.html`);
  await page.waitForSelector("main#main [id^='p-']");
  markup = await page.evaluate(appMarkup, { root: await page.$("body > .app-root") });
  for (const [view, fragment] of Object.entries(SHELLS)) {
    await page.goto(`http://127.0.0.1:${port}/index.html#${fragment}`);
    await page.waitForSelector(`[data-testid=${view}-view] [data-prerender=placeholder]`);
    shells[view] = await page.evaluate(appMarkup, { root: await page.$("body > .app-root"), shell: true });
  }
  if (english) {
    await page.goto(`http://127.0.0.1:${port}/index.html#lang=en`);
    await page.waitForSelector("main#main article.reader[lang=en] [id^='p-']");
    englishMarkup = await page.evaluate(appMarkup, { root: await page.$("body > .app-root") });
  }
  if (errors.length) throw new Error(`the app failed while prerendering:\n${errors.join("\n")}`);
  // The live app reads its text back from this copy: it must hold the
  // published text exactly.
  const problems = await page.evaluate(copyProblems, { markup, report });
  if (problems.length) throw new Error(`the prerendered reader differs from data/report.json:\n${problems.join("\n")}`);
} finally {
  await browser.close();
  server.kill();
}
for (const copy of [markup, englishMarkup ?? "", ...Object.values(shells)]) {
  if (/<script/i.test(copy)) throw new Error("prerendered markup contains a script");
}
const prerendered =
  `<div id="prerendered" class="prerendered">${markup}</div>` +
  Object.entries(shells)
    .map(([view, shell]) => `\n<div class="prerendered-view" data-view="${view}">${shell}</div>`)
    .join("");
writeFileSync(indexPath, afterBodyNote(withReportHead(html, report.meta, Object.keys(shells)), `\n${prerendered}`));
if (english) {
  writeFileSync(join(dist, "en.html"), englishPage(withReportHead(html, report.meta, []), englishMarkup, english.meta));
  console.log(`prerendered ${englishMarkup.length} characters of English reader markup into ${join(dist, "en.html")}`);
}
const manifestPath = join(dist, "manifest.webmanifest");
writeFileSync(manifestPath, manifestFor(readFileSync(manifestPath, "utf8"), report.meta, html));
const shellSizes = Object.entries(shells).map(([view, shell]) => `${shell.length} of the ${view} shell`);
console.log(`prerendered ${markup.length} characters of reader markup and ${shellSizes.join(", ")} into ${indexPath}`);
