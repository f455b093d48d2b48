// Charts end to end: the gallery draws every chart crisply, tooltips follow
// the pointer and the keyboard, tables match the data, downloads and deep
// links work, and the gallery looks right on phones and desktops.
import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const chartCount = (readFileSync("data/charts.toml", "utf8").match(/^\[\[chart\]\]$/gm) ?? []).length;

/** Centres of the chart's points, as the app laid them out. */
async function points(canvas: Locator): Promise<[number, number][]> {
  const marks = (await canvas.getAttribute("data-marks")) ?? "";
  return marks.split(" ").filter(Boolean).map((pair) => pair.split(",").map(Number) as [number, number]);
}

/** Whether the canvas holds pixels other than its background. */
function inkedPixels(page: Page, canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    const [r, g, b] = [data[0], data[1], data[2]];
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] !== r || data[i + 1] !== g || data[i + 2] !== b) inked++;
    return inked;
  });
}

test("the gallery draws every chart", async ({ page }) => {
  await page.goto("./#view=charts");
  const canvases = page.getByTestId("chart-canvas");
  await expect(canvases).toHaveCount(chartCount);
  expect(chartCount).toBeGreaterThanOrEqual(12);
  for (const canvas of await canvases.all()) {
    await expect.poll(() => inkedPixels(page, canvas)).toBeGreaterThan(500);
    await expect(canvas).toHaveAttribute("aria-label", /.+。$/);
  }
  await page.locator('.chip[data-category="water"]').click();
  const water = (readFileSync("data/charts.toml", "utf8").match(/^category = "water"$/gm) ?? []).length;
  await expect(page.getByTestId("chart-card")).toHaveCount(water);
  expect(water).toBeGreaterThan(1);
});

for (const scale of [1, 2]) {
  test.describe(`at device pixel ratio ${scale}`, () => {
    test.use({ deviceScaleFactor: scale });

    test("charts are crisp", async ({ page }) => {
      await page.goto("./#chart=ultra-low-emission");
      const canvas = page.getByTestId("chart-canvas");
      await expect.poll(() => inkedPixels(page, canvas)).toBeGreaterThan(500);
      const size = await canvas.evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        return { backing: canvas.width, css: canvas.getBoundingClientRect().width };
      });
      expect(Math.abs(size.backing - size.css * scale)).toBeLessThanOrEqual(1);
    });
  });
}

test("hovering a point shows its value; clicking opens its paragraph", async ({ page }) => {
  await page.goto("./#chart=air-pm25");
  await expect(page.getByTestId("chart-note")).toContainText("推算");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(async () => (await points(canvas)).length).toBe(4);
  const [, , national2024] = await points(canvas);
  await canvas.hover({ position: { x: national2024[0], y: national2024[1] } });
  await expect(page.getByTestId("chart-tooltip-value")).toHaveText("29.3微克/立方米");
  const [national2023] = await points(canvas);
  await canvas.hover({ position: { x: national2023[0], y: national2023[1] } });
  await expect(page.getByTestId("chart-tooltip-value")).toHaveText("30.1微克/立方米");
  await expect(page.getByTestId("chart-tooltip")).toContainText("推算");
  await canvas.click({ position: { x: national2024[0], y: national2024[1] } });
  await expect.poll(() => page.evaluate(() => location.hash)).toBe("#p=1.6.4");
  await expect(page.locator('[id="p-1.6.4"]')).toHaveClass(/is-target/);
});

test("arrow keys move between points and Enter opens the source", async ({ page }) => {
  await page.goto("./#chart=ultra-low-emission");
  const canvas = page.getByTestId("chart-canvas");
  await canvas.focus();
  const tooltip = page.getByTestId("chart-tooltip-value");
  await expect(tooltip).toHaveText("8.93亿吨");
  await page.keyboard.press("ArrowDown");
  await expect(tooltip).toHaveText("8400万吨");
  await page.keyboard.press("ArrowDown");
  await expect(tooltip).toHaveText("3.4亿吨");
  await page.keyboard.press("ArrowDown");
  await expect(tooltip).toHaveText("8.93亿吨");
  await page.keyboard.press("End");
  await expect(tooltip).toHaveText("3.4亿吨");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => location.hash)).toBe("#p=1.2.2");
});

