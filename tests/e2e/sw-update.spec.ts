// A service-worker update: two builds deployed one after the other to the
// same folder, served by a static server of the test's own.
//
// Build A is dist/. Build B is a second deploy made from it without a
// compiler: every content-hashed file renamed (new hashes, every reference
// rewritten, as a rebuild writes them), a visible change in the stylesheet
// (the light page's background) and in the gate script, whose name has no
// hash. scripts/offline.mjs writes each build's sw.js from assets/sw.js as
// it is (for dist/ as built, the file it has), so B's worker precaches B
// under a version of its own and both builds run the same worker code.
//
// What assets/sw.js does, and so what these tests hold it to: it never
// calls skipWaiting. A new worker installs (precaching its build into a
// cache of its own) when the browser checks sw.js, which it does on a
// navigation, not on a change of the fragment; it then waits until no tab
// runs the old build, and on activating deletes the old caches. Only the
// very first worker claims the page that installed it. So a tab open across
// the deploy stays on A, a reload stays on A (even of the only tab: the old
// page is still there while the new one loads), and the first visit once
// every tab has closed gets B, provided the browser had seen B's sw.js
// before; a first visit after the deploy still shows A, from the old cache,
// installs B, and the visit after it shows B. The wasm's chunks are cached
// when first used, so a tab open across a deploy that removed A's files
// cannot open a view or popover it had never opened: it says so.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, sep } from "node:path";
import type { Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";
import { serveFolder } from "./serve-folder";

const WORK = "target/sw-update";
/** The folder both builds are deployed to. */
const SITE = `${WORK}/site`;

type Build = {
  name: "A" | "B";
  dir: string;
  /** The build's version, which names its worker's cache (`report-explorer-<version>…`). */
  version: string;
  /** The stylesheet index.html links, `./style-<hash>.css`. */
  stylesheet: string;
  /** `--light-bg` in that stylesheet. */
  lightBackground: string;
  /** Each file's path in the build (`index.html`, `data/charts.json`) and its SHA-256. */
  files: Map<string, string>;
};

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((path) => statSync(join(dir, path)).isFile())
    .map((path) => path.split(sep).join("/"));
}

function describeBuild(name: Build["name"], dir: string): Build {
  const page = readFileSync(join(dir, "index.html"), "utf8");
  const stylesheet = page.match(/<link rel="stylesheet" href="(\.\/style-[0-9a-f]+\.css)">/)?.[1] ?? "";
  const css = readFileSync(join(dir, stylesheet), "utf8");
  const version = readFileSync(join(dir, "sw.js"), "utf8").match(/report-explorer-([0-9a-f]{16})/)?.[1] ?? "";
  const files = new Map(filesOf(dir).map((path) => [path, sha256(readFileSync(join(dir, path)))]));
  return { name, dir, version, stylesheet, lightBackground: css.match(/--light-bg: ([^;]+);/)?.[1] ?? "", files };
}

/** A content hash in a built file's name: `boot-<hash>.js`, `report-explorer-<hash>_bg.wasm`. */
const HASHED = /-([0-9a-f]{14,16})(?:_bg)?\.(?:js|wasm|css|svg)$/;
const TEXT = /\.(?:html|js|css|webmanifest)$/;

