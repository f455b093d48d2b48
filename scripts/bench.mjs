#!/usr/bin/env node
// Measures the built app in Debian's Chromium and prints a table.
//
// First load: 5 cold loads each of the app and of a plain HTML page of the
// same report (scripts/bench-plain.mjs), alternated so both see the same
// noise: bytes (raw, and each response gzipped at level 9), requests, first
// contentful paint, and the time until the app's search box answers. Then
// 25 pairs of loads that only take the first contentful paint, each pair in
// random order: the paint of one load varies by tens of milliseconds on a
// small machine, so their medians compare the two pages more steadily than
// five loads can.
// Lighthouse 12 on the reader, charts and indicators views, three runs each,
// reporting the run nearest the median (skip with --no-lighthouse).
//
// Search: for a fixed list of queries, typed one character at a time, the
// time from the input event to (a) the results being in the DOM and laid out
// and (b) the next painted frame (rAF, then a task after the paint).
// Also: search index build time in wasm (performance measures the app
// records) and the index's heap size (from the CLI), asset sizes, and the
// wasm's bytes by owner (scripts/wasm-owners.mjs).
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { coldLoad, paintOnly } from "./bench-load.mjs";
import { launchChromium, serveFolder } from "./browser.mjs";
import { lighthouse } from "./bench-lighthouse.mjs";
import { writePlainPage } from "./bench-plain.mjs";
import { namedReleaseWasm, wasmOwners } from "./wasm-owners.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const root = option("root", "dist");
const cli = option("cli", "target/release/report");
const port = Number(option("port", "4180"));
const QUERIES = ["碳市场", "PM2.5", "生态环境保护", "97.49", "VOCs", "蓝天 碧水", "碳市場交易", "超低排放改造", "不存在的词语"];
const ROUNDS = 5;
const COLD_LOADS = 5;
const PAINT_PAIRS = 25;
const plainRoot = "target/bench-plain";
const plainPort = port + 1;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => ms.toFixed(2);

writePlainPage(root, plainRoot);
const server = await serveFolder(root, port);
const plainServer = await serveFolder(plainRoot, plainPort);

