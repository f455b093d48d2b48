// Search end to end: typing, keyboard, #q= links, highlighting, filters,
// suggestions, junk input, IME composition, and agreement with the CLI.
import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { expect, test } from "./reader-page";

/** How often `text` occurs in the paragraphs of the reader. */
function occurrencesInText(page: Page, text: string): Promise<number> {
  return page
    .locator("[data-testid=paragraph]")
    .evaluateAll((ps, t) => ps.reduce((n, p) => n + ((p.textContent ?? "").split(t).length - 1), 0), text);
}

/** The hits the CLI returns for a query, as citation ids in order. */
function cliHits(query: string): string[] {
  const json = execFileSync("target/release/report", ["search", query, "--json"], { encoding: "utf8" });
  return JSON.parse(json).map((hit: { paragraph: string }) => hit.paragraph);
}

/** The CLI's suggestions for a query without hits, as "text|hits". */
function cliSuggestions(query: string): string[] {
  const text = execFileSync("target/release/report", ["search", query], { encoding: "utf8" });
  return [...text.matchAll(/^ {2}try "(.*)" \((\d+) hits\)$/gm)].map(([, suggestion, hits]) => `${suggestion}|${hits}`);
}

test("typing shows exact results on every keystroke, with no request", async ({ reader, page }) => {
  await reader.open();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await reader.searchInput.click();
  await page.keyboard.type("碳市");
  await expect(reader.searchPanel).toHaveAttribute("data-query", "碳市");
  await page.keyboard.type("场");
  await expect(reader.searchPanel).toHaveAttribute("data-query", "碳市场");
  await expect(page.getByTestId("search-status")).toHaveText("2 段");
  for (const snippet of await reader.searchHits.locator("mark").allTextContents()) {
    expect(snippet).toBe("碳市场");
  }
  expect(requests).toEqual([]);
});

test("the app lists exactly what the CLI returns", async ({ reader, page }) => {
  await reader.open();
  for (const query of ["碳市场", "PM2.5", "VOCs", "97.49", "蓝天 碧水", "生态环境"]) {
    await reader.searchInput.fill(query);
    await expect(reader.searchPanel).toHaveAttribute("data-query", query);
    const more = reader.searchPanel.getByRole("button", { name: /显示全部结果/ });
    if (await more.count()) await more.click();
    expect(await reader.hitIds(), query).toEqual(cliHits(query));
  }
  await page.keyboard.press("Escape");
});

test("variant forms find what the CLI finds, forms this report cannot hold included", async ({ reader, page }) => {
  // The release wasm keeps only the folds that can lead to a character of
  // the bundled report (crates/report-core/build.rs); the CLI has them all.
  // Traditional characters, radicals, full-width and compatibility forms,
  // each kind with forms of the report's characters (環境 碳市場 ⽣態 ＰＭ２．５)
  // and forms of characters it lacks (龜 鑑 ⻰ 豈 ㍱), alone and mixed.
  const queries = ["環境", "碳市場", "⽣態環境", "ＰＭ２．５", "藍天 綠色", "龜", "龜鑑", "⻰", "豈", "㍱", "㎡", "Ⅻ",
    "龜碳市場", "碳市場龜", "藍天 龜", "⻰⽣態"];
  await reader.open();
  for (const query of queries) {
    await reader.searchInput.fill(query);
    await expect(reader.searchPanel).toHaveAttribute("data-query", query);
    const hits = cliHits(query);
    if (hits.length === 0) {
      await expect(page.getByTestId("search-empty")).toBeVisible();
      const suggestions = await page
        .getByTestId("search-suggestion")
        .evaluateAll((buttons) => buttons.map((b) => `${b.childNodes[0].textContent}|${b.querySelector("span")?.textContent}`));
      expect(suggestions, query).toEqual(cliSuggestions(query));
      continue;
    }
    const more = reader.searchPanel.getByRole("button", { name: /显示全部结果/ });
    if (await more.count()) await more.click();
    expect(await reader.hitIds(), query).toEqual(hits);
  }
  await page.keyboard.press("Escape");
});

