// The reader end to end: contents, deep links, citations, language, theme,
// phone layout, malformed links, history.
import { expect, test } from "./reader-page";

test("shows the title block and every paragraph", async ({ reader, page }) => {
  await reader.open();
  await expect(page.getByTestId("report-title")).toHaveText("深化改革创新 奋力笃行实干");
  await expect(page.locator(".report-header__speaker")).toHaveText("生态环境部部长 黄润秋");
  await expect(page.locator(".report-header__date")).toHaveText("2025年1月14日");
  await expect(reader.paragraph("1.2.2").locator(".lead")).toHaveText("蓝天保卫战加力推进。");
  await expect(reader.paragraph("0.0.1")).toContainText("§0.0.1同志们:");
  await expect(page.locator(".section-heading")).toHaveCount(18);
});

test("contents navigation scrolls to the section and marks it current", async ({ reader }) => {
  await reader.open();
  const link = reader.tocLink("2.2");
  await expect(link).toHaveText("(二)深刻认识当前面临的形势与挑战");
  await link.click();
  await expect.poll(() => reader.hash()).toBe("#s=2.2");
  const section = reader.section("2.2");
  await expect(section).toHaveClass(/is-target/);
  await expect.poll(() => reader.topOf(section)).toBeLessThan(120);
  await expect.poll(() => reader.topOf(section)).toBeGreaterThan(-5);
  await expect(link).toHaveAttribute("aria-current", "location");
});

test("far sections are laid out once scrolled to, with their citation markers in the margin", async ({ reader }) => {
  await reader.open();
  // `content-visibility: auto`: what is far below the first screen is not rendered yet.
  const rendered = (id: string) =>
    reader
      .section(id)
      .evaluate((section) => section.querySelector(".para")!.checkVisibility({ contentVisibilityAuto: true }));
  expect(await rendered("1.1")).toBe(true);
  expect(await rendered("3.8")).toBe(false);

  const paragraph = await reader.scrollToParagraph("3.8.1");
  await expect.poll(() => rendered("3.8")).toBe(true);
  // Paint containment must not clip the marker that hangs in the left margin.
  const marker = paragraph.locator(".cite-marker");
  const box = await marker.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThan((await paragraph.boundingBox())!.x);
  const hit = await marker.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2) === element;
  });
  expect(hit).toBe(true);
});

test("a #p= deep link lands on its paragraph and highlights it", async ({ reader }) => {
  await reader.open("p=1.2.2");
  const target = reader.paragraph("1.2.2");
  await expect(target).toHaveClass(/is-target/);
  await expect.poll(() => reader.topOf(target)).toBeLessThan(120);
  await expect.poll(() => reader.topOf(target)).toBeGreaterThan(0);
  await expect(target).toBeFocused();
  await expect(reader.page.locator(".is-target")).toHaveCount(1);
});

