// The explorer built from a second report with no code change
// (scripts/build --report reports/gwr-2024, which scripts/test runs): a
// different layout, no indicator catalog and no charts.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { SECOND_REPORT_DIST, SECOND_REPORT_URL } from "../../playwright.config";
import { expect, test } from "./reader-page";

test.use({ baseURL: SECOND_REPORT_URL });

const TEXT = "reports/gwr-2024/report.zh.txt";

test.beforeAll(() => {
  expect(
    existsSync(`${SECOND_REPORT_DIST}/index.html`),
    `no build of the second report: run scripts/build --report reports/gwr-2024 --out ${SECOND_REPORT_DIST}`,
  ).toBe(true);
});

test("every part and section of the second report shows, titled from its report.toml", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.getByTestId("report-title")).toHaveText("2024年政府工作报告");
  await expect(page).toHaveTitle("2024年政府工作报告 · 报告浏览器");
  await expect(page.locator(".report-header__speaker")).toHaveText("国务院总理 李强");
  await expect(page.locator("h2.part-heading:visible")).toHaveCount(3);
  await expect(page.locator("h3.section-heading")).toHaveCount(10);
  // A section line that goes on: its first sentence heads the section, the
  // rest opens it.
  await expect(page.locator('[id="s-3.3"] h3')).toContainText("着力扩大国内需求，推动经济实现良性循环");
  await expect(page.locator('[id="p-3.3.1"]')).toContainText("把实施扩大内需战略");
  const digest = createHash("sha256").update(readFileSync(TEXT)).digest("hex");
  await expect(page.locator("footer code[title]")).toHaveAttribute("title", digest);
});

test("search finds a phrase of the second report", async ({ reader, page }) => {
  await page.goto("./");
  await reader.searchInput.fill("新质生产力");
  await expect(reader.searchPanel).toHaveAttribute("data-query", "新质生产力");
  await expect(reader.searchHits.first()).toBeVisible();
  expect(await reader.hitIds()).toContain("3.1.1");
});

test("a figure's popover says it is unreviewed, and so does the table", async ({ reader, page }) => {
  await page.goto("./");
  // The app has taken over from the prerendered copy, whose figures do nothing.
  await expect(page.locator("#prerendered")).toHaveCount(0);
  const paragraph = await reader.scrollToParagraph("1.0.2");
  await paragraph.locator("button.figure").first().click();
  const popover = page.getByTestId("figure-popover");
  await expect(popover).toBeVisible();
  await expect(popover.getByTestId("figure-unreviewed")).toContainText("未审核");
  await reader.openIndicators();
  const rows = page.getByTestId("indicator-table").locator("tbody tr[data-indicator]");
  await expect(rows.first().locator(".unreviewed-badge")).toHaveText("未审核");
});

test("a report without charts has no charts view", async ({ reader, page }) => {
  await page.goto("./");
  await expect(page.locator(".view-nav").first().locator("a")).toHaveCount(2);
  await page.goto("./#view=charts");
  await expect(reader.notice).toContainText("这份报告没有图表。");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
});

test("a report without a translation says so in English, shows its original and offers no bilingual view", async ({ page }) => {
  await page.goto("./#lang=en");
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(page.getByTestId("translation-missing")).toContainText("no English translation");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.getByTestId("report-title")).toHaveText("2024年政府工作报告");
  // A figure's tooltip is its English label, as in a translated report.
  await expect(page.locator("[id='p-1.0.2'] .figure[data-indicator='p1_0_2_n1']")).toHaveAttribute(
    "title",
    "Figure 1 of §1.0.2",
  );
  await expect(page.getByTestId("nav-bilingual")).toHaveCount(0);
  await page.goto("./#view=bilingual");
  await expect(page.getByTestId("notice")).toContainText("没有英文译文");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  expect(existsSync(`${SECOND_REPORT_DIST}/en.html`)).toBe(false);
});

test("an embed of the second report renders", async ({ page }) => {
  await page.goto("./#embed=p/3.3.1");
  await expect(page.getByTestId("embed")).toContainText("把实施扩大内需战略");
});

test("the second report's single file and open data are built", () => {
  const single = readFileSync(`${SECOND_REPORT_DIST}-single/index.html`, "utf8");
  expect(single).toContain("各位代表：");
  const csv = readFileSync(`${SECOND_REPORT_DIST}/data/indicators.csv`, "utf8");
  const [header, ...rows] = csv.trim().split("\r\n");
  expect(header.split(",").at(-1)).toBe("reviewed");
  // Every figure the extractor finds in the text, as report stats counts them.
  expect(rows.length).toBe(40);
  expect(rows.every((row) => row.endsWith(",false"))).toBe(true);
  expect(JSON.parse(readFileSync(`${SECOND_REPORT_DIST}/data/charts.json`, "utf8"))).toEqual([]);
});
