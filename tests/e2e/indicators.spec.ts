// Indicators end to end: figures in the text open their data, the keyboard
// reaches them, the table filters and sorts, the downloads deliver the files.
import { readFileSync } from "node:fs";
import { expect, test } from "./reader-page";

const csvOnDisk = () => readFileSync("dist/data/indicators.csv", "utf8");
const indicatorCount = () => csvOnDisk().trim().split("\r\n").length - 1;
const jsonOnDisk = (): { id: string; derived: string | null }[] =>
  JSON.parse(readFileSync("dist/data/indicators.json", "utf8"));

test("clicking a highlighted figure opens its popover with the right value", async ({ reader, page }) => {
  await reader.open("p=1.6.4");
  const figure = reader.paragraph("1.6.4").locator('.figure[data-indicator="air_pm25"]').first();
  await expect(figure).toHaveText("29.3微克/立方米");
  await figure.click();
  const popover = page.getByTestId("figure-popover");
  await expect(popover).toBeVisible();
  await expect(popover.getByTestId("figure-value")).toHaveText("29.3微克/立方米");
  await expect(popover.getByTestId("figure-change")).toHaveText("−2.7%");
  await expect(popover).toContainText("全国PM2.5平均浓度");
  // The quote, read from the page's text.
  await expect(popover).toContainText("§1.6.4 “具体为29.3微克/立方米,同比下降2.7%”");
  // The derived 2023 value is shown, marked as computed, with its formula.
  await expect(popover.getByTestId("figure-derived")).toContainText("30.1微克/立方米");
  await expect(popover.getByTestId("figure-derived")).toContainText("推算");
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(figure).toBeFocused();

  // The change figure opens the same indicator.
  await reader.paragraph("1.6.4").locator('.figure[data-indicator="air_pm25"]', { hasText: "2.7%" }).click();
  await expect(popover.getByTestId("figure-value")).toHaveText("29.3微克/立方米");
  await popover.getByTestId("figure-table-link").click();
  await expect.poll(() => reader.hash()).toBe("#ind=air_pm25&cat=air");
  await expect(page.getByTestId("indicators-view")).toBeVisible();
});

test("every stated figure is highlighted and reachable by keyboard", async ({ reader, page }) => {
  await reader.open();
  const figures = page.locator(".reader .figure");
  const ids = new Set(await figures.evaluateAll((all) => all.map((f) => f.getAttribute("data-indicator"))));
  const stated = jsonOnDisk().filter((i) => !i.derived).map((i) => i.id);
  expect([...ids].sort()).toEqual(stated.sort());
  // Every figure is a focusable button in the tab order.
  const notFocusable = await figures.evaluateAll((all) =>
    all.filter((f) => f.tagName !== "BUTTON" || (f as HTMLElement).tabIndex < 0).length,
  );
  expect(notFocusable).toBe(0);
  // Tab from the first figure of §1.2.2 moves to the next figure.
  const first = reader.paragraph("1.2.2").locator(".figure").first();
  await first.focus();
  await page.keyboard.press("Tab");
  await expect(reader.paragraph("1.2.2").locator(".figure").nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("figure-popover").getByTestId("figure-value")).toHaveText("4100万户左右");
});

test("the indicators table filters, sorts and links back to the text", async ({ reader, page }) => {
  await reader.openIndicators();
  const table = page.getByTestId("indicator-table");
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(indicatorCount());

  await page.getByTestId("indicator-filter").fill("PM2.5");
  // Four stated concentrations and margins, two derived 2023 values.
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText("PM2.5");
  // English labels match too, whatever the spacing and case.
  await page.getByTestId("indicator-filter").fill("Carbon  Market");
  await expect(rows).toHaveCount(4);
  await page.getByTestId("indicator-filter").fill("");

  await page.locator('.chip[data-category="water"]').click();
  await expect.poll(() => reader.hash()).toBe("#view=indicators&cat=water");
  const waterCount = await rows.count();
  expect(waterCount).toBeGreaterThan(5);
  expect(waterCount).toBeLessThan(indicatorCount());

  await page.locator('[data-sort="value"]').click();
  await expect(table.locator('th[aria-sort="ascending"]')).toContainText("数值");
  // Sorted by value, each unit's rows follow a row naming the unit, in
  // order of their values with the magnitude (万, 亿) applied.
  const groups = async () =>
    table.locator("tbody tr").evaluateAll((trs) => {
      const magnitude = (unit: string) => (unit.startsWith("万亿") ? 1e12 : unit.startsWith("亿") ? 1e8 : unit.startsWith("万") ? 1e4 : 1);
      const out: { unit: string; values: number[] }[] = [];
      for (const tr of trs) {
        const group = tr.getAttribute("data-unit-group");
        if (group !== null) out.push({ unit: group, values: [] });
        const cell = tr.querySelector("td[data-value]");
        if (cell) out.at(-1)!.values.push(Number(cell.getAttribute("data-value")) * magnitude(cell.getAttribute("data-unit") ?? ""));
      }
      return out;
    });
  const ascending = await groups();
  expect(ascending.length).toBeGreaterThan(1);
  expect(new Set(ascending.map((g) => g.unit)).size).toBe(ascending.length);
  for (const group of ascending) expect(group.values).toEqual([...group.values].sort((a, b) => a - b));
  await page.locator('[data-sort="value"]').click();
  const descending = await groups();
  expect(descending.map((g) => g.unit)).toEqual(ascending.map((g) => g.unit).reverse());
  for (const group of descending) expect(group.values).toEqual([...group.values].sort((a, b) => b - a));

  await rows.filter({ hasText: "近岸海域水质优良比例" }).getByRole("link").click();
  await expect.poll(() => reader.hash()).toBe("#p=1.6.5");
  await expect(reader.paragraph("1.6.5")).toHaveClass(/is-target/);
});