/** Build B: dist/ renamed and changed as a second build would be, with its own sw.js. */
function makeBuildB(a: Build): Build {
  const dir = `${WORK}/b`;
  rmSync(dir, { recursive: true, force: true });
  cpSync(a.dir, dir, { recursive: true });
  const renamed = new Map<string, string>();
  for (const path of filesOf(dir)) {
    const hash = basename(path).match(HASHED)?.[1];
    if (hash) renamed.set(hash, sha256(Buffer.from(`${hash} in build B`)).slice(0, hash.length));
  }
  for (const path of filesOf(dir).filter((file) => TEXT.test(file))) {
    let text = readFileSync(join(dir, path), "utf8");
    for (const [from, to] of renamed) text = text.replaceAll(from, to);
    if (path.startsWith("style-")) {
      expect(text, "build A's stylesheet sets the light background").toContain(`--light-bg: ${a.lightBackground};`);
      text = text.replace(`--light-bg: ${a.lightBackground};`, "--light-bg: #f2f7f2;");
    }
    // A file whose name has no hash changes too, so that a page of one
    // build served the other's copy would show.
    if (path === "prerender-gate.js") text += "\n// build B\n";
    writeFileSync(join(dir, path), text);
  }
  for (const path of filesOf(dir)) {
    const hash = basename(path).match(HASHED)?.[1];
    if (hash) renameSync(join(dir, path), join(dir, dirname(path), basename(path).replace(hash, renamed.get(hash) ?? hash)));
  }
  execFileSync(process.execPath, ["scripts/offline.mjs", dir], { stdio: "ignore" });
  const b = describeBuild("B", dir);
  expect(b.version).not.toBe(a.version);
  expect(b.stylesheet).not.toBe(a.stylesheet);
  expect(b.lightBackground).toBe("#f2f7f2");
  expect(b.files.get("prerender-gate.js")).not.toBe(a.files.get("prerender-gate.js"));
  return b;
}

/** Replaces the site's files with the build's, as a deploy that removes old files does. */
function deploy(build: Build) {
  rmSync(SITE, { recursive: true, force: true });
  cpSync(build.dir, SITE, { recursive: true });
}

type Builds = { a: Build; b: Build };

const test = base.extend<{}, { builds: Builds }>({
  builds: [
    async ({}, use) => {
      const dir = `${WORK}/a`;
      rmSync(dir, { recursive: true, force: true });
      cpSync("dist", dir, { recursive: true });
      execFileSync(process.execPath, ["scripts/offline.mjs", dir], { stdio: "ignore" });
      const a = describeBuild("A", dir);
      await use({ a, b: makeBuildB(a) });
    },
    { scope: "worker" },
  ],
  // The site's own server, at `baseURL`: the guard allows its origin.
  baseURL: async ({}, use) => {
    const server = await serveFolder(SITE);
    await use(`${server.origin}/`);
    await server.stop();
  },
});

/** Which build each response a page gets comes from, by its body. */
class Responses {
  readonly seen: Promise<string>[] = [];

  constructor(
    page: Page,
    private readonly builds: Builds,
  ) {
    page.on("response", (response) => {
      const path = decodeURIComponent(new URL(response.url()).pathname.slice(1)) || "index.html";
      this.seen.push(
        response.body().then(
          (body) => `${path} ${response.status()} ${this.builtBy(path, sha256(body))}`,
          (error) => `${path} ${response.status()} unreadable: ${error}`,
        ),
      );
    });
  }

  private builtBy(path: string, hash: string): string {
    const inA = this.builds.a.files.get(path) === hash;
    const inB = this.builds.b.files.get(path) === hash;
    return inA && inB ? "both" : inA ? "A" : inB ? "B" : "neither";
  }

  /** The responses that are not the given build's (or the same in both builds). */
  async notOf(build: Build): Promise<string[]> {
    const all = await Promise.all(this.seen);
    return all.filter((line) => !/ 200 (both|[AB])$/.test(line) || line.endsWith(build.name === "A" ? " B" : " A"));
  }

  /** The paths the page got. */
  async paths(): Promise<string[]> {
    return (await Promise.all(this.seen)).map((line) => line.split(" ")[0]);
  }
}

/** What the page shows: the stylesheet it links and the light background it has. */
const shownBuild = (page: Page) =>
  page.evaluate(() => ({
    stylesheet: document.querySelector('link[rel="stylesheet"]')?.getAttribute("href"),
    lightBackground: getComputedStyle(document.documentElement).getPropertyValue("--light-bg").trim(),
  }));
