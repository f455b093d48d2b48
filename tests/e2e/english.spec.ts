// The English edition: the text in English (lang=en), the bilingual view at
// desktop and phone widths, English search (and its agreement with the
// CLI), an English embed, printing in English, accessibility, the
// prerendered en.html, the single file from disk, and what a reader sees
// when the translation cannot be fetched.
import AxeBuilder from "@axe-core/playwright";
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const ENGLISH_TITLE = "Deepening Reform and Innovation, Striving for Solid and Practical Action";

/** Serious and critical axe violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** The CLI's English hits for a query, as citation ids in order. */
function cliEnglishHits(query: string): string[] {
  const json = execFileSync("target/release/report", ["search", query, "--lang", "en", "--json"], { encoding: "utf8" });
  return JSON.parse(json).map((hit: { paragraph: string }) => hit.paragraph);
}

test("lang=en shows the whole text in English, marked unofficial, with the original a click away", async ({ page }) => {
  await page.goto("./#lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  await expect(page.locator("article.reader")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.locator("[id='p-1.3.3']")).toContainText("carbon market");
  // No Chinese left in the paragraphs' words (the markers are ids).
  const chinese = await page.getByTestId("paragraph").evaluateAll((ps) => ps.filter((p) => /[\u4e00-\u9fff]/.test(p.textContent ?? "")).length);
  expect(chinese).toBe(0);
  await expect(page.locator(".part-heading").first()).toContainText("1. Important progress");
  await expect(page.getByTestId("toc").locator(".toc__link").nth(1)).toContainText("1. Important progress");
  const note = page.getByTestId("translation-note");
  await expect(note).toContainText("Unofficial English translation");
  await note.getByRole("link", { name: "Read the Chinese original" }).click();
  await expect(page.getByTestId("report-title")).toHaveText(/深化改革创新/);
  await expect(page.locator("article.reader")).toHaveAttribute("lang", "zh-CN");
});

test("the English text is fetched only when asked for, and once", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("report.en.json")) fetched.push(request.url());
  });
  await page.goto("./");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await page.getByTestId("search-input").fill("碳市场");
  expect(fetched).toEqual([]);
  await page.evaluate(() => (location.hash = "lang=en"));
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  await page.evaluate(() => (location.hash = "view=bilingual"));
  await expect(page.getByTestId("para-pair")).toHaveCount(85);
  expect(fetched).toHaveLength(1);
});

test("figures in the English text are buttons for the same indicators as in Chinese", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  const indicatorsOf = () =>
    page.locator("article.reader .figure").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-indicator")).sort());
  const chinese = await indicatorsOf();
  // A figure's tooltip is its indicator's label, in the interface's language.
  await expect(page.locator("[id='p-1.3.3'] .figure[data-indicator='carbon_market_price']")).toHaveAttribute(
    "title",
    "全国碳市场年底收盘价",
  );
  await page.goto("./#lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  expect(await indicatorsOf()).toEqual(chinese);
  const price = page.locator("[id='p-1.3.3'] .figure[data-indicator='carbon_market_price']");
  await expect(price).toHaveText("97.49");
  await expect(price).toHaveAttribute("title", "National carbon market: year-end closing price");
  // A chart beside a paragraph is titled in English too.
  await expect(page.locator("details.inline-chart[data-chart='air-pm25'] summary")).toContainText(
    "Average PM2.5: 2023 and 2024",
  );
  await price.click();
  await expect(page.getByTestId("figure-popover")).toBeVisible();
  await expect(page.getByTestId("figure-value")).toHaveText("97.49 yuan/tonne");
  await page.keyboard.press("Escape");
  await expect(price).toBeFocused();
});