test("derived rows are marked and the category link filters", async ({ reader, page }) => {
  await reader.openIndicators("view=indicators&cat=air");
  const rows = page.getByTestId("indicator-table").locator("tbody tr");
  const categories = await rows.locator("td:nth-child(5)").allTextContents();
  expect(new Set(categories)).toEqual(new Set(["大气"]));
  const derived = rows.filter({ has: page.locator(".derived-badge") });
  await expect(derived.first()).toHaveClass(/is-derived/);
  await expect(derived).toHaveCount(6);
});

test("the downloads deliver the published files", async ({ reader, page }) => {
  await reader.openIndicators();
  const [csv] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(csv.suggestedFilename()).toBe("indicators.csv");
  expect(readFileSync(await csv.path(), "utf8")).toBe(csvOnDisk());
  const [json] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-json").click()]);
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  expect(parsed.length).toBe(indicatorCount());
  expect(parsed.find((i: { id: string }) => i.id === "carbon_market_price").value).toBe("97.49");
});

test("one popover at a time, closed by Escape from anywhere or a click outside", async ({ reader, page }) => {
  await reader.open();
  const paragraph = await reader.scrollToParagraph("1.2.2");
  const figurePopover = page.getByTestId("figure-popover");
  const citationPopover = page.getByTestId("citation-popover");
  await paragraph.locator(".cite-marker").click();
  await expect(citationPopover).toBeVisible();
  // Opening a figure's popover closes the citation's.
  await paragraph.locator("button.figure").first().click();
  await expect(figurePopover).toBeVisible();
  await expect(citationPopover).toHaveCount(0);
  // A click outside closes it.
  await page.getByTestId("report-title").click();
  await expect(figurePopover).toHaveCount(0);
  // Escape closes it wherever focus is.
  await paragraph.locator(".cite-marker").click();
  await expect(citationPopover).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("Escape");
  await expect(citationPopover).toHaveCount(0);
});

test("a figure's link to the table lands on its row, highlighted and in view", async ({ reader, page }) => {
  await reader.open();
  const paragraph = await reader.scrollToParagraph("1.2.2");
  const figure = paragraph.locator("button.figure").first();
  const id = await figure.getAttribute("data-indicator");
  await figure.click();
  await page.getByTestId("figure-table-link").click();
  await expect.poll(() => reader.hash()).toContain(`ind=${id}`);
  const row = page.locator(`tr[data-indicator="${id}"]`);
  await expect(row).toHaveClass(/is-target/);
  await expect(row).toBeInViewport();
  await expect(page.locator("tr.is-target")).toHaveCount(1);
});

test("an ind= link opens the table at a row far down, on a cold load", async ({ reader, page }) => {
  const last = await page.request.get("data/indicators.csv").then(async (response) => {
    const lines = (await response.text()).trim().split("\n");
    return lines[lines.length - 1].split(",")[0];
  });
  await page.goto(`./#ind=${last}`);
  const row = page.locator(`tr[data-indicator="${last}"]`);
  await expect(row).toHaveClass(/is-target/);
  await expect(row).toBeInViewport();
  await expect(reader.notice).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("on a phone each indicator is a card that shows every column, with nothing off-screen", async ({ reader, page }) => {
  await reader.openIndicators();
  const row = page.locator('tr[data-indicator="air_pm25"]');
  await expect(row).toBeVisible();
  for (const label of ["数值", "年份", "类别", "出处"]) {
    const cell = row.locator(`td[data-label="${label}"]`);
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // Sorting stays within reach.
  await page.locator('[data-sort="value"]').tap();
  await expect(page.locator(".indicators__unit-group").first()).toBeVisible();
});
});

test("in English the table and the popovers write numbers and units the English way", async ({ reader, page }) => {
  await reader.openIndicators("view=indicators&lang=en");
  const value = (id: string) => page.locator(`tr[data-indicator="${id}"] td[data-value]`);
  await expect(value("air_pm25")).toHaveText("29.3 µg/m³");
  const row = page.locator("tr[data-indicator]").filter({ has: page.locator('td[data-unit="万件"]') }).first();
  await expect(row.locator("td[data-value]")).toHaveText(/^[\d,]+ cases$/);
  await expect(row.locator("td[data-value]")).not.toContainText("万");
  await reader.open("p=1.6.4&lang=en");
  await reader.paragraph("1.6.4").locator('.figure[data-indicator="air_pm25"]').first().click();
  await expect(page.getByTestId("figure-value")).toHaveText("29.3 µg/m³");
});

test("a derived value's formula reads in words, and the chart link has a drawn icon", async ({ reader, page }) => {
  await reader.open("p=1.6.4");
  await reader.paragraph("1.6.4").locator('.figure[data-indicator="air_pm25"]').first().click();
  const derived = page.getByTestId("figure-derived").first();
  await expect(derived).toContainText("÷");
  await expect(derived).not.toContainText("air_pm25");
  await expect(derived).not.toContainText(".change");
  // A change subtracted reads without a doubled sign.
  await page.keyboard.press("Escape");
  await reader.paragraph("1.6.4").locator('.figure[data-indicator="air_good_days"]').first().click();
  const days = page.getByTestId("figure-derived").first();
  await expect(days).toContainText("− 1.7个百分点");
  await expect(days).not.toContainText(/[−+-]\s*[+−-]\s*\d/);
  const chartLink = page.getByTestId("figure-chart-link").first();
  await expect(chartLink.locator("svg")).toHaveCount(1);
  await expect(chartLink).not.toContainText("📊");
});
