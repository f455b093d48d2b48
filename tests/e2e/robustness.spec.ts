// Robustness: hostile input through every URL parameter and the search box
// never executes, never panics, never leaves a console error; rapid resizing
// and history churn leave the app working.
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
const KEYS = ["p", "s", "q", "lang", "theme", "view", "cat", "chart", "embed"];

test("no payload in any URL parameter executes or breaks the app", async ({ reader }) => {
  // The reader fixture fails the test on any console error, page error
  // (a panic included) or request leaving the origin.
  const page = reader.page;
  test.setTimeout(120_000);
  for (const key of KEYS) {
    for (const payload of PAYLOADS) {
      await page.goto(`./#${key}=${encodeURIComponent(payload)}`);
      await expect(page.locator("body")).not.toBeEmpty();
      await expect(page.locator(".top-bar, [data-testid=embed]").first()).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), `${key}=${payload}`).toBeUndefined();
    }
  }
});

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