test("a permalink and citation from the English text open it in English", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("./#p=1.2.2&lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  await page.locator("[id='p-1.2.2'] .cite-marker").click();
  const permalink = await page.getByTestId("permalink").inputValue();
  expect(permalink).toMatch(/#p=1\.2\.2&lang=en$/);
  await expect(page.getByTestId("citation-text")).toHaveValue(/Deepening Reform.*\(unofficial English translation\).*§1\.2\.2/);
  await page.goto(permalink);
  await expect(page.locator("[id='p-1.2.2']")).toHaveClass(/is-target/);
  await expect(page.locator("[id='p-1.2.2']")).toBeInViewport();
  await expect(page.locator("article.reader")).toHaveAttribute("lang", "en");
});

test("the bilingual view puts each paragraph beside its translation on a wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("./#view=bilingual&p=1.3.3");
  const pairs = page.getByTestId("para-pair");
  await expect(pairs).toHaveCount(85);
  const pair = page.locator("[data-testid=para-pair]:has([id='p-1.3.3'])");
  const original = pair.locator(".para-pair__main .para");
  const english = pair.locator(".para-pair__beside .para");
  await expect(original).toBeVisible();
  await expect(english).toBeVisible();
  await expect(pair.locator(".para-pair__beside")).toHaveAttribute("lang", "en");
  // The English column's ids are its own; its citation is the original's.
  await expect(english).toHaveAttribute("id", "en-p-1.3.3");
  await expect(english.locator(".cite-marker")).toBeHidden();
  await expect(english).toContainText("carbon market");
  const [left, right] = [await original.boundingBox(), await english.boundingBox()];
  expect(right!.x).toBeGreaterThan(left!.x + left!.width);
  await expect(pair.getByTestId("para-switch")).toBeHidden();
  // Headings carry both titles; ids stay unique.
  await expect(page.locator("[id='s-1.2'] .heading-beside")).toContainText("critical battle against pollution");
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicateIds).toEqual([]);
  // Figures on both sides open their popover once.
  await english.locator(".figure[data-indicator='carbon_market_price']").click();
  await expect(page.getByTestId("figure-popover")).toHaveCount(1);
  // The view is in the navigation, and the contents keep it.
  await expect(page.getByTestId("nav-bilingual")).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("toc").locator(".toc__link[data-section='1.2']")).toHaveAttribute("href", /view=bilingual/);
});

test("on a phone each paragraph of the bilingual view flips between the two", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("./#view=bilingual&lang=en&p=1.3.3");
  const pair = page.locator("[data-testid=para-pair]:has([id='p-1.3.3'])");
  const original = pair.locator(".para-pair__main .para");
  const english = pair.locator(".para-pair__beside .para");
  const flip = pair.getByTestId("para-switch");
  // In the English interface the English text shows first.
  await expect(english).toBeVisible();
  await expect(original).toBeHidden();
  await expect(flip).toHaveText("中文");
  await flip.click();
  await expect(original).toBeVisible();
  await expect(english).toBeHidden();
  await expect(flip).toHaveAttribute("aria-pressed", "false");
  await flip.press("Enter");
  await expect(english).toBeVisible();
  // The page does not scroll sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("English search: case-insensitive, whole words and their beginnings, #q= links, the CLI's hits", async ({ page }) => {
  await page.goto("./#lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  const input = page.getByTestId("search-input");
  const panel = page.getByTestId("search-panel");
  const hits = panel.getByRole("option");
  const ids = async () => {
    const more = panel.getByRole("button", { name: /Show all/ });
    if (await more.count()) await more.click();
    return hits.evaluateAll((options) => options.map((o) => o.getAttribute("data-paragraph")));
  };
  await input.fill("emission");
  await expect(panel).toHaveAttribute("data-query", "emission");
  const emission = await ids();
  expect(emission.length).toBeGreaterThan(5);
  expect(emission).toEqual(cliEnglishHits("emission"));
  // Marks cover whole words: "emission" marks "emissions" too.
  for (const mark of await hits.locator("mark").allTextContents()) expect(mark.toLowerCase()).toMatch(/^emissions?$/);
  await input.fill("EMISSION");
  await expect(panel).toHaveAttribute("data-query", "EMISSION");
  expect(await ids()).toEqual(emission);
  // Not inside a word: "mission" is not "emission".
  await input.fill("mission");
  await expect(panel).toHaveAttribute("data-query", "mission");
  const mission = await ids();
  expect(mission).toEqual(cliEnglishHits("mission"));
  expect(mission).not.toEqual(emission);
  // A #q= link marks the matches in the English text.
  await page.goto("./#q=carbon%20market&lang=en");
  await expect(page.locator("[id='p-1.3.3'] mark").first()).toHaveText(/carbon/i);
});

