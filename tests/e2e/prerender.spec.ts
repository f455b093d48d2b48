// The reader prerendered into index.html: readable without JavaScript, the
// same markup the app renders, and a takeover with no flash and no jump; the
// charts and indicators views' shells, shown for links to those views.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
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
    // The views' shells stand in only for links to those views, which need the app.
    await expect(page.locator(".prerendered-view")).toHaveCount(2);
    for (const shell of await page.locator(".prerendered-view").all()) await expect(shell).toBeHidden();
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
  const after = await page.evaluate(appMarkup, { root: await page.locator("body > .app-root").elementHandle() });
  expect(after).toBe(before);
});

test("the app reads the report's text from the prerendered copy, not from a download", async ({ page }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  await page.goto("./");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await page.getByTestId("search-input").fill("蓝天保卫战");
  await expect(page.getByTestId("search-panel")).toHaveAttribute("data-query", "蓝天保卫战");
  await expect(page.getByTestId("search-panel").locator(".search-hit[data-paragraph='1.2.2']")).toHaveCount(1);
  await expect(page.locator("[id='p-1.2.2'] .lead")).toHaveText("蓝天保卫战加力推进。");
  expect(requested.filter((path) => path.includes("/data/"))).toEqual([]);
});

test("a page without the prerendered copy says how to build it", async ({ page }) => {
  // The copy removed before the app starts, as on a page the build did not prerender.
  await page.route(/\/(index\.html)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<div id="prerendered"[\s\S]*?<div class="prerendered-view"/, '<div class="prerendered-view"');
    await route.fulfill({ response, body });
  });
  await page.goto("./");
  await expect(page.getByText("scripts/build").first()).toBeVisible();
  await expect(page.getByTestId("paragraph")).toHaveCount(0);
});

test("the first frame with text leaves out the contents and the sections below the first screen, and the next shows them", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    // Registered before the page's own observer, so it sees the first paint first.
    new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === "first-contentful-paint")) return;
      const toc = document.querySelector("#prerendered .toc");
      const style = toc && getComputedStyle(toc);
      // Part one's first section is on the first screen; its second is not.
      const sections = [...document.querySelectorAll("#prerendered .reader > .part:nth-child(2) > .section")];
      // The contents neither painted nor laid out, nor the section below the first screen.
      (window as unknown as { __atFirstPaint: unknown }).__atFirstPaint = style && [
        style.visibility,
        style.contentVisibility,
        ...sections.slice(0, 2).map((section) => getComputedStyle(section).contentVisibility),
      ];
    }).observe({ type: "paint", buffered: true });
  });
  await page.goto("./");
  await expect(page.locator("html")).not.toHaveClass(/first-paint/);
  expect(await page.evaluate(() => (window as unknown as { __atFirstPaint: unknown }).__atFirstPaint)).toEqual(["hidden", "hidden", "visible", "hidden"]);
  // Then far sections wait only until they come near the viewport.
  expect(await page.evaluate(() => getComputedStyle(document.querySelectorAll(".reader .section")[1]).contentVisibility)).toBe("auto");
  // The contents on screen (the copy's, or the app's once it has taken over).
  const shownContents = () =>
    page.evaluate(() => {
      const toc = [...document.querySelectorAll(".toc")].find((element) => element.checkVisibility());
      return toc ? getComputedStyle(toc).position : "none shown";
    });
  await expect.poll(shownContents).toBe("sticky");
});

for (const [device, width] of [["desktop", 1280], ["phone", 360]] as const) {
  test(`the app takes over in place on a ${device}: text in every frame, nothing moves`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.addInitScript(() => {
      const frames: { parsed: boolean; paragraphs: number; top: number | null }[] = [];
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      // The app mounts hidden (src/boot.rs): what counts is what shows.
      const shown = (selector: string) => [...document.querySelectorAll(selector)].filter((e) => e.checkVisibility());
      // A copy's paragraphs count once the copy shows, rendered or not yet:
      // sections below the first screen wait (content-visibility) in both.
      const shownParagraphs = () => shown(".reader").flatMap((reader) => [...reader.querySelectorAll("[id^='p-']")]);
      const sample = () => {
        const first = shown("[id='p-1.1.2']")[0];
        frames.push({
          parsed: document.readyState !== "loading",
          paragraphs: shownParagraphs().length,
          top: first ? first.getBoundingClientRect().top + window.scrollY : null,
        });
        if (!shown("[data-testid=paragraph]").length || frames.length < 5) requestAnimationFrame(sample);
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

for (const fragment of ["view=charts&chart=air-pm25", "chart=air-pm25", "ind=air_pm25", "embed=section/1.2", "lang=en"]) {
  test(`a link to ${fragment} hides the prerendered copies until the app shows it`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`./#${fragment}`);
    await expect(page.locator("#prerendered")).toBeHidden();
    await expect(page.locator(".prerendered-view").first()).toBeHidden();
    release();
    await expect(page.locator("#prerendered")).toHaveCount(0);
    await expect(page.locator("html")).not.toHaveClass(/prerender-hidden/);
  });
}

for (const view of ["charts", "indicators"]) {
  test(`a link to the ${view} view shows its prerendered shell, then the app in its place`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(`./#view=${view}`);
    const shell = page.locator(`.prerendered-view[data-view=${view}]`);
    // The shell, not the reader: the view's title and introduction, the
    // charts or the table left to the app and marked busy.
    await expect(page.locator("#prerendered")).toBeHidden();
    await expect(shell.locator(`h1.${view}__title`)).toBeVisible();
    await expect(shell.locator(`p.${view}__intro`)).toBeVisible();
    await expect(shell.locator("[data-prerender=placeholder]")).toHaveAttribute("aria-busy", "true");
    await expect(shell.locator("canvas, table")).toHaveCount(0);
    await expect(shell.locator("[id]")).toHaveCount(0);
    const shellTop = await shell.locator(`p.${view}__intro`).evaluate((p) => p.getBoundingClientRect().top);
    release();
    await expect(page.getByTestId(`${view}-view`)).toBeVisible();
    await expect(page.locator("#prerendered, .prerendered-view")).toHaveCount(0);
    await expect(page.locator("html")).not.toHaveAttribute("data-prerender-view");
    // The app's introduction stands where the shell's stood.
    const appTop = await page.locator(`p.${view}__intro`).evaluate((p) => p.getBoundingClientRect().top);
    expect(appTop).toBe(shellTop);
  });
}

test("a bare #chart= link shows the chart without a frame of the reader's copy first", async ({ page }) => {
  // Every frame until the app is ready: is any prerendered paragraph painted?
  await page.addInitScript(() => {
    const frames: boolean[] = [];
    (window as unknown as { __readerFrames: boolean[] }).__readerFrames = frames;
    const watch = () => {
      const paragraph = document.querySelector("#prerendered p[id^='p-']");
      frames.push(paragraph?.checkVisibility({ visibilityProperty: true }) ?? false);
      if (document.documentElement.getAttribute("data-app") !== "ready") requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto("./#chart=air-pm25");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("chart-card")).toHaveCount(1);
  await expect(page.getByTestId("chart-canvas")).toBeVisible();
  const frames = await page.evaluate(() => (window as unknown as { __readerFrames: boolean[] }).__readerFrames);
  expect(frames.length, "frames watched before the app was ready").toBeGreaterThan(0);
  expect(frames.filter(Boolean), "frames that painted the reader's copy").toEqual([]);
});