test("the citation marker copies a permalink and a formatted citation", async ({ reader, page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await reader.open();
  await (await reader.scrollToParagraph("1.2.2")).getByRole("button", { name: "引用段落 §1.2.2" }).click();
  const popover = page.getByTestId("citation-popover");
  await expect(popover.getByTestId("copy-status")).toHaveText("链接已复制");
  const permalink = `${baseURL}#p=1.2.2`;
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
  await expect(popover.getByTestId("permalink")).toHaveValue(permalink);

  await popover.getByTestId("copy-citation").click();
  await expect(popover.getByTestId("copy-status")).toHaveText("引用已复制");
  const citation = await page.evaluate(() => navigator.clipboard.readText());
  expect(citation).toContain("《深化改革创新 奋力笃行实干——高质量完成“十四五”生态环境保护目标任务》");
  expect(citation).toContain("§1.2.2");
  expect(citation).toContain(permalink);

  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await expect(reader.paragraph("1.2.2").locator(".cite-marker")).toBeFocused();

  // The permalink opens the same paragraph.
  await page.goto(permalink);
  await expect(reader.paragraph("1.2.2")).toHaveClass(/is-target/);
});

test("the language toggle switches the UI and the text, and back", async ({ reader, page }) => {
  await reader.open("p=1.2.2");
  await reader.langToggle.click();
  await expect.poll(() => reader.hash()).toBe("#p=1.2.2&lang=en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator(".toc__title")).toHaveText("Contents");
  await expect(page.locator(".report-header__date")).toHaveText("14 January 2025");
  await expect(reader.paragraph("1.2.2").locator(".lead")).toHaveText("The battle for blue skies was intensified.");
  await expect(reader.paragraph("1.2.2").locator(".cite-marker")).toHaveAccessibleName("Cite paragraph §1.2.2");
  await page.goBack();
  await expect(page.locator(".toc__title")).toHaveText("目录");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(reader.paragraph("1.2.2").locator(".lead")).toHaveText("蓝天保卫战加力推进。");
});

test("dark theme from the toggle, the link and the system setting", async ({ reader, page }) => {
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await reader.open();
  const light = await background();
  await reader.themeToggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(reader.themeToggle).toHaveAttribute("aria-pressed", "true");
  const dark = await background();
  expect(dark).not.toBe(light);
  expect(dark).toBe("rgb(20, 21, 23)");

  await page.emulateMedia({ colorScheme: "dark" });
  await reader.open();
  expect(await background()).toBe("rgb(20, 21, 23)");
  await reader.open("theme=light");
  expect(await background()).toBe(light);
});

test("phone layout at 360 px: contents drawer, no horizontal scroll", async ({ reader, page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await reader.open();
  await expect(reader.toc).toBeHidden();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("reader-360.png") });

  await reader.tocToggle.click();
  await expect(reader.tocToggle).toHaveAttribute("aria-expanded", "true");
  await expect(reader.toc).toBeVisible();
  const close = reader.toc.getByRole("button", { name: "关闭目录" });
  await expect(close).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath("reader-360-contents.png"), animations: "disabled" });
  await reader.tocLink("3.5").click();
  await expect(reader.toc).toBeHidden();
  await expect.poll(() => reader.hash()).toBe("#s=3.5");
  await expect.poll(() => reader.topOf(reader.section("3.5"))).toBeLessThan(120);

  await reader.tocToggle.click();
  await expect(close).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(reader.toc).toBeHidden();
  await expect(reader.tocToggle).toBeFocused();
  await reader.tocToggle.press("Enter");
  await expect(close).toBeFocused();
  await close.click();
  await expect(reader.toc).toBeHidden();
});