test("the table and the source tab match the data", async ({ page }) => {
  await page.goto("./#chart=water-quality");
  await page.getByRole("tab", { name: "表格" }).click();
  const table = page.getByTestId("chart-table");
  await expect(table.locator("tbody tr")).toHaveCount(4);
  expect(await table.locator("tbody td").allTextContents()).toEqual(["90.4%", "83.7%", "77.9%", "77.1%"]);
  await page.getByRole("tab", { name: "出处" }).click();
  const sources = page.getByTestId("chart-sources");
  await expect(sources.locator("li")).toHaveCount(4);
  await expect(sources).toContainText("近岸海域水质优良比例为83.7%");
  await expect(sources.getByRole("link").first()).toHaveAttribute("href", "#p=1.6.5");
});

test("the CSV download holds the chart's data", async ({ page }) => {
  await page.goto("./#chart=enforcement");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-csv").click()]);
  expect(download.suggestedFilename()).toBe("enforcement.csv");
  const rows = readFileSync(await download.path(), "utf8").trim().split("\r\n");
  expect(rows[0]).toBe("row_zh,row_en,series_zh,series_en,value,unit,as_written,derived,indicator,paragraph");
  expect(rows).toHaveLength(5);
  expect(rows[1]).toContain(",55900,件,5.59万件,false,law_penalty_cases,1.5.3");
});

test("an unknown #chart= says so and links back to the gallery", async ({ page }) => {
  await page.goto("./#chart=no-such-chart");
  await expect(page.getByTestId("charts-view")).toContainText("没有这个图表");
  await page.getByRole("link", { name: "全部图表" }).click();
  await expect(page.getByTestId("chart-canvas").first()).toBeVisible();
});

for (const [width, theme] of [
  [360, "light"],
  [360, "dark"],
  [1280, "light"],
  [1280, "dark"],
] as const) {
  test(`gallery screenshot at ${width} px, ${theme}`, async ({ page }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`./#view=charts&theme=${theme}`);
    const canvas = page.getByTestId("chart-canvas").first();
    await expect.poll(() => inkedPixels(page, canvas)).toBeGreaterThan(500);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`charts-${width}-${theme}.png`) });
  });
}

test("charts sit collapsed beside the paragraphs they illustrate", async ({ page }) => {
  await page.goto("./#p=1.6.4");
  const inline = page.locator('[id="p-1.6.4"]').locator("..").getByTestId("inline-chart");
  await expect(inline).toHaveCount(2);
  await expect(inline.first().getByTestId("chart-canvas")).toBeHidden();
  await inline.first().locator("summary").click();
  const canvas = inline.first().getByTestId("chart-canvas");
  await expect(canvas).toBeVisible();
  await expect.poll(() => inkedPixels(page, canvas)).toBeGreaterThan(500);
});

test("a highlighted figure links to its chart", async ({ page }) => {
  await page.goto("./#p=1.6.4");
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await page.locator('[id="p-1.6.4"] .figure[data-indicator="air_pm25"]').first().click();
  const link = page.getByTestId("figure-chart-link").first();
  await expect(link).toContainText("PM2.5平均浓度");
  await link.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe("#chart=air-pm25");
  await expect(page.getByTestId("chart-canvas")).toBeVisible();
});

test("the PNG download is the chart at twice its size with title and source", async ({ page }) => {
  await page.goto("./#chart=tailings");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-png").click()]);
  expect(download.suggestedFilename()).toBe("tailings.png");
  const png = readFileSync(await download.path());
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  // IHDR: width and height, big-endian, at bytes 16 and 20.
  expect(png.readUInt32BE(16)).toBe(1600);
  expect(png.readUInt32BE(20)).toBeGreaterThan(300);
});