const browser = await launchChromium();
try {
  const loads = { app: [], plain: [] };
  for (let run = 0; run < COLD_LOADS; run++) {
    loads.app.push(await coldLoad(browser, `http://127.0.0.1:${port}/`, { app: true }));
    loads.plain.push(await coldLoad(browser, `http://127.0.0.1:${plainPort}/`, { app: false }));
  }
  const loadMedian = (page, key) => median(loads[page].map((load) => load[key]));
  const paints = { app: [], plain: [] };
  for (let pair = 0; pair < PAINT_PAIRS; pair++) {
    const order = Math.random() < 0.5 ? ["app", "plain"] : ["plain", "app"];
    for (const which of order) {
      const url = which === "app" ? `http://127.0.0.1:${port}/` : `http://127.0.0.1:${plainPort}/`;
      paints[which].push(await paintOnly(browser, url));
    }
  }

  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector("[data-testid=search-input]");
  const measure = (name) =>
    page.evaluate((name) => performance.getEntriesByName(`report-explorer:${name}`)[0]?.duration ?? NaN, name);
  // The index builds in short tasks, one measure each, until it is ready.
  await page.waitForFunction(() => performance.getEntriesByName("report-explorer:search-index-ready").length > 0);
  const indexTasks = await page.evaluate(() =>
    performance.getEntriesByName("report-explorer:search-index-build").map((entry) => entry.duration),
  );
  const indexBuild = indexTasks.reduce((sum, duration) => sum + duration, 0);
  const startData = await measure("start-data");
  const startIndicators = await measure("start-indicators");
  const mount = await measure("mount");

  const samples = await page.evaluate(async ({ queries, rounds }) => {
    const input = document.querySelector("[data-testid=search-input]");
    const rendered = (value) => document.querySelector("[data-testid=search-panel]")?.dataset.query === value;
    const settle = async (value) => {
      while (!rendered(value)) await new Promise((r) => setTimeout(r, 0));
    };
    const dom = [];
    const paint = [];
    const perQuery = [];
    const lastSearch = () => performance.getEntriesByName("report-explorer:search").at(-1)?.duration ?? NaN;
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        input.focus();
        input.value = "";
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await new Promise((r) => setTimeout(r, 30));
        const chars = [...query];
        for (let n = 1; n <= chars.length; n++) {
          const value = chars.slice(0, n).join("");
          if (!value.trim()) continue;
          // Start at a random point of the frame, as real keystrokes do.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, Math.random() * 16)));
          const start = performance.now();
          input.value = value;
          input.dispatchEvent(new InputEvent("input", { bubbles: true }));
          // Leptos renders in a microtask: wait for it, then force layout.
          while (!rendered(value)) await Promise.resolve();
          document.body.getBoundingClientRect();
          dom.push(performance.now() - start);
          perQuery.push([value, lastSearch()]);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          paint.push(performance.now() - start);
          await settle(value);
        }
      }
    }
    return { dom, paint, perQuery };
  }, { queries: QUERIES, rounds: ROUNDS });

  const queryTimes = await page.evaluate(() =>
    performance.getEntriesByName("report-explorer:search").map((entry) => entry.duration),
  );
  // Charts: every chart of the gallery drawn at device pixel ratio 2, then
  // redrawn as the pointer moves over each.
  const chartContext = await browser.newContext({ deviceScaleFactor: 2, viewport: { width: 1280, height: 900 } });
  const chartPage = await chartContext.newPage();
  await chartPage.goto(`http://127.0.0.1:${port}/#view=charts`);
  await chartPage.waitForSelector("[data-testid=chart-canvas][data-marks]");
  await chartPage.waitForTimeout(500);
  for (const canvas of await chartPage.locator("[data-testid=chart-canvas]").all()) {
    await canvas.scrollIntoViewIfNeeded();
    const marks = ((await canvas.getAttribute("data-marks")) ?? "").split(" ").filter(Boolean);
    for (const mark of marks) {
      const [x, y] = mark.split(",").map(Number);
      await canvas.hover({ position: { x, y } });
    }
  }
  const chartEntries = await chartPage.evaluate(() =>
    performance
      .getEntriesByType("measure")
      .filter((entry) => entry.name.startsWith("report-explorer:chart-render:"))
      .map((entry) => [entry.name.split(":").at(-1), entry.duration]),
  );
  const chartTimes = chartEntries.map(([, ms]) => ms);
  const perChart = new Map();
  for (const [id, ms] of chartEntries) perChart.set(id, [...(perChart.get(id) ?? []), ms]);
  await chartContext.close();

  const stats = JSON.parse(execFileSync(cli, ["stats", "--json"], { encoding: "utf8" }));
  const assets = readdirSync(root).filter((f) => /\.(wasm|js|css|html)$/.test(f));
  const size = (ext) =>
    assets.filter((f) => f.endsWith(ext)).reduce(
      (acc, f) => {
        const bytes = readFileSync(join(root, f));
        return [acc[0] + statSync(join(root, f)).size, acc[1] + gzipSync(bytes, { level: 9 }).length];
      },
      [0, 0],
    );

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const firstLoad = [
    ["first load: bytes raw", kb(loadMedian("app", "raw")), kb(loadMedian("plain", "raw"))],
    ["first load: bytes gzip -9", kb(loadMedian("app", "gzip")), kb(loadMedian("plain", "gzip"))],
    ["first load: bytes on the wire", kb(loadMedian("app", "wire")), kb(loadMedian("plain", "wire"))],
    ["first load: requests", String(loadMedian("app", "requests")), String(loadMedian("plain", "requests"))],
    ["first load: first contentful paint", `${fmt(loadMedian("app", "fcp"))} ms`, `${fmt(loadMedian("plain", "fcp"))} ms`],
    ["first load: interactive (search answers / DOM ready)", `${fmt(loadMedian("app", "interactive"))} ms`, `${fmt(loadMedian("plain", "interactive"))} ms`],
  ];
  // Each pair's ratio, then their median: the two loads of a pair ran one
  // after the other, under the same load on the machine.
  const steadyRatio = median(paints.app.map((app, pair) => app / paints.plain[pair]));
  firstLoad.push([
    `first contentful paint, median of ${PAINT_PAIRS} paired loads`,
    `${fmt(median(paints.app))} ms`,
    `${fmt(median(paints.plain))} ms`,
    `median of the pairs' ratios ${steadyRatio.toFixed(2)}`,
  ]);
  const firstWidth = Math.max(...firstLoad.map((r) => r[0].length));
  console.log(`${"median of 5 cold loads".padEnd(firstWidth)}  ${"app".padStart(12)}  ${"plain HTML".padStart(12)}`);
  for (const [name, app, plain, note = ""] of firstLoad) {
    console.log(`${name.padEnd(firstWidth)}  ${app.padStart(12)}  ${plain.padStart(12)}  ${note}`.trimEnd());
  }
  console.log("");

  const audits = [];
  if (!args.includes("--no-lighthouse")) {
    for (const [name, fragment] of [["reader", ""], ["charts", "#view=charts"], ["indicators", "#view=indicators"]]) {
      audits.push([name, lighthouse(`http://127.0.0.1:${port}/${fragment}`)]);
    }
    const header = ["lighthouse", "perf", "a11y", "best", "seo", "FCP", "LCP", "TBT", "CLS", "  perf of each run"];
    console.log(header.map((h, i) => (i ? h.padStart(8) : h.padEnd(12))).join(""));
    for (const [name, audit] of audits) {
      const { scores } = audit;
      const cells = [scores.performance, scores.accessibility, scores["best-practices"], scores.seo].map(String);
      cells.push(`${Math.round(audit.fcp)}ms`, `${Math.round(audit.lcp)}ms`, `${Math.round(audit.tbt)}ms`, audit.cls.toFixed(3));
      cells.push(`  ${audit.performanceRuns.join(" ")}`.padEnd(18));
      console.log(name.padEnd(12) + cells.map((c) => c.padStart(8)).join(""));
    }
    for (const [name, audit] of audits) {
      if (audit.failing.length) console.log(`  ${name}: below 0.9: ${audit.failing.join(", ")}`);
    }
    console.log("");
  }

  const rows = [
    ["search: keystroke → results in DOM + layout, median", `${fmt(median(samples.dom))} ms`, `${samples.dom.length} keystrokes`],
    ["search: keystroke → results in DOM + layout, max", `${fmt(Math.max(...samples.dom))} ms`, ""],
    ["search: keystroke → next painted frame, median", `${fmt(median(samples.paint))} ms`, "keystrokes at random frame phases"],
    ["search: one query in wasm, median", `${fmt(median(queryTimes))} ms`, `${queryTimes.length} queries`],
    ["search: one query in wasm, max", `${fmt(Math.max(...queryTimes))} ms`, ""],
    ["app start: report read from the page", `${fmt(startData)} ms`, "performance measure"],
    ["app start: indicators parsed", `${fmt(startIndicators)} ms`, "performance measure, a task of its own"],
    ["app start: mount, in short tasks, until shown", `${fmt(mount)} ms`, "performance measure"],
    ["search index build in wasm (start-up), all its tasks", `${fmt(indexBuild)} ms`, `${indexTasks.length} tasks`],
    ["search index build in wasm, longest task", `${fmt(Math.max(...indexTasks))} ms`, "performance measure"],
    ["charts: one chart drawn at DPR 2, median", `${fmt(median(chartTimes))} ms`, `${chartTimes.length} draws`],
    ["charts: one chart drawn at DPR 2, max", `${fmt(Math.max(...chartTimes))} ms`, ""],
    ...[...perChart].map(([id, times]) => [`  chart ${id}, median at DPR 2`, `${fmt(median(times))} ms`, `${times.length} draws`]),
    ["search index heap size", `${(stats.search_index_bytes / 1024).toFixed(1)} KB`, "report stats --json"],
  ];
  for (const ext of [".wasm", ".js", ".css", ".html"]) {
    const [raw, gz] = size(ext);
    rows.push([`dist/*${ext}`, `${(raw / 1024).toFixed(1)} KB`, `${(gz / 1024).toFixed(1)} KB gzip`]);
  }
  // Each owner's share of the wasm: the case for or against a framework is
  // in these rows.
  const { owners, total } = wasmOwners(namedReleaseWasm("target/bench-wasm"));
  for (const [owner, raw, gz] of owners) {
    rows.push([`  wasm: ${owner}`, `${(raw / 1024).toFixed(1)} KB`, `${((100 * raw) / total).toFixed(0)}%, ${(gz / 1024).toFixed(1)} KB gzipped alone`]);
  }
  const slowest = [...samples.perQuery].sort((a, b) => b[1] - a[1]).slice(0, 3);
  rows.push(["search: slowest queries in wasm", slowest.map(([q, ms]) => `${q} ${fmt(ms)} ms`).join(", "), ""]);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [name, value, note] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(10)}  ${note}`);
  // The paired loads' ratio: steadier than the ratio of the 5 cold loads.
  console.log(
    `SUMMARY fcp_ratio=${steadyRatio.toFixed(2)} first_load_gzip_kb=${(loadMedian("app", "gzip") / 1024).toFixed(1)} interactive_ms=${fmt(loadMedian("app", "interactive"))} search_ms=${fmt(median(samples.paint))} chart_ms=${fmt(median(chartTimes))}`,
  );
} finally {
  await browser.close();
  server.kill();
  plainServer.kill();
}
