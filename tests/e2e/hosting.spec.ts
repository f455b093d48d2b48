// Static hosting: a strict Content-Security-Policy sent as a header and a
// sub-path, with zero violations, every request on the origin, every view working.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CSP_ORIGIN, SUB_PATH_URL } from "../../playwright.config";

/**
 * Requests that leave `base`: stricter than the guard of fixtures.ts, which
 * allows every server the tests start (and catches errors).
 */
function requestsLeaving(page: Page, base: string): string[] {
  const left: string[] = [];
  page.on("request", (r) => !r.url().startsWith(base) && left.push(r.url()));
  return left;
}

/** Records CSP violations from the first script on. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Uses every view and popover once. */
async function exerciseTheApp(page: Page, base: string) {
  await page.goto(`${base}#p=1.6.4`);
  await expect(page.getByTestId("paragraph")).toHaveCount(85);
  await page.locator('[id="p-1.6.4"] .figure').first().click();
  await expect(page.getByTestId("figure-popover")).toBeVisible();
  await page.locator('[id="p-1.2.2"] .cite-marker').click();
  await expect(page.getByTestId("citation-popover")).toBeVisible();
  await page.getByTestId("search-input").fill("碳市场");
  await expect(page.getByTestId("search-panel")).toHaveAttribute("data-query", "碳市场");
  await page.keyboard.press("Enter");
  await expect(page.locator(".reader mark").first()).toBeVisible();
  await page.goto(`${base}#view=indicators&theme=dark&lang=en`);
  await expect(page.getByTestId("indicator-table")).toBeVisible();
  await page.goto(`${base}#view=charts`);
  const canvas = page.getByTestId("chart-canvas").first();
  await expect.poll(async () => ((await canvas.getAttribute("data-marks")) ?? "").length).toBeGreaterThan(0);
  const [x, y] = ((await canvas.getAttribute("data-marks")) ?? "").split(" ")[0].split(",").map(Number);
  await canvas.hover({ position: { x, y } });
  await expect(page.getByTestId("chart-tooltip")).toBeVisible();
  await page.goto(`${base}#embed=chart/hazards`);
  await expect(page.getByTestId("chart-canvas")).toBeVisible();
  await page.goto(`${base}#embed=section/1.2&theme=dark`);
  await expect(page.getByTestId("embed")).toBeVisible();
  await page.goto(`${base}#p=9.9.9`);
  await expect(page.getByTestId("notice")).toBeVisible();
}

test("the strict CSP header causes zero violations on every view", async ({ page }) => {
  await watchViolations(page);
  const left = requestsLeaving(page, CSP_ORIGIN);
  const response = await page.goto(`${CSP_ORIGIN}/`);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await exerciseTheApp(page, `${CSP_ORIGIN}/`);
  expect(await violations(page)).toEqual([]);
  expect(left).toEqual([]);
});

test("the app works under a sub-path with relative URLs only", async ({ page }) => {
  await watchViolations(page);
  const left = requestsLeaving(page, SUB_PATH_URL);
  await exerciseTheApp(page, SUB_PATH_URL);
  expect(await violations(page)).toEqual([]);
  expect(left).toEqual([]);
  // The open data downloads resolve under the sub-path too.
  const csv = await page.request.get(`${SUB_PATH_URL}data/indicators.csv`);
  expect(csv.ok()).toBe(true);
});