test("keyboard: / focuses, arrows move, Enter opens the paragraph with its matches marked", async ({ reader, page }) => {
  await reader.open();
  await page.keyboard.press("/");
  await expect(reader.searchInput).toBeFocused();
  await page.keyboard.type("保卫战");
  await expect(reader.searchPanel).toHaveAttribute("data-query", "保卫战");
  const ids = await reader.hitIds();
  expect(ids.length).toBeGreaterThan(2);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(reader.searchHits.nth(1)).toHaveAttribute("aria-selected", "true");
  await expect(reader.searchInput).toHaveAttribute("aria-activedescendant", "search-hit-1");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(reader.searchHits.last()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(reader.searchPanel).toBeHidden();
  await expect.poll(() => reader.hash()).toBe(`#p=${ids[1]}&q=%E4%BF%9D%E5%8D%AB%E6%88%98`);
  const target = reader.paragraph(ids[1]);
  await expect(target).toHaveClass(/is-target/);
  await expect.poll(() => reader.topOf(target)).toBeLessThan(120);
  const marks = await target.locator("mark").allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect(new Set(marks)).toEqual(new Set(["保卫战"]));
  // Every paragraph containing the query is marked, not only the target.
  await expect(page.locator(".reader mark")).toHaveCount(await occurrencesInText(page, "保卫战"));

  await reader.searchInput.focus();
  await expect(reader.searchPanel).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(reader.searchPanel).toBeHidden();
  await page.keyboard.press("Escape");
  await expect(reader.searchInput).toHaveValue("");
  await page.keyboard.press("Control+k");
  await expect(reader.searchInput).toBeFocused();
});

test("a #q= link opens the same results and marks the text", async ({ reader, page }) => {
  await reader.open("q=%E7%A2%B3%E5%B8%82%E5%9C%BA");
  await expect(reader.searchInput).toHaveValue("碳市场");
  await expect(reader.searchPanel).toBeVisible();
  expect(await reader.hitIds()).toEqual(cliHits("碳市场"));
  const count = await occurrencesInText(page, "碳市场");
  expect(count).toBeGreaterThan(1);
  await expect(page.locator(".reader mark")).toHaveCount(count);
  expect(new Set(await page.locator(".reader mark").allTextContents())).toEqual(new Set(["碳市场"]));
});

test("typing writes a shareable #q= once it pauses, without new history entries", async ({ reader, page }) => {
  await reader.open();
  const length = await page.evaluate(() => history.length);
  await reader.searchInput.fill("VOCs");
  await expect.poll(() => reader.hash()).toBe("#q=VOCs");
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test("counts per part filter the list", async ({ reader }) => {
  await reader.open();
  await reader.searchInput.fill("生态");
  const all = (await reader.hitIds()).length;
  const chip = reader.searchPanel.getByRole("button", { name: /^二 \d+$/ });
  const count = Number((await chip.textContent())?.split(" ")[1]);
  await chip.click();
  await expect(chip).toHaveAttribute("aria-pressed", "true");
  const ids = await reader.hitIds();
  expect(ids.length).toBe(count);
  expect(ids.every((id) => id.startsWith("2."))).toBe(true);
  expect(count).toBeLessThan(all);
});

test("no result suggests shorter queries that work", async ({ reader, page }) => {
  await reader.open();
  await reader.searchInput.fill("碳市场交易额");
  await expect(page.getByTestId("search-empty")).toContainText("没有段落包含");
  const suggestion = page.getByTestId("search-suggestion").first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(reader.searchInput).not.toHaveValue("碳市场交易额");
  await expect(reader.searchHits.first()).toBeVisible();
});

test("a 10,000-character query and pasted junk stay responsive", async ({ reader, page }) => {
  await reader.open();
  const long = "碳".repeat(10_000);
  const elapsed = await page.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>("[data-testid=search-input]")!;
    const started = performance.now();
    input.value = value;
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    return performance.now() - started;
  }, long);
  await expect(page.getByTestId("search-status")).toContainText("只使用了前 200 个字符");
  expect(elapsed).toBeLessThan(1000);
  await reader.searchInput.fill("<img src=x onerror=window.__pwned=1> \u0000 \"'`");
  await expect(reader.searchPanel).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("IME composition does not search half-typed pinyin", async ({ reader, page }) => {
  await reader.open();
  await reader.searchInput.focus();
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("[data-testid=search-input]")!;
    input.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
    for (const partial of ["t", "ta", "tan"]) {
      input.value = partial;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
    }
  });
  await expect(reader.searchPanel).toBeHidden();
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>("[data-testid=search-input]")!;
    input.value = "碳";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, isComposing: true }));
    input.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "碳" }));
  });
  await expect(reader.searchPanel).toHaveAttribute("data-query", "碳");
});

test("leaving the app while the search box has focus raises no error", async ({ reader, page }) => {
  await reader.open();
  await reader.searchInput.fill("碳");
  await expect(reader.searchPanel).toBeVisible();
  await page.evaluate(() => (location.hash = "embed=section/1.2"));
  await expect(page.getByTestId("embed")).toBeVisible();
  await page.evaluate(() => (location.hash = "chart=tailings"));
  await page.getByTestId("chart-canvas").focus();
  await page.evaluate(() => (location.hash = "p=1.2.5"));
  await expect(reader.paragraph("1.2.5")).toHaveClass(/is-target/);
});
