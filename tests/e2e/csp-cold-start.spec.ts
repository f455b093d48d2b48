// The strict CSP, sent as a response header, from a cold start: each test
// has a browser context of its own, so no service worker and no cache, and
// opens one view straight from its link. Each shows that view's content with
// zero violations. And embeds framed by a page of another origin that sends
// a strict CSP of its own.
import { readFileSync } from "node:fs";
import type { Frame, Locator, Page } from "@playwright/test";
import { CSP_ORIGIN } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { serveFolder } from "./serve-folder";

type Watched = { __violations: string[]; __controlledAtStart: boolean };

/**
 * Records, in every frame of the page, the CSP violations reported from
 * the first script on and whether a service worker controlled the frame
 * when it started; returns the console messages that name the CSP (the
 * browser's own report of what it blocked).
 */
async function watchViolations(page: Page): Promise<string[]> {
  await page.addInitScript(() => {
    const watched = window as unknown as Watched;
    watched.__violations = [];
    watched.__controlledAtStart = Boolean(navigator.serviceWorker?.controller);
    document.addEventListener("securitypolicyviolation", (event) => {
      watched.__violations.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  const messages: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(`${message.type()}: ${message.text()}`);
  });
  return messages;
}

const violations = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as Watched).__violations);
const controlledAtStart = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as Watched).__controlledAtStart);

/** The data-marks of a chart canvas: one "x,y" per drawn point. */
const marks = async (canvas: Locator) =>
  ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length;

const indicatorCount = () => readFileSync("dist/data/indicators.csv", "utf8").trim().split("\r\n").length - 1;
const chartCount = () => JSON.parse(readFileSync("dist/data/charts.json", "utf8")).length;
/** The background of the dark theme's page (--dark-bg). */
const DARK_BACKGROUND = "rgb(20, 21, 23)";

const english = async (page: Page) => {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("search-input")).toHaveAttribute("placeholder", "Search ( / )");
  await expect(page.getByTestId("lang-toggle")).toContainText("中文");
  await expect(page.locator(".view-nav__link").getByText("Indicators").first()).toBeVisible();
};
const dark = async (page: Page) => {
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator("body")).toHaveCSS("background-color", DARK_BACKGROUND);
};
/** The reader in English: the translation, fetched under the policy. */
const englishReader = async (page: Page) => {
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.locator('[id="p-1.2.2"]')).toContainText("The battle for blue skies was intensified");
  await expect(page.getByTestId("translation-note")).toContainText("Unofficial English translation");
};
const reader = async (page: Page) => {
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.locator('[id="p-1.2.2"]')).toContainText("蓝天保卫战加力推进");
};

/** Each link a reader can follow straight into a view, with what that view shows. */
const VIEWS: [fragment: string, shows: (page: Page) => Promise<void>][] = [
  [
    "view=charts",
    async (page) => {
      await expect(page.getByTestId("charts-view")).toBeVisible();
      await expect(page.getByTestId("chart-card")).toHaveCount(chartCount());
      await expect.poll(() => marks(page.getByTestId("chart-canvas").first())).toBeGreaterThan(0);
    },
  ],
  [
    "view=indicators",
    async (page) => {
      const rows = page.getByTestId("indicator-table").locator("tbody tr");
      await expect(rows).toHaveCount(indicatorCount());
      await expect(rows.first()).toBeVisible();
    },
  ],
  [
    "chart=air-pm25",
    async (page) => {
      const canvas = page.getByTestId("chart-canvas");
      await expect(canvas).toBeVisible();
      await expect.poll(() => marks(canvas)).toBe(4);
    },
  ],
  [
    "embed=section/1.2",
    async (page) => {
      await expect(page.getByTestId("embed")).toBeVisible();
      await expect(page.locator(".embed__title")).toHaveText("(二)深入推进污染防治攻坚战,生态环境质量持续改善");
      await expect(page.getByTestId("paragraph")).toHaveCount(5);
      await expect(page.locator(".top-bar")).toHaveCount(0);
    },
  ],
  [
    "embed=p/1.2.2",
    async (page) => {
      await expect(page.getByTestId("embed")).toBeVisible();
      await expect(page.getByTestId("paragraph")).toHaveCount(1);
      await expect(page.locator('[id="p-1.2.2"]')).toContainText("蓝天保卫战加力推进");
    },
  ],
  [
    "embed=chart/air-pm25",
    async (page) => {
      await expect(page.getByTestId("embed")).toBeVisible();
      await expect.poll(() => marks(page.getByTestId("chart-canvas"))).toBe(4);
      await expect(page.getByTestId("embed-full-link")).toHaveAttribute("href", /#chart=air-pm25$/);
    },
  ],
  [
    "q=碳市场",
    async (page) => {
      await expect(page.getByTestId("search-input")).toHaveValue("碳市场");
      await expect(page.getByTestId("search-status")).toHaveText("2 段");
      await expect(page.getByTestId("search-panel").getByRole("option")).toHaveCount(2);
      await expect(page.locator(".reader mark").first()).toBeVisible();
    },
  ],
  [
    "lang=en",
    async (page) => {
      await englishReader(page);
      await english(page);
    },
  ],
  [
    "theme=dark",
    async (page) => {
      await reader(page);
      await dark(page);
    },
  ],
  [
    "lang=en&theme=dark",
    async (page) => {
      await englishReader(page);
      await english(page);
      await dark(page);
    },
  ],
];

for (const [fragment, shows] of VIEWS) {
  test(`a cold start into #${fragment} under the strict CSP header shows it with zero violations`, async ({ page }) => {
    const messages = await watchViolations(page);
    const response = await page.goto(`${CSP_ORIGIN}/#${fragment}`);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(await controlledAtStart(page), "a cold start: no service worker yet").toBe(false);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    await shows(page);
    // The service worker registers under the same policy.
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await violations(page)).toEqual([]);
    expect(messages).toEqual([]);
  });
}

