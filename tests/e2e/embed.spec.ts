// Embeds: a host page on a second origin embeds a section and a paragraph;
// the auto-height script fits the iframes and the content stays interactive.
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { HOST_ORIGIN } from "../../playwright.config";

test("a host page on another origin embeds a section and a paragraph", async ({ page, baseURL }) => {
  // Every height the embeds report, to check that none is the prerendered
  // copy's (the whole report) while the app boots hidden.
  await page.addInitScript(() => {
    const reported: number[] = [];
    (window as unknown as { __heights: number[] }).__heights = reported;
    window.addEventListener("message", (event) => {
      if (event.data?.type === "report-explorer:height" && String(event.data.id).startsWith("p/")) reported.push(event.data.height);
    });
  });
  await page.goto(`${HOST_ORIGIN}/host.html?app=${encodeURIComponent(baseURL ?? "")}`);
  const section = page.frameLocator("#section");
  await expect(section.getByTestId("embed")).toBeVisible();
  await expect(section.locator(".embed__title")).toHaveText("(二)深入推进污染防治攻坚战,生态环境质量持续改善");
  await expect(section.getByTestId("paragraph")).toHaveCount(5);
  // No top bar or contents inside an embed.
  await expect(section.locator(".top-bar")).toHaveCount(0);

  // The host script sets each iframe's height from the message it posts.
  const heightOf = (id: string) => page.locator(`#${id}`).evaluate((f) => f.clientHeight);
  await expect.poll(() => heightOf("section")).toBeGreaterThan(500);
  const contentHeight = await section.locator("body").evaluate((b) => b.scrollHeight);
  expect(Math.abs((await heightOf("section")) - contentHeight)).toBeLessThanOrEqual(1);
  await expect.poll(() => heightOf("paragraph")).toBeGreaterThan(200);

  // Interactive inside the iframe: a figure opens its indicator.
  const paragraph = page.frameLocator("#paragraph");
  await expect(paragraph.getByTestId("embed")).toBeVisible();
  await expect(paragraph.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(paragraph.getByTestId("embed-full-link")).toHaveText("View in the full report ↗");
  await expect(paragraph.getByTestId("embed-full-link")).toHaveAttribute("target", "_blank");
  const before = await heightOf("paragraph");
  await paragraph.locator('.figure[data-indicator="carbon_market_price"]').click();
  await expect(paragraph.getByTestId("figure-value")).toHaveText("97.49 yuan/tonne");
  // The popover grew the content; the iframe follows.
  await expect.poll(() => heightOf("paragraph")).toBeGreaterThan(before + 100);
  const reported = await page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
  expect(reported.length).toBeGreaterThan(0);
  expect(Math.max(...reported)).toBeLessThan(2 * (await heightOf("paragraph")));
});

test("an embedded chart fits its iframe and stays interactive", async ({ page, baseURL }) => {
  await page.goto(`${HOST_ORIGIN}/host.html?app=${encodeURIComponent(baseURL ?? "")}`);
  const chart = page.frameLocator("#chart");
  const canvas = chart.getByTestId("chart-canvas");
  await expect(canvas).toBeVisible();
  // Three apps load at once in the host page: give them time on a busy machine.
  await expect.poll(() => page.locator("#chart").evaluate((f) => f.clientHeight), { timeout: 20_000 }).toBeGreaterThan(250);
  await expect
    .poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length, { timeout: 20_000 })
    .toBe(4);
  const [x, y] = ((await canvas.getAttribute("data-marks")) ?? "").split(" ")[2].split(",").map(Number);
  await canvas.hover({ position: { x, y } });
  await expect(chart.getByTestId("chart-tooltip-value")).toHaveText("29.3微克/立方米");
  await expect(chart.getByTestId("embed-full-link")).toHaveAttribute("href", /#chart=air-pm25$/);
});

test("the embed code offers an iframe, the script and a live preview", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto("./");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  // Far sections are rendered once scrolled to (content-visibility: auto).
  await page.locator('[id="p-1.2.2"]').evaluate((element) => element.scrollIntoView({ block: "center", behavior: "instant" }));
  await page.locator('[id="p-1.2.2"] .cite-marker').click();
  await page.getByTestId("embed-section").click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  expect(snippet).toContain(`<iframe src="${baseURL}#embed=section/1.2"`);
  expect(snippet).toContain(`<script src="${baseURL}embed.js" async></script>`);
  const preview = page.frameLocator("[data-testid=embed-preview]");
  await expect(preview.getByTestId("embed")).toBeVisible();
  await page.getByRole("button", { name: "复制代码" }).click();
  await expect(page.getByRole("button", { name: "代码已复制" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
});

test("embed.js is small and has no dependencies", () => {
  const script = readFileSync("dist/embed.js", "utf8");
  expect(script.length).toBeLessThan(2048);
  expect(script).not.toMatch(/\bimport\b|\brequire\(/);
});

test("every section has an Embed button with its code and preview", async ({ page, baseURL }) => {
  await page.goto("./");
  await expect(page.getByTestId("section-embed")).toHaveCount(18);
  const button = page.locator('[id="s-3.3"]').getByTestId("section-embed");
  await button.click();
  await expect(button).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator('[id="s-3.3"] .section-embed-panel');
  expect(await panel.getByTestId("embed-snippet").inputValue()).toContain(`${baseURL}#embed=section/3.3`);
  await expect(panel.frameLocator("[data-testid=embed-preview]").locator(".embed__title")).toHaveText("(三)深入打好污染防治攻坚战");
});

test("a chart's embed code titles its iframe with the chart's title", async ({ page }) => {
  await page.goto("./#chart=carbon-price&lang=en");
  await page.getByTestId("chart-embed").click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  const title = snippet.match(/<iframe [^>]*title="([^"]*)"/)?.[1];
  expect(title).toBe(await page.locator("h1.chart-card__title").textContent());
});

test("inside an embed, links into the report open it in a new tab", async ({ page, context }) => {
  await page.goto("./#embed=p/1.2.2");
  await expect(page.getByTestId("embed")).toBeVisible();
  const figure = page.locator("button.figure").first();
  await figure.click();
  const opened = context.waitForEvent("page");
  await page.getByTestId("figure-table-link").click();
  const full = await opened;
  await full.waitForLoadState();
  expect(new URL(full.url()).hash).toContain("ind=");
  await expect(full.getByTestId("indicator-table")).toBeVisible();
  // The embed itself stays as it was.
  expect(new URL(page.url()).hash).toBe("#embed=p/1.2.2");
  await full.close();
});

test("inside a chart embed, a point's source opens the full report in a new tab", async ({ page, context }) => {
  await page.goto("./#embed=chart/air-pm25");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length).toBe(4);
  const [first] = ((await canvas.getAttribute("data-marks")) ?? "").split(" ");
  const [x, y] = first.split(",").map(Number);
  const opened = context.waitForEvent("page");
  await canvas.click({ position: { x, y } });
  const full = await opened;
  await full.waitForLoadState();
  expect(new URL(full.url()).hash).toBe("#p=1.6.4");
  expect(new URL(page.url()).hash).toBe("#embed=chart/air-pm25");
  await full.close();
});
