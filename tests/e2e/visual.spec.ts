// Visual regression: six views, each at a desktop and a phone width, in the
// light and the dark scheme, compared with the screenshots committed in
// tests/e2e/visual/ (24 in all). After a deliberate change to how the app
// looks, scripts/update-screenshots rewrites them; review the new images
// before committing them.
import type { Locator, Page } from "@playwright/test";
import { expect, test, type ReaderPage } from "./reader-page";

type View = {
  name: string;
  fragment: string;
  /** What shows that the view has rendered its content. */
  shown: (reader: ReaderPage) => Locator;
};

const views: View[] = [
  { name: "reader", fragment: "", shown: (reader) => reader.paragraphs.first() },
  { name: "search", fragment: "q=碳市场", shown: (reader) => reader.searchHits.first() },
  { name: "charts", fragment: "view=charts", shown: (reader) => reader.page.getByTestId("chart-canvas").first() },
  { name: "chart", fragment: "chart=air-pm25", shown: (reader) => reader.page.getByTestId("chart-canvas") },
  { name: "indicators", fragment: "view=indicators", shown: (reader) => reader.page.getByTestId("indicator-table") },
  { name: "embed", fragment: "embed=chart/air-pm25", shown: (reader) => reader.page.getByTestId("embed") },
];

const sizes = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/**
 * Waits until nothing on screen is still to come: the app has taken over
 * from the prerendered copy, the view's content is there, the check of the
 * text is done, the fonts are loaded, every chart in the viewport is drawn,
 * and a frame has been painted since.
 */
async function settle(page: Page, shown: Locator) {
  await expect(page.locator("html")).toHaveAttribute("data-app", "ready");
  await expect(shown).toBeVisible();
  await expect(page.locator('[data-integrity="checking"]')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  // A chart sets data-marks once it is drawn at its laid-out size.
  await expect
    .poll(() =>
      page.getByTestId("chart-canvas").evaluateAll((canvases) =>
        canvases
          .filter((canvas) => {
            const box = canvas.getBoundingClientRect();
            return box.width > 0 && box.bottom > 0 && box.top < innerHeight;
          })
          .every((canvas) => (canvas.getAttribute("data-marks") ?? "") !== ""),
      ),
    )
    .toBe(true);
  await page.evaluate(() => new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(painted))));
}

for (const size of sizes) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${size.width} px wide, ${colorScheme}`, () => {
      test.use({ viewport: size, colorScheme });

      for (const view of views) {
        test(`${view.name} looks as it did`, async ({ reader, page }) => {
          await page.goto(view.fragment ? `./#${view.fragment}` : "./");
          await settle(page, view.shown(reader));
          await expect(page).toHaveScreenshot(`${view.name}-${size.width}-${colorScheme}.png`, {
            // The build's version, commit and fingerprints change from build to build.
            mask: [page.getByTestId("integrity")],
            animations: "disabled",
            caret: "hide",
            maxDiffPixelRatio: 0.005,
          });
        });
      }
    });
  }
}
