// Offline and from disk: the service worker serves the whole app with the
// network gone, and the single-file build runs from file://.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

test.describe("with the network gone", () => {
  // The test opens the charts view offline, never having opened it online,
  // to see the app say so (chunk-unavailable): its chunks cannot load.
  test.use({
    allowedProblems: {
      "the browser reports each chunk it could not fetch":
        /^console error: Failed to load resource: net::ERR_FAILED \(at http:\/\/127\.0\.0\.1:\d+\/(chunk_\d+|split_charts_view)-[0-9a-f]+\.wasm\)$/,
      "the chunk loader logs its failed fetch":
        /^console error: TypeError: Failed to fetch\n\s+at http:\/\/127\.0\.0\.1:\d+\/__wasm_split-[0-9a-f]+\.js:/,
    },
  });

  test("after the first visit the app reloads with the network gone", async ({ page, context }) => {
    await page.goto("./#p=1.2.2");
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => caches.keys())).toHaveLength(1);
    // A view's chunk is cached when the view is first opened.
    await page.goto("./#view=indicators");
    await expect(page.getByTestId("indicator-table")).toBeVisible();
    await page.goto("./#p=1.2.2");
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    await page.getByTestId("search-input").fill("碳市场");
    await expect(page.getByTestId("search-status")).toHaveText("2 段");
    await page.goto("./#view=indicators");
    await expect(page.getByTestId("indicator-table")).toBeVisible();
    // A view never opened online says so, and the rest of the app goes on.
    await page.goto("./#view=charts");
    await expect(page.getByTestId("chunk-unavailable")).toBeVisible();
    await expect(page.getByTestId("search-input")).toBeVisible();
    // The same page under its other URL.
    await page.goto("./index.html#p=1.2.2");
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    // Back online, the same view loads without a reload.
    await context.setOffline(false);
    await page.goto("./index.html#view=charts");
    await expect(page.getByTestId("chart-card").first()).toBeVisible();
  });
});

for (const entry of ["./", "./index.html"]) {
  test(`a first visit to ${entry} downloads the page once, service-worker precaching included`, async ({ page, context }) => {
    const precached = JSON.parse(readFileSync("dist/sw.js", "utf8").match(/const FILES = (\[.*\]);/)?.[1] ?? "[]");
    let fromWorker = 0;
    const pageBodies: Promise<number>[] = [];
    context.on("requestfinished", (request) => {
      if (request.serviceWorker()) fromWorker++;
      if (/\/(index\.html)?$/.test(new URL(request.url()).pathname)) {
        pageBodies.push(request.sizes().then((sizes) => sizes.responseBodySize));
      }
    });
    await page.goto(entry);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The worker's script and its precaching: the page, fetched first, then
    // every file in its list.
    await expect.poll(() => fromWorker).toBeGreaterThanOrEqual(precached.length + 1);
    const downloads = (await Promise.all(pageBodies)).filter((bytes) => bytes > 0);
    expect(downloads).toHaveLength(1);
  });
}

test("the worker precaches the app shell under one versioned cache, open data on use", async ({ page, context }) => {
  const worker = readFileSync("dist/sw.js", "utf8");
  const version = worker.match(/report-explorer-([0-9a-f]{16})/)?.[1];
  expect(version).toBeTruthy();
  for (const file of ["./prerender-gate.js", "./manifest.webmanifest"]) {
    expect(worker).toContain(`"${file}"`);
  }
  // The page is cached once, under the folder's URL; nothing else is
  // needed without JavaScript, and the open data waits for its first use.
  for (const file of ["./index.html", "./noscript.css", "./data/indicators.csv"]) {
    expect(worker).not.toContain(`"${file}"`);
  }
  await page.goto("./");
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Named by the build's version and the folder it serves (its scope).
  const cache = `report-explorer-${version} ${new URL("./", page.url()).href}`;
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([cache]);
  const pageCached = await page.evaluate(async (name) => (await (await caches.open(name)).match("./")) !== undefined, cache);
  expect(pageCached).toBe(true);
  const manifest = await page.evaluate(() => fetch("manifest.webmanifest").then((r) => r.json()));
  expect(manifest.icons.length).toBeGreaterThan(0);
  // An open data file fetched once stays available offline.
  await page.reload();
  await page.evaluate(() => navigator.serviceWorker.ready);
  const csv = () => page.evaluate(() => fetch("data/indicators.csv").then((r) => r.text()));
  const online = await csv();
  await context.setOffline(true);
  expect(await csv()).toBe(online);
  await context.setOffline(false);
});

test("dist-single/index.html runs a search from file://", async ({ page }) => {
  await page.goto(`${pathToFileURL(resolve("dist-single/index.html")).href}#p=1.6.4`);
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await expect(page.locator('[id="p-1.6.4"]')).toHaveClass(/is-target/);
  await page.getByTestId("search-input").fill("PM2.5");
  await expect(page.getByTestId("search-panel").getByRole("option").first()).toBeVisible();
  await page.locator('[id="p-1.3.3"] .figure[data-indicator="carbon_market_price"]').click();
  await expect(page.getByTestId("figure-value")).toHaveText("97.49元/吨");
  // And draws a chart.
  await page.evaluate(() => (location.hash = "chart=air-pm25"));
  const canvas = page.getByTestId("chart-canvas");
  await expect.poll(() => canvas.evaluate((c) => (c as HTMLCanvasElement).width)).toBeGreaterThan(100);
  await expect.poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length).toBe(4);
});

test("dist-single/index.html serves its open-data downloads from the page, and says embedding needs the hosted copy", async ({ page }) => {
  await page.goto(`${pathToFileURL(resolve("dist-single/index.html")).href}#view=indicators`);
  await expect(page.getByTestId("indicator-table")).toBeVisible();
  for (const [testId, file] of [
    ["download-csv", "indicators.csv"],
    ["download-json", "indicators.json"],
  ]) {
    const download = page.waitForEvent("download");
    await page.getByTestId(testId).click();
    const saved = await (await download).path();
    expect(readFileSync(saved, "utf8")).toBe(readFileSync(`dist/data/${file}`, "utf8"));
    // The app is still there: the link did not lead to a missing file.
    await expect(page.getByTestId("indicator-table")).toBeVisible();
  }
  const download = page.waitForEvent("download");
  await page.locator(".report-footer").getByRole("link", { name: "report.zh.txt" }).click();
  expect(readFileSync(await (await download).path(), "utf8")).toBe(readFileSync("data/2025-national-eco-env-work-report.zh.txt", "utf8"));

  await page.evaluate(() => (location.hash = "chart=carbon-price"));
  await page.getByTestId("chart-embed").click();
  await expect(page.getByTestId("embed-needs-hosting")).toBeVisible();
  await expect(page.getByTestId("embed-snippet")).toHaveCount(0);
});
