// The reader prerendered into index.html: readable without JavaScript, the
// same markup the app renders, and a takeover with no flash and no jump.
import { expect, test, type Page } from "@playwright/test";
import { appMarkup } from "../../scripts/browser.mjs";

/** Holds every wasm request until `release` is called. */
async function holdWasm(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*.wasm", async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole report is readable, with headings, contents and citation ids", async ({ page }) => {
    await page.goto("./");
    const copy = page.locator("#prerendered");
    await expect(copy.locator("main [id^='p-']")).toHaveCount(85);
    await expect(copy.locator("h1")).toContainText("深化改革创新");
    await expect(copy.locator("[id='p-1.1.1']")).toBeVisible();
    await expect(copy.locator("[id='s-2.3']")).toBeVisible();
    await expect(copy.locator("nav a[href*='s=1.1']").first()).toBeAttached();
    await expect(page.locator("body > noscript")).toBeAttached();
    // Controls that need the app are not offered.
    for (const control of [".search", ".toc-toggle", ".view-nav", ".toc", ".section-embed", ".inline-chart"]) {
      await expect(copy.locator(control).first()).toBeHidden();
    }
  });
});

test("the prerendered markup is the markup the app renders", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  const before = await page.locator("#prerendered").evaluate((copy) => copy.innerHTML);
  release();
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.locator("#prerendered")).toHaveCount(0);
  const after = await page.evaluate(appMarkup, await page.locator("body").elementHandle());
  expect(after).toBe(before);
});

for (const [device, width] of [["desktop", 1280], ["phone", 360]] as const) {
  test(`the app takes over in place on a ${device}: text in every frame, nothing moves`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const frames: { parsed: boolean; paragraphs: number; top: number | null }[] = [];
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      const sample = () => {
        const first = document.querySelector("[id='p-1.1.2']");
        frames.push({
          parsed: document.readyState !== "loading",
          paragraphs: document.querySelectorAll("[id^='p-']").length,
          top: first ? first.getBoundingClientRect().top + window.scrollY : null,
        });
        if (!document.querySelector("[data-testid=paragraph]") || frames.length < 5) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await page.goto("./");
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    type Frame = { parsed: boolean; paragraphs: number; top: number | null };
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
    const painted = frames.filter((frame) => frame.paragraphs > 0);
    // Once the page is parsed: never both copies at once, never none.
    const parsed = frames.filter((frame) => frame.parsed);
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.map((frame) => frame.paragraphs)).toEqual(parsed.map(() => 85));
    expect(new Set(painted.map((frame) => frame.top)).size).toBe(1);
    await expect(page.locator("[id='p-1.1.2']")).toHaveCount(1);
  });
}

test("a query typed before the app loaded carries over to the live search box", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./");
  const early = page.locator("#prerendered input[type=search]");
  await early.click();
  await early.pressSequentially("碳市场");
  release();
  await expect(page.getByTestId("search-input")).toHaveValue("碳市场");
  await expect(page.getByTestId("search-input")).toBeFocused();
  await expect(page.getByTestId("search-status")).toHaveText("2 段");
});

test("a link to another view hides the prerendered reader until the app shows that view", async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto("./#view=indicators");
  await expect(page.locator("#prerendered")).toBeHidden();
  release();
  await expect(page.getByTestId("indicator-table")).toBeVisible();
  await expect(page.locator("html")).not.toHaveClass(/prerender-hidden/);
});