test.describe("a violation provoked on purpose", () => {
  test.use({
    allowedProblems: {
      "the browser reports the inline style it blocked":
        /^console error: Applying inline style violates the following Content Security Policy directive 'style-src 'self''/,
    },
  });

  test("the violation watch sees a violation when there is one", async ({ page }) => {
    const messages = await watchViolations(page);
    await page.goto(`${CSP_ORIGIN}/#view=indicators`);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    await page.evaluate(() => {
      const styled = document.createElement("div");
      styled.innerHTML = '<span style="color: red">inline style</span>';
      document.body.append(styled);
    });
    await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^style-src-attr /)]);
    expect(messages).toEqual([expect.stringMatching(/^error: .*violates the following Content Security Policy directive/)]);
  });
});

/**
 * The page's own policy, as an agency's site might send it: its own scripts
 * and the app's embed.js, frames from the app only, nothing inline.
 */
const HOST_POLICY = `default-src 'self'; script-src 'self' ${CSP_ORIGIN}; frame-src ${CSP_ORIGIN}; img-src 'self' data:`;

/** The host pages of tests/e2e/host served with HOST_POLICY, on a port of their own, as `baseURL`. */
const withHostPolicy = test.extend({
  baseURL: async ({}, use) => {
    const host = await serveFolder("tests/e2e/host", "--csp-policy", HOST_POLICY);
    await use(`${host.origin}/`);
    await host.stop();
  },
});

withHostPolicy("embeds framed by a page of another origin that sends its own strict CSP", async ({ page }) => {
  const messages = await watchViolations(page);
  const response = await page.goto(`./csp-host.html?app=${encodeURIComponent(`${CSP_ORIGIN}/`)}`);
  expect(response?.headers()["content-security-policy"]).toBe(HOST_POLICY);

  const chart = page.frameLocator("#chart");
  await expect(chart.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(chart.getByTestId("embed")).toBeVisible();
  await expect.poll(() => marks(chart.getByTestId("chart-canvas"))).toBe(4);
  const section = page.frameLocator("#section");
  await expect(section.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(section.locator(".embed__title")).toHaveText("(二)深入推进污染防治攻坚战,生态环境质量持续改善");
  await expect(section.getByTestId("paragraph")).toHaveCount(5);
  // embed.js, loaded from the app under the host's policy, fits the frames.
  await expect.poll(() => page.locator("#section").evaluate((frame) => frame.clientHeight)).toBeGreaterThan(500);
  await expect.poll(() => page.locator("#chart").evaluate((frame) => frame.clientHeight)).toBeGreaterThan(250);

  const frames = page.frames().filter((frame) => frame.url().startsWith(`${CSP_ORIGIN}/`));
  expect(frames.map((frame) => new URL(frame.url()).hash).sort()).toEqual(["#embed=chart/air-pm25", "#embed=section/1.2"]);
  for (const frame of frames) {
    expect(await controlledAtStart(frame), `${frame.url()} starts cold`).toBe(false);
    expect(await violations(frame), frame.url()).toEqual([]);
  }
  expect(await violations(page)).toEqual([]);
  expect(messages).toEqual([]);
});
