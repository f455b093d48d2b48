// Robustness: hostile input through every URL parameter and the search box
// never executes, never injects an element, shows only as text, never
// panics, never leaves a console error; rapid resizing and history churn
// leave the app working.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./reader-page";

const PAYLOADS = [
  "<script>window.__pwned=1</script>",
  "<img src=x onerror=window.__pwned=1>",
  "<svg onload=window.__pwned=1>",
  "javascript:window.__pwned=1",
  "\"><script>window.__pwned=1</script>",
  "'><img src=x onerror=window.__pwned=1>",
  "<iframe src=javascript:window.__pwned=1>",
  "<body onload=window.__pwned=1>",
  "<a href=javascript:window.__pwned=1>x</a>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "${window.__pwned=1}",
  "<details open ontoggle=window.__pwned=1>",
  "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
  "%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E",
  "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
  "<input autofocus onfocus=window.__pwned=1>",
  "<video><source onerror=window.__pwned=1>",
  "\u0000<script>window.__pwned=1</script>",
  "1.2.2<script>window.__pwned=1</script>",
  "chart/<img src=x onerror=window.__pwned=1>",
  "section/1.2\"><svg onload=window.__pwned=1>",
];
/** Every key the app reads from the URL. */
const KEYS = ["p", "s", "q", "lang", "theme", "view", "cat", "chart", "ind", "embed"];
/** Elements a payload would bring; the clean page may hold some of its own. */
const INJECTABLE = ["iframe", "img[src=x]", "svg[onload]", "details[ontoggle]", "video", "input[autofocus]", "object", "embed", "math"];

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

/** What a load of the app holds that a payload could add to. */
type Snapshot = { scripts: string[]; counts: Record<string, number>; handlers: string[] };

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate((selectors) => {
    const elements = [...document.querySelectorAll("*")];
    return {
      scripts: [...document.scripts].map((script) => script.outerHTML).sort(),
      counts: Object.fromEntries(selectors.map((selector) => [selector, document.querySelectorAll(selector).length])),
      handlers: elements.flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}>`),
      ),
    };
  }, INJECTABLE);
}

/** A full load of `url` (a new document, so the app starts afresh and reads the URL), until the app is ready. */
async function loadFresh(page: Page, url: string) {
  await page.goto("about:blank");
  await page.goto(url);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
}

/** The first 40 characters, as the app cuts what it quotes. */
const first40 = (text: string) => [...text].slice(0, 40).join("");

/** `text` as HTML serializes a text node. */
const asHtmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");

/** Checks that `echo` shows in `element` as text: in its markup, `<` and `&` stay escaped. */
async function expectText(element: Locator, echo: string, what: string) {
  await expect(element, what).toContainText(echo);
  expect(await element.innerHTML(), what).toContain(asHtmlText(echo));
}

/** Checks that every tag in `element`'s markup is one of `tags`, or a comment. */
async function expectOnlyTags(element: Locator, tags: string[], what: string) {
  const html = await element.innerHTML();
  const foreign = html.match(new RegExp(`<(?!!--|/?(?:${tags.join("|")})[\\s>])[^>]*>?`, "g")) ?? [];
  expect(foreign, `tags in ${what}`).toEqual([]);
}

// At teardown, the sentinel again, on every page the test left open.
test.afterEach(async ({ context }) => {
  for (const open of context.pages()) expect(await pwned(open), `window.__pwned on ${open.url()}`).toBeUndefined();
});

/** The clean page, loaded once per worker. */
let clean: Snapshot | undefined;

for (const key of KEYS) {
  test(`no payload in #${key}= executes, injects an element or shows as markup`, async ({ reader, page }) => {
    // Every payload gets a fresh load, so the app parses it at start-up
    // (a changed hash alone would reach only the running app's listener).
    // The guard of fixtures.ts fails the test on any console error, page
    // error (a panic included) or request leaving the test servers.
    test.setTimeout(30_000 + PAYLOADS.length * 5_000);
    if (!clean) {
      await loadFresh(page, "./");
      clean = await snapshot(page);
      expect(clean.handlers, "inline handlers on the clean page").toEqual([]);
    }
    for (const payload of PAYLOADS) {
      const what = `#${key}=${payload}`;
      const encoded = encodeURIComponent(payload);
      await loadFresh(page, `./#${key}=${encoded}`);
      expect(await pwned(page), what).toBeUndefined();
      await expect(page.locator(".top-bar, [data-testid=embed]").first(), what).toBeVisible();

      if (key === "q") {
        // The search box and the "no paragraph contains …" line echo the query.
        await expect(reader.searchInput, what).toHaveValue(payload);
        await expect(reader.searchPanel, what).toHaveAttribute("data-query", payload);
        const empty = page.getByTestId("search-empty");
        await expect(reader.searchHits.first().or(empty), what).toBeVisible();
        if (await empty.count()) {
          const line = empty.locator("p").first();
          await expectText(line, first40(payload), what);
          await expectOnlyTags(line, [], what);
        }
      } else {
        // The notice quotes the value as text, decoded.
        await expect(reader.notice, what).toBeVisible();
        const item = reader.notice.locator("li").first();
        // Every key but q (echoed by the search box above) quotes its value.
        await expectText(item, first40(payload), what);
        await expectOnlyTags(reader.notice, ["ul", "li", "p", "button"], what);
      }

      const loaded = await snapshot(page);
      expect(loaded.handlers, `inline handlers after ${what}`).toEqual([]);
      expect(loaded.scripts, `scripts after ${what}`).toEqual(clean.scripts);
      for (const selector of INJECTABLE) {
        expect(loaded.counts[selector], `${selector} after ${what}`).toBeLessThanOrEqual(clean.counts[selector]);
      }
      // Again at the end of this load, once handlers such as onerror would have run.
      expect(await pwned(page), what).toBeUndefined();
    }
  });
}

test("no payload typed into the search box executes", async ({ reader, page }) => {
  await reader.open();
  for (const payload of PAYLOADS) {
    await reader.searchInput.fill(payload);
    await expect(reader.searchPanel).toHaveAttribute("data-query", payload);
    await page.keyboard.press("Enter");
  }
  await reader.searchInput.fill("x".repeat(10_000));
  await expect(page.getByTestId("search-status")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("rapid resizing and history churn leave the app working", async ({ reader, page }) => {
  await reader.open();
  for (const width of [360, 1280, 480, 960, 361, 1600, 700, 360]) {
    await page.setViewportSize({ width, height: 800 });
  }
  for (const hash of ["p=1.2.2", "view=charts", "chart=air-pm25", "view=indicators", "s=3.8", "q=碳", "p=0.0.1"]) {
    await page.evaluate((h) => (location.hash = h), hash);
  }
  for (let i = 0; i < 6; i++) await page.goBack();
  for (let i = 0; i < 6; i++) await page.goForward();
  await expect(reader.paragraph("0.0.1")).toHaveClass(/is-target/);
  await page.getByTestId("search-input").fill("PM2.5");
  await expect(reader.searchHits.first()).toBeVisible();
});
