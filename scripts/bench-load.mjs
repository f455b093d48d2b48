// Cold first loads for scripts/bench: a fresh browser context each time (no
// HTTP cache, no service worker yet), every request the context sees
// counted, service-worker precaching included.
import { gzipSync } from "node:zlib";

/** Waits, in the page, until the live search box answers a query. */
function answerFirstQuery() {
  // The app mounts hidden and shows once complete (src/boot.rs): its search
  // box counts once it is on screen.
  const started = () => {
    const input = document.querySelector("[data-testid=search-input]");
    return input?.checkVisibility() ? input : null;
  };
  const answered = () => document.querySelector("[data-testid=search-panel]")?.dataset.query === "碳市场";
  const tryQuery = () => {
    const input = started();
    if (!input) return requestAnimationFrame(tryQuery);
    input.value = "碳市场";
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
    const wait = () => (answered() ? (window.__interactiveAt = performance.now()) : requestAnimationFrame(wait));
    wait();
  };
  tryQuery();
}

/**
 * One cold load of `url`. With `app`, waits until the search box answers;
 * the plain page is interactive when its DOM is ready. Then waits for the
 * network to be quiet (service-worker precaching included).
 */
export async function coldLoad(browser, url, { app }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const bodies = [];
  let wire = 0;
  context.on("requestfinished", async (request) => {
    const finished = (async () => {
      const response = await request.response();
      const sizes = await request.sizes();
      wire += sizes.responseHeadersSize + sizes.responseBodySize;
      // Answered by the service worker: no network transfer.
      if (response?.fromServiceWorker()) return null;
      if (!response || response.status() !== 200) return Buffer.alloc(0);
      // Playwright cannot read the bodies of the worker's own requests (its
      // precaching): what one downloaded is the file the server sends, and
      // one the HTTP cache revalidated brought no body.
      if (request.serviceWorker()) {
        if (sizes.responseBodySize === 0) return Buffer.alloc(0);
        return Buffer.from(await (await fetch(request.url())).arrayBuffer());
      }
      return response.body();
    })().catch(() => Buffer.alloc(0));
    bodies.push(finished);
  });
  const page = await context.newPage();
  if (app) await page.addInitScript(answerFirstQuery);
  await page.goto(url, { waitUntil: "load" });
  if (app) await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 60_000 });
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  await page.waitForLoadState("networkidle");
  const timing = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    interactive: window.__interactiveAt ?? performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
  }));
  const loaded = (await Promise.all(bodies)).filter((body) => body !== null);
  await context.close();
  return {
    requests: loaded.length,
    raw: loaded.reduce((sum, body) => sum + body.length, 0),
    gzip: loaded.reduce((sum, body) => sum + (body.length ? gzipSync(body, { level: 9 }).length : 0), 0),
    wire,
    ...timing,
  };
}

/**
 * First contentful paint of one cold load of `url`, with nothing else
 * measured (no response bodies read, no search typed): many of these give a
 * steadier comparison of paints than the five full loads.
 */
export async function paintOnly(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  const fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0].startTime);
  // Let the app's boot finish before the next load shares the CPU with it.
  await page.waitForLoadState("networkidle");
  await context.close();
  return fcp;
}