for (const fragment of ["p=9.9.9", "s=7.1", "p=1.2", "lang=fr", "theme=blue", "zzz=1", "p=%3Cscript%3E", "%E7%A2"]) {
  test(`a malformed link (#${fragment}) falls back to the top with a notice`, async ({ reader, page }) => {
    await reader.open(fragment);
    await expect(reader.notice).toBeVisible();
    await expect(page.locator(".is-target")).toHaveCount(0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test("back and forward move between targets", async ({ reader, page }) => {
  await reader.open();
  await reader.tocLink("1.2").click();
  await expect(reader.section("1.2")).toHaveClass(/is-target/);
  await page.goto("./#p=3.8.5");
  await expect(reader.paragraph("3.8.5")).toHaveClass(/is-target/);
  await page.goBack();
  await expect(reader.section("1.2")).toHaveClass(/is-target/);
  await expect.poll(() => reader.topOf(reader.section("1.2"))).toBeLessThan(120);
  await page.goForward();
  await expect(reader.paragraph("3.8.5")).toHaveClass(/is-target/);
});

test("the footer shows the build version and the report data fingerprint", async ({ reader, page }) => {
  const { createHash } = await import("node:crypto");
  const { readFileSync } = await import("node:fs");
  await reader.open();
  const published = createHash("sha256").update(readFileSync("dist/data/report.zh.txt")).digest("hex");
  const source = createHash("sha256").update(readFileSync("data/2025-national-eco-env-work-report.zh.txt")).digest("hex");
  expect(published).toBe(source);
  const integrity = page.getByTestId("integrity");
  await expect(integrity).toContainText(`sha256:${published.slice(0, 12)}`);
  await expect(integrity).toContainText(/0\.1\.0\+[0-9a-f]{10}|0\.1\.0\+unknown/);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("on a phone the contents drawer leads to every view and holds focus while open", async ({ reader, page }) => {
  await reader.open();
  // The top bar has no room for the view links; the drawer has them.
  await expect(page.getByTestId("nav-charts")).toBeHidden();
  await reader.tocToggle.click();
  await expect(page.getByTestId("drawer-nav-reader")).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("drawer-nav-charts")).toBeVisible();
  await expect(page.getByTestId("drawer-nav-indicators")).toBeVisible();
  // While it is open the rest of the page is inert: Tab never leaves it.
  await expect(page.locator("#main")).toHaveAttribute("inert", "");
  for (let press = 0; press < 12; press++) {
    await page.keyboard.press("Tab");
    const outside = await page.evaluate(
      () => document.activeElement !== document.body && !document.activeElement?.closest("#toc"),
    );
    expect(outside, `focus left the drawer after ${press + 1} Tab presses`).toBe(false);
  }
  // Backwards too: Shift+Tab never leaves it either.
  for (let press = 0; press < 4; press++) {
    await page.keyboard.press("Shift+Tab");
    const outside = await page.evaluate(
      () => document.activeElement !== document.body && !document.activeElement?.closest("#toc"),
    );
    expect(outside, `focus left the drawer after ${press + 1} Shift+Tab presses`).toBe(false);
  }
  await page.keyboard.press("Escape");
  await expect(reader.toc).toBeHidden();
  await expect(reader.tocToggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#main")).not.toHaveAttribute("inert", "");
  // A screen that grows wide while the drawer is open leaves nothing inert.
  await reader.tocToggle.click();
  await expect(page.locator("#main")).toHaveAttribute("inert", "");
  await page.setViewportSize({ width: 1280, height: 844 });
  await expect(page.locator("#main")).not.toHaveAttribute("inert", "");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(reader.toc).toBeHidden();

  await reader.tocToggle.click();
  await page.getByTestId("drawer-nav-charts").click();
  await expect.poll(() => reader.hash()).toBe("#view=charts");
  await expect(reader.toc).toBeHidden();
  await expect(page.getByTestId("chart-card").first()).toBeVisible();
  await reader.tocToggle.click();
  await page.getByTestId("drawer-nav-indicators").click();
  await expect(page.getByTestId("indicator-table")).toBeVisible();
});

test("a figure and the closing punctuation after it never split across lines", async ({ reader, page }) => {
  await reader.open("p=1.2.2");
  const paragraph = reader.paragraph("1.2.2");
  const together = paragraph.locator(".keep-together").filter({ has: page.locator("button.figure") });
  expect(await together.count()).toBeGreaterThan(0);
  for (const unit of await together.all()) {
    await expect(unit).toHaveText(/[。,、;:)]$/);
    expect(await unit.evaluate((element) => element.getClientRects().length)).toBe(1);
  }
});
});

test("the tab's title names the app in the interface's language", async ({ reader, page }) => {
  await reader.open("lang=en");
  await expect(page).toHaveTitle("深化改革创新 奋力笃行实干 · Report Explorer");
  await reader.langToggle.click();
  await expect(page).toHaveTitle("深化改革创新 奋力笃行实干 · 报告浏览器");
});

test("the contents keep the section being read in view, and mark none outside the reader", async ({ reader, page }) => {
  await reader.open("s=3.8");
  const link = reader.tocLink("3.8");
  await expect(link).toHaveAttribute("aria-current", "location");
  await expect
    .poll(() =>
      link.evaluate((element) => {
        const area = document.getElementById("toc")!.getBoundingClientRect();
        const place = element.getBoundingClientRect();
        return place.top >= area.top && place.bottom <= area.bottom;
      }),
    )
    .toBe(true);
  await page.evaluate(() => (location.hash = "view=charts"));
  await expect(page.getByTestId("chart-card").first()).toBeVisible();
  await expect(reader.toc.locator(".toc__link[aria-current]")).toHaveCount(0);
});

test("a jumped-to paragraph and a search match inside it are marked apart", async ({ reader, page }) => {
  await reader.open("p=1.2.2&q=蓝天");
  const paragraph = reader.paragraph("1.2.2");
  await expect(paragraph).toHaveClass(/is-target/);
  const match = paragraph.locator("mark.match").first();
  await expect(match).toBeVisible();
  const backgrounds = await Promise.all([
    paragraph.evaluate((element) => getComputedStyle(element).backgroundColor),
    match.evaluate((element) => getComputedStyle(element).backgroundColor),
  ]);
  expect(backgrounds[0]).not.toBe(backgrounds[1]);
});

test("a query typed into the address of an open tab shows its results", async ({ reader, page }) => {
  await reader.open();
  await page.evaluate(() => (location.hash = "q=碳市场"));
  await expect(reader.searchPanel).toBeVisible();
  await expect(reader.searchHits.first()).toBeVisible();
});

test.describe("on a phone in English", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the search box's placeholder fits the box", async ({ reader, page }) => {
    await reader.open("lang=en");
    const fits = await reader.searchInput.evaluate((input) => {
      const box = input as HTMLInputElement;
      const style = getComputedStyle(box);
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(box.placeholder).width <= room;
    });
    expect(fits).toBe(true);
  });
});