test("the bilingual view searches both texts", async ({ page }) => {
  await page.goto("./#view=bilingual");
  await expect(page.getByTestId("para-pair")).toHaveCount(85);
  const input = page.getByTestId("search-input");
  const panel = page.getByTestId("search-panel");
  await input.fill("carbon market");
  await expect(panel).toHaveAttribute("data-query", "carbon market");
  await expect(panel.getByRole("option").first()).toBeVisible();
  await input.fill("碳市场");
  await expect(panel).toHaveAttribute("data-query", "碳市场");
  await expect(panel.getByRole("option").first()).toBeVisible();
});

test("an English embed shows the English paragraph, marked unofficial", async ({ page }) => {
  await page.goto("./#embed=p/1.2.2&lang=en");
  const embed = page.getByTestId("embed");
  await expect(embed).toHaveAttribute("lang", "en");
  await expect(embed.locator(".embed__report")).toHaveText(ENGLISH_TITLE);
  await expect(embed.getByTestId("paragraph")).toHaveCount(1);
  await expect(embed.getByTestId("paragraph")).not.toContainText(/[\u4e00-\u9fff]/);
  await expect(embed.getByTestId("translation-note")).toContainText("Unofficial English translation");
  await expect(embed.locator(".figure[data-indicator='air_steel_ule_capacity']")).toHaveAttribute(
    "title",
    "Crude steel capacity with ultra-low-emission retrofits",
  );
  await page.goto("./#embed=section/1.2&lang=en");
  await expect(page.locator(".embed__title")).toHaveText(/^\(2\) Advancing the critical battle/);
});

test("printing in English gives the English text with its note", async ({ page }) => {
  await page.goto("./#lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(page.getByTestId("translation-note")).toBeVisible();
  await expect(page.locator("[id='p-3.2.1']")).toBeVisible();
  await expect(page.locator(".top-bar")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.byteLength).toBeGreaterThan(50_000);
});

for (const [name, fragment, width] of [
  ["English reader", "lang=en", 1280],
  ["bilingual view", "view=bilingual", 1280],
  ["bilingual view on a phone", "view=bilingual&lang=en", 390],
  ["English embed", "embed=section/1.2&lang=en", 800],
] as const) {
  test(`axe: no serious or critical violations: ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./#${fragment}`);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    // English text on screen (in the bilingual view on a phone, the English
    // column shows first in the English interface).
    await expect(page.locator("[data-testid^=paragraph]:lang(en)").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("en.html is the English text for readers without JavaScript and for search engines", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${baseURL}en.html`);
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page).toHaveTitle(/Deepening Reform.*unofficial English translation/);
  await expect(page.locator("#prerendered-en [id^='p-']")).toHaveCount(85);
  await expect(page.locator("#prerendered-en .translation-note")).toContainText("Unofficial English translation");
  await expect(page.locator("#prerendered-en .translation-note a[href='./']")).toBeVisible();
  expect(await page.locator("script").count()).toBe(0);
  await context.close();
  // The app never loads it: the service worker does not precache it.
  const worker = await (await fetch(`${baseURL}sw.js`)).text();
  expect(worker).not.toContain("en.html");
});

test("the single file shows the English text from disk", async ({ page }) => {
  await page.goto(`${pathToFileURL(resolve("dist-single/index.html")).href}#lang=en&p=1.3.3`);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
  await expect(page.locator("[id='p-1.3.3']")).toContainText("carbon market");
});

test.describe("when the English text cannot be fetched", () => {
  // A service worker's fetches pass by page.route: none here.
  test.use({
    serviceWorkers: "block",
    allowedProblems: {
      "the browser reports the fetch the test fails": /^console error: Failed to load resource: net::ERR_FAILED \(at http:\/\/127\.0\.0\.1:\d+\/data\/report\.en\.json\)$/,
    },
  });

  test("the reader says so, keeps the original on screen and can try again", async ({ page }) => {
    await page.route(/\/data\/report\.en\.json$/, (route) => route.abort());
    await page.goto("./#lang=en");
    await expect(page.getByTestId("translation-failed")).toBeVisible();
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    await expect(page.getByTestId("report-title")).toHaveText(/深化改革创新/);
    await page.unroute(/\/data\/report\.en\.json$/);
    await page.getByTestId("translation-failed").getByRole("button", { name: "Try again" }).click();
    await expect(page.getByTestId("report-title")).toHaveText(ENGLISH_TITLE);
    await expect(page.getByTestId("translation-failed")).toHaveCount(0);
  });
});
