// Two explorers on one site, each in its own folder with its own service
// worker (the bundled report and the second one): each keeps its own cache,
// so visiting one never deletes the other's offline copy.
import { cpSync, existsSync, rmSync } from "node:fs";
import { SECOND_REPORT_DIST } from "../../playwright.config";
import { expect, test as base } from "./fixtures";
import { serveFolder } from "./serve-folder";

const SITE = "target/sw-folders/site";

const test = base.extend({
  // The site's own server, at `baseURL`: the guard allows its origin.
  baseURL: async ({}, use) => {
    const server = await serveFolder(SITE);
    await use(`${server.origin}/`);
    await server.stop();
  },
});

test.beforeAll(() => {
  expect(existsSync(`${SECOND_REPORT_DIST}/index.html`), "the second report's build (scripts/test makes it)").toBe(true);
  rmSync(SITE, { recursive: true, force: true });
  cpSync("dist", `${SITE}/eco`, { recursive: true });
  cpSync(SECOND_REPORT_DIST, `${SITE}/gwr`, { recursive: true });
});

test("each folder's worker keeps its own cache, and both work offline", async ({ page, context }) => {
  for (const folder of ["eco", "gwr"]) {
    await page.goto(`./${folder}/`);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
    // Installed and in control: the next load is answered from the cache.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  }
  const caches = await page.evaluate(async () => (await globalThis.caches.keys()).sort());
  expect(caches).toHaveLength(2);
  expect(caches.some((name) => name.endsWith("/eco/"))).toBe(true);
  expect(caches.some((name) => name.endsWith("/gwr/"))).toBe(true);
  await context.setOffline(true);
  for (const [folder, title] of [
    ["eco", "深化改革创新 奋力笃行实干"],
    ["gwr", "2024年政府工作报告"],
  ]) {
    await page.goto(`./${folder}/`);
    await expect(page.getByTestId("report-title")).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  }
});
