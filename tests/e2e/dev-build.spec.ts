// The debug build that scripts/dev serves (trunk build into target/dev-dist,
// scripts/test builds it): it carries the report's text, so with no
// prerendered copy it shows the whole app, not an error.
import { existsSync, readFileSync } from "node:fs";
import { DEV_DIST, DEV_URL } from "../../playwright.config";
import { expect, test } from "./reader-page";

test.use({ baseURL: DEV_URL });

test.beforeAll(() => {
  expect(existsSync(`${DEV_DIST}/index.html`), `no debug build: run trunk build --dist ${DEV_DIST}`).toBe(true);
});

test("the debug build's page has no prerendered copy", () => {
  const page = readFileSync(`${DEV_DIST}/index.html`, "utf8");
  expect(page).not.toContain('id="prerendered"');
  expect(page).not.toContain("蓝天保卫战加力推进");
});

test("the debug build shows all 85 paragraphs, and search finds a phrase", async ({ reader, page }) => {
  await reader.open();
  await expect(page.getByTestId("report-title")).toHaveText("深化改革创新 奋力笃行实干");
  await expect(reader.paragraph("1.2.2").locator(".lead")).toHaveText("蓝天保卫战加力推进。");
  await reader.searchInput.fill("碳市场");
  await expect(reader.searchPanel).toHaveAttribute("data-query", "碳市场");
  await expect(page.getByTestId("search-status")).toHaveText("2 段");
});

test("the debug build shows the charts, the indicators and an embed", async ({ reader, page }) => {
  await page.goto("./#view=charts");
  await expect(page.getByTestId("chart-card")).toHaveCount(14);
  await reader.openIndicators();
  await expect(page.getByTestId("indicator-table").locator("tbody tr").first()).toBeVisible();
  await page.goto("./#embed=chart/air-pm25");
  await expect(page.getByTestId("chart-canvas")).toBeVisible();
});