test("every chart has an Embed button, and a chart embeds on another origin", async ({ page, baseURL }) => {
  await page.goto("./#chart=carbon-price");
  await page.getByTestId("chart-embed").click();
  const snippet = await page.getByTestId("embed-snippet").inputValue();
  expect(snippet).toContain(`${baseURL}#embed=chart/carbon-price`);
  const preview = page.frameLocator("[data-testid=embed-preview]");
  await expect(preview.getByTestId("chart-canvas")).toBeVisible();
  await expect.poll(() => preview.getByTestId("chart-canvas").evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
});

test("legend entries toggle their series", async ({ page }) => {
  await page.goto("./#chart=air-pm25");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length).toBe(4);
  const before = await inkedPixels(page, canvas);
  const toggle = page.getByTestId("legend-toggle").first();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => inkedPixels(page, canvas)).toBeLessThan(before);
  // A hidden point shows no tooltip.
  const [first] = ((await canvas.getAttribute("data-marks")) ?? "").split(" ");
  const [x, y] = first.split(",").map(Number);
  await canvas.hover({ position: { x, y } });
  await expect(page.getByTestId("chart-tooltip")).toHaveCount(0);
  await toggle.click();
  await expect.poll(() => inkedPixels(page, canvas)).toBe(before);
});

test("the reader's first screen fetches no chunk; a chart's chunks come when it is first opened", async ({ page }) => {
  const wasm: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push(path.split("/").pop()!);
  });
  await page.goto("./");
  await expect(page.getByTestId("search-input")).toBeVisible();
  await page.getByTestId("search-input").fill("碳市场");
  await expect(page.getByTestId("search-status")).toHaveText("2 段");
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/^report-explorer-[0-9a-f]+_bg\.wasm$/);
  const inline = page.getByTestId("inline-chart").first();
  await inline.locator("summary").click();
  await expect(inline.getByTestId("chart-canvas")).toBeVisible();
  expect(wasm.length).toBeGreaterThan(1);
  expect(wasm.slice(1).every((name) => !name.startsWith("report-explorer-"))).toBe(true);
});

test.describe("without the service worker, so that the test holds the chunk back", () => {
  test.use({ serviceWorkers: "block" });

  test("a view whose chunk is slow replaces the old view at once and shows when its chunk arrives", async ({ page }) => {
    await page.goto("./#view=indicators");
    await expect(page.getByTestId("indicator-table")).toBeVisible();
    // Hold the charts view's own chunk back until the URL has changed again.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/split_charts_view-[0-9a-f]+\.wasm$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.evaluate(() => (location.hash = "#view=charts"));
    // The indicators view goes at once: it does not wait on screen, its
    // reactive values gone, for the charts chunk.
    await expect(page.getByTestId("indicator-table")).toHaveCount(0);
    await page.evaluate(() => (location.hash = "#view=charts&lang=en"));
    release();
    await expect(page.getByTestId("chart-canvas").first()).toBeVisible();
  });
});

/** How many pixels of the canvas are within a few levels of `rgb`. */
function pixelsOf(canvas: Locator, rgb: [number, number, number]): Promise<number> {
  return canvas.evaluate((element, [r, g, b]) => {
    const c = element as HTMLCanvasElement;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i] - r) < 8 && Math.abs(data[i + 1] - g) < 8 && Math.abs(data[i + 2] - b) < 8) count++;
    }
    return count;
  }, rgb);
}

test("a progress chart shows its part over its whole, each in its legend's colour, with both values", async ({ page }) => {
  await page.goto("./#chart=hazards");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(() => inkedPixels(page, canvas)).toBeGreaterThan(300);
  // The light theme's series colours, as the legend's swatches show them.
  const swatches = page.locator(".chart-legend__swatch");
  await expect(swatches.nth(0)).toHaveCSS("background-color", "rgb(0, 114, 178)");
  await expect(swatches.nth(1)).toHaveCSS("background-color", "rgb(213, 94, 0)");
  // Fixed (the part) and found (the whole) both show.
  expect(await pixelsOf(canvas, [0, 114, 178])).toBeGreaterThan(1000);
  expect(await pixelsOf(canvas, [213, 94, 0])).toBeGreaterThan(100);
  // Every value of the table is drawn: the table's values are the tooltips'.
  await page.getByRole("tab", { name: "表格" }).click();
  await expect(page.getByTestId("chart-table").locator("tbody td")).toHaveCount(2);
});