const shows = (build: Build) => ({ stylesheet: build.stylesheet, lightBackground: build.lightBackground });

/** The version of each cache the origin holds, sorted; a cache not of the worker by its whole name. */
const cachedVersions = (page: Page) =>
  page.evaluate(async () => (await caches.keys()).map((key) => key.match(/^report-explorer-([0-9a-f]{16})/)?.[1] ?? key).sort());
/** The state of the worker waiting to take over, if any. */
const waiting = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

async function openApp(page: Page, fragment: string) {
  await page.goto(`./#${fragment}`);
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
}

async function search(page: Page) {
  await page.getByTestId("search-input").fill("碳市场");
  await expect(page.getByTestId("search-status")).toHaveText("2 段");
  await page.getByTestId("search-input").fill("");
}

const chartMarks = async (page: Page) =>
  ((await page.getByTestId("chart-canvas").first().getAttribute("data-marks")) ?? "").split(" ").filter(Boolean).length;

/** A first visit to build A: its worker installs and claims the page; the views opened cache their chunks. */
async function firstVisitToA(page: Page, { a }: Builds) {
  await openApp(page, "p=1.2.2");
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.goto("./#view=indicators");
  await expect(page.getByTestId("indicator-table")).toBeVisible();
  await page.goto("./#chart=air-pm25");
  await expect.poll(() => chartMarks(page)).toBe(4);
  await page.goto("./#p=1.2.2");
  expect(await cachedVersions(page)).toEqual([a.version]);
  expect(await shownBuild(page)).toEqual(shows(a));
}

test.describe("a tab open across the deploy", () => {
  test.use({
    allowedProblems: {
      // A popover the tab never opened needs A's chunk, which the deploy removed.
      "the browser reports each of A's chunks the deploy removed":
        /^console error: Failed to load resource: the server responded with a status of 404 \(Not Found\) \(at http:\/\/127\.0\.0\.1:\d+\/(chunk_\d+|split_citation_popover)-[0-9a-f]+\.wasm\)$/,
      "the chunk loader logs the chunk it could not compile":
        /^console error: TypeError: Failed to execute 'compile' on 'WebAssembly': HTTP status code is not ok \(at http:\/\/127\.0\.0\.1:\d+\/__wasm_split-[0-9a-f]+\.js\)$/,
    },
  });

  test("keeps working on build A, and the visit after every tab has closed gets B alone", async ({ page, context, builds }) => {
    test.slow();
    const { a, b } = builds;
    deploy(a);
    const first = new Responses(page, builds);
    await firstVisitToA(page, builds);

    deploy(b);
    // The open tab goes on with A: the views it opened, a chart, search.
    await page.goto("./#view=indicators");
    await expect(page.getByTestId("indicator-table")).toBeVisible();
    await page.goto("./#chart=air-pm25");
    await expect.poll(() => chartMarks(page)).toBe(4);
    await page.goto("./#p=1.6.4");
    await expect(page.getByTestId("paragraph")).toHaveCount(85);
    await search(page);
    expect(await shownBuild(page)).toEqual(shows(a));
    // A popover it never opened needs a chunk of A that is gone: it says
    // so, loads nothing of B, and the rest of the app goes on.
    await page.goto("./#p=1.2.2");
    await page.locator('[id="p-1.2.2"]').evaluate((element) => element.scrollIntoView({ block: "center", behavior: "instant" }));
    await page.locator('[id="p-1.2.2"] .cite-marker').click();
    await expect(page.getByTestId("chunk-unavailable")).toBeVisible();
    await page.keyboard.press("Escape");
    await search(page);

    // A second tab: its navigation has the browser check sw.js, and B's
    // worker installs and waits. The tab is A's, from A's cache.
    const second = await context.newPage();
    const secondResponses = new Responses(second, builds);
    await openApp(second, "view=indicators");
    await expect(second.getByTestId("indicator-table")).toBeVisible();
    expect(await shownBuild(second)).toEqual(shows(a));
    await expect.poll(() => waiting(second)).toBe("installed");
    expect(await cachedVersions(second)).toEqual([a.version, b.version].sort());
    // A reload while a tab runs A stays on A.
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    expect(await shownBuild(page)).toEqual(shows(a));
    await search(page);

    const removed = /^(chunk_\d+|split_citation_popover)-[0-9a-f]+\.wasm 404 /;
    expect((await first.notOf(a)).filter((line) => !removed.test(line)), "every response the first tab got is A's").toEqual([]);
    expect(await secondResponses.notOf(a), "every response the second tab got is A's").toEqual([]);
    expect(await first.paths()).toEqual(expect.arrayContaining(["prerender-gate.js", a.stylesheet.slice(2)]));

    // Every tab closes; B's worker takes over, and the next visit is B's.
    await page.close();
    await second.close();
    const next = await context.newPage();
    const nextResponses = new Responses(next, builds);
    await openApp(next, "p=1.2.2");
    expect(await shownBuild(next)).toEqual(shows(b));
    await expect.poll(() => cachedVersions(next), "A's cache is deleted").toEqual([b.version]);
    expect(await waiting(next)).toBeNull();
    // B's views, the chunks it had not precached included, and search.
    await next.goto("./#view=charts");
    await expect.poll(() => chartMarks(next)).toBeGreaterThan(0);
    await next.goto("./#view=indicators");
    await expect(next.getByTestId("indicator-table")).toBeVisible();
    await next.goto("./#p=1.2.2");
    await search(next);
    expect(await nextResponses.notOf(b), "every response after the switch is B's").toEqual([]);
    const paths = await nextResponses.paths();
    expect(paths).toEqual(expect.arrayContaining(["index.html", "prerender-gate.js", b.stylesheet.slice(2)]));
    expect(paths.filter((path) => !b.files.has(path)), "no file of A is asked for").toEqual([]);
  });
});

