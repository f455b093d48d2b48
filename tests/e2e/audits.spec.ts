// Accessibility (axe-core, WCAG 2.x A/AA rules) on every view and open
// panel, and the printed reader.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** Serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

const views: [string, string, (page: Page) => Promise<void>][] = [
  ["reader", "", async (page) => void (await expect(page.getByTestId("paragraph")).toHaveCount(85))],
  ["reader in English, dark", "lang=en&theme=dark", async (page) => void (await expect(page.getByTestId("paragraph")).toHaveCount(85))],
  ["search results", "", async (page) => {
    await page.getByTestId("search-input").fill("碳市场");
    await expect(page.getByTestId("search-panel").getByRole("option").first()).toBeVisible();
  }],
  ["citation popover", "p=1.2.2", async (page) => {
    await page.locator("[id='p-1.2.2'] .cite-marker").click();
    await expect(page.getByTestId("citation-popover")).toBeVisible();
  }],
  ["figure popover", "", async (page) => {
    await page.locator("[id='p-1.3.3'] .figure[data-indicator='carbon_market_price']").click();
    await expect(page.getByTestId("figure-popover")).toBeVisible();
  }],
  ["inline chart opened", "", async (page) => {
    await page.locator("[id='p-1.2.2'] ~ details.inline-chart summary").first().click();
    await expect(page.locator("details.inline-chart[open] [data-testid=chart-canvas]").first()).toBeVisible();
  }],
  ["indicators", "view=indicators", async (page) => void (await expect(page.getByTestId("indicator-table")).toBeVisible())],
  ["charts", "view=charts", async (page) => void (await expect(page.getByTestId("chart-card").first()).toBeVisible())],
  ["one chart, table tab", "chart=air-pm25", async (page) => {
    await page.getByRole("tab", { name: "表格" }).click();
    await expect(page.getByTestId("chart-table")).toBeVisible();
  }],
  ["section embed", "embed=section/1.2", async (page) => void (await expect(page.getByTestId("paragraph").first()).toBeVisible())],
  ["paragraph embed", "embed=p/1.3.3", async (page) => void (await expect(page.getByTestId("paragraph")).toHaveCount(1))],
  ["chart embed", "embed=chart/carbon-price", async (page) => void (await expect(page.getByTestId("chart-card")).toBeVisible())],
];

for (const [name, fragment, ready] of views) {
  test(`axe: no serious or critical violations: ${name}`, async ({ page }) => {
    await page.goto(fragment ? `./#${fragment}` : "./");
    // The app has taken over from the prerendered copy.
    await expect(page.locator("#prerendered")).toHaveCount(0);
    await ready(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("printing the reader gives the whole report, citation ids and charts, no chrome", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await page.emulateMedia({ media: "print" });
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  for (const chrome of [".top-bar", ".toc", ".search", ".skip-link", ".chart-card__tabs", ".section-embed"]) {
    await expect(page.locator(chrome).first()).toBeHidden();
  }
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  for (const paragraph of await page.getByTestId("paragraph").all()) await expect(paragraph).toBeVisible();
  await expect(page.locator("h1")).toBeVisible();
  await expect(page.locator(".section-heading")).toHaveCount(18);
  await expect(page.locator("[id='p-3.8.5'] .cite-marker")).toHaveText("§3.8.5");
  // Every inline chart open and drawn, as an image on paper.
  const charts = page.locator("details.inline-chart");
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    await expect(chart).toHaveAttribute("open", "");
    const canvas = chart.getByTestId("chart-canvas");
    await expect(canvas).toBeVisible();
    await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
  }
  // After printing, the charts the reader had not opened collapse again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("details.inline-chart[open]")).toHaveCount(0);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(50_000);
});
