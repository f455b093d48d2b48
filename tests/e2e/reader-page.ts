// Page object for the reader, and the `reader` fixture that hands it to a
// test; the guard against errors and outside requests comes from fixtures.ts.
import type { Locator, Page } from "@playwright/test";
import { test as base, expect } from "./fixtures";

export class ReaderPage {
  readonly paragraphs: Locator;
  readonly toc: Locator;
  readonly tocToggle: Locator;
  readonly langToggle: Locator;
  readonly themeToggle: Locator;
  readonly notice: Locator;
  readonly searchInput: Locator;
  readonly searchPanel: Locator;
  readonly searchHits: Locator;

  constructor(readonly page: Page) {
    this.paragraphs = page.getByTestId("paragraph");
    this.toc = page.getByTestId("toc");
    this.tocToggle = page.getByTestId("toc-toggle");
    this.langToggle = page.getByTestId("lang-toggle");
    this.themeToggle = page.getByTestId("theme-toggle");
    this.notice = page.getByTestId("notice");
    this.searchInput = page.getByTestId("search-input");
    this.searchPanel = page.getByTestId("search-panel");
    this.searchHits = this.searchPanel.getByRole("option");
  }

  /**
   * Opens the app at a fragment and waits until the reader has rendered and
   * is shown: the app renders hidden while the prerendered copy is on screen.
   */
  async open(fragment = "") {
    await this.page.goto(fragment ? `./#${fragment}` : "./");
    await expect(this.page.locator("html")).toHaveAttribute("data-app", "ready");
    await expect(this.paragraphs).toHaveCount(85);
  }

  /** Opens the indicators view and waits for its table. */
  async openIndicators(fragment = "view=indicators") {
    await this.page.goto(`./#${fragment}`);
    await expect(this.page.getByTestId("indicator-table")).toBeVisible();
  }

  paragraph(id: string): Locator {
    return this.page.locator(`[id="p-${id}"]`);
  }

  /**
   * Scrolls a reader to the paragraph. Sections far from the viewport are
   * not rendered (`content-visibility: auto`), so their controls are not
   * clickable until someone scrolls to them.
   */
  async scrollToParagraph(id: string): Promise<Locator> {
    const paragraph = this.paragraph(id);
    await paragraph.evaluate((element) => element.scrollIntoView({ block: "center", behavior: "instant" }));
    return paragraph;
  }

  section(id: string): Locator {
    return this.page.locator(`[id="s-${id}"]`);
  }

  tocLink(section: string): Locator {
    return this.toc.locator(`.toc__link[data-section="${section}"]`);
  }

  /** The top of an element relative to the viewport, in CSS pixels. */
  async topOf(locator: Locator): Promise<number> {
    return locator.evaluate((element) => element.getBoundingClientRect().top);
  }

  /** The citation ids of the listed search hits, in order. */
  async hitIds(): Promise<string[]> {
    return this.searchHits.evaluateAll((hits) => hits.map((hit) => hit.getAttribute("data-paragraph") ?? ""));
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }
}

type Fixtures = { reader: ReaderPage };

export const test = base.extend<Fixtures>({
  reader: async ({ page }, use) => {
    await use(new ReaderPage(page));
  },
});

export { expect };