test("a first visit after the deploy shows A and installs B; the visit after it shows B", async ({ page, context, builds }) => {
  test.slow();
  const { a, b } = builds;
  deploy(a);
  await firstVisitToA(page, builds);
  await page.close();

  deploy(b);
  const visit = await context.newPage();
  const visitResponses = new Responses(visit, builds);
  await openApp(visit, "view=indicators");
  await expect(visit.getByTestId("indicator-table")).toBeVisible();
  expect(await shownBuild(visit)).toEqual(shows(a));
  await search(visit);
  await expect.poll(() => waiting(visit)).toBe("installed");
  // A reload of the only tab is not enough: the old page is still there
  // while the new one loads, so A's worker answers it.
  await visit.reload();
  await expect(visit.locator("html")).toHaveAttribute("data-app", "ready");
  expect(await shownBuild(visit)).toEqual(shows(a));
  expect(await waiting(visit)).toBe("installed");
  expect(await visitResponses.notOf(a), "every response of the visit is A's").toEqual([]);
  await visit.close();

  const next = await context.newPage();
  const nextResponses = new Responses(next, builds);
  await openApp(next, "chart=air-pm25");
  await expect.poll(() => chartMarks(next)).toBe(4);
  expect(await shownBuild(next)).toEqual(shows(b));
  await expect.poll(() => cachedVersions(next), "A's cache is deleted").toEqual([b.version]);
  await search(next);
  expect(await nextResponses.notOf(b), "every response after the switch is B's").toEqual([]);
});

// Not a test of the worker: the server the tests deploy to serves what is
// in the folder now, whatever it served before.
test("the site's server serves each deploy's files", async ({ request, builds }) => {
  for (const build of [builds.a, builds.b]) {
    deploy(build);
    const page = await (await request.get("./")).text();
    expect(page).toContain(build.stylesheet);
    expect((await request.get(build.stylesheet)).ok()).toBe(true);
  }
  expect((await request.get(builds.a.stylesheet)).status()).toBe(404);
});