test("arrow keys skip the series the legend hides", async ({ page }) => {
  await page.goto("./#chart=air-pm25");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length).toBe(4);
  // Hide the derived 2023 series.
  await page.getByTestId("legend-toggle").first().click();
  await canvas.focus();
  const tooltip = page.getByTestId("chart-tooltip");
  await expect(tooltip).toContainText("2024年");
  for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "Home", "End", "ArrowRight"]) {
    await page.keyboard.press(key);
    await expect(tooltip).toContainText("2024年");
    await expect(tooltip).not.toContainText("2023年");
  }
});

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test("a first tap shows the point's value, a second opens its source", async ({ page }) => {
    await page.goto("./#chart=air-pm25");
    const canvas = page.getByTestId("chart-canvas");
    await expect.poll(async () => (await points(canvas)).length).toBe(4);
    const [, , national2024] = await points(canvas);
    await canvas.tap({ position: { x: national2024[0], y: national2024[1] } });
    await expect(page.getByTestId("chart-tooltip-value")).toHaveText("29.3微克/立方米");
    expect(await page.evaluate(() => location.hash)).toBe("#chart=air-pm25");
    await canvas.tap({ position: { x: national2024[0], y: national2024[1] } });
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#p=1.6.4");
  });

  test("the tooltip's own link opens the source", async ({ page }) => {
    await page.goto("./#chart=air-pm25");
    const canvas = page.getByTestId("chart-canvas");
    await expect.poll(async () => (await points(canvas)).length).toBe(4);
    const [national2023] = await points(canvas);
    await canvas.tap({ position: { x: national2023[0], y: national2023[1] } });
    await page.getByTestId("chart-tooltip").getByRole("link").tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#p=1.6.4");
  });
});

test("the PNG download carries the legend, in the interface's language", async ({ page }) => {
  await page.goto("./#chart=air-pm25&lang=en");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("chart-png").click()]);
  const png = readFileSync(await download.path()).toString("base64");
  // The band above the source line (32 px at 2×) holds the legend (28 px).
  const legend = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const top = image.height - (28 + 32) * 2;
    const band = context.getImageData(0, top, image.width, 28 * 2).data;
    const near = (i: number, [r, g, b]: number[]) => Math.abs(band[i] - r) < 8 && Math.abs(band[i + 1] - g) < 8 && Math.abs(band[i + 2] - b) < 8;
    let first = 0;
    let second = 0;
    let ink = 0;
    for (let i = 0; i < band.length; i += 4) {
      if (near(i, [0, 114, 178])) first++;
      if (near(i, [213, 94, 0])) second++;
      if (!near(i, [255, 255, 255])) ink++;
    }
    return { first, second, ink };
  }, png);
  // Both series' swatches, and their labels and the derived note as text.
  expect(legend.first).toBeGreaterThan(200);
  expect(legend.second).toBeGreaterThan(200);
  expect(legend.ink).toBeGreaterThan(legend.first + legend.second + 1000);
});

test("in English, values and units are written the English way, and row labels stay apart", async ({ page }) => {
  await page.goto("./#chart=air-pm25&lang=en");
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(async () => (await points(canvas)).length).toBe(4);
  const [, , national2024] = await points(canvas);
  await canvas.hover({ position: { x: national2024[0], y: national2024[1] } });
  await expect(page.getByTestId("chart-tooltip-value")).toHaveText("29.3 µg/m³");
  await expect(canvas).toHaveAttribute("aria-label", /µg\/m³/);
  await expect(canvas).not.toHaveAttribute("aria-label", /微克/);
  await page.getByRole("tab", { name: "Table" }).click();
  await expect(page.getByTestId("chart-table")).toContainText("29.3 µg/m³");

  await page.goto("./#chart=ultra-low-emission&lang=en");
  await page.getByRole("tab", { name: "Table" }).click();
  await expect(page.getByTestId("chart-table")).toContainText("893 million tonnes");
  await expect(page.getByTestId("chart-table")).toContainText("84 million tonnes");
});

test.describe("on a phone in English", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const chart of ["air-days", "funding"]) {
    test(`the row labels of ${chart} are drawn whole or on two lines, never cut alike`, async ({ page }) => {
      await page.goto(`./#chart=${chart}&lang=en`);
      const canvas = page.getByTestId("chart-canvas");
      await expect(canvas).not.toHaveAttribute("data-row-labels", "");
      const labels = ((await canvas.getAttribute("data-row-labels")) ?? "").split("\n");
      expect(labels.length).toBeGreaterThan(1);
      expect(new Set(labels).size).toBe(labels.length);
    });
  }
});
