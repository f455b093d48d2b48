// The base of every end-to-end spec: `test` and `expect`, with a guard that
// watches every page of the test's browser context (popups and pages the
// test opens included) and fails the test on a page error, a console error
// or a request that leaves the origins the tests serve.
import { test as base, expect, type BrowserContext, type Page, type Request } from "@playwright/test";
import { CSP_ORIGIN, DEV_URL, HOST_ORIGIN, SECOND_REPORT_URL, SUB_PATH_URL } from "../../playwright.config";

/** The servers playwright.config.ts starts besides the one at `baseURL`. */
const LOCAL_URLS = [CSP_ORIGIN, SUB_PATH_URL, HOST_ORIGIN, DEV_URL, SECOND_REPORT_URL];

export type GuardOptions = {
  /**
   * Problems a test provokes on purpose: why each is expected, and a pattern
   * of the guard's message for it (`page error: …`, `console error: …`,
   * `request left the test servers: …`), narrow enough to match only it.
   * A record, not a list: `test.use` would read a list of two patterns as
   * a fixture and its options.
   */
  allowedProblems: Record<string, RegExp>;
};

type GuardFixtures = GuardOptions & {
  /** Watches the context; fails the test at teardown. */
  guard: void;
};

/**
 * Whether `request` stays on a test server, in the page, or on the disk: a
 * page opened from a file, and what such a page loads.
 */
function staysLocal(request: Request, origins: Set<string>, page?: Page): boolean {
  const url = new URL(request.url());
  if (url.protocol === "data:" || url.protocol === "blob:") return true;
  if (url.protocol === "file:") {
    if (!page) return false;
    const opensPage = request.isNavigationRequest() && request.frame() === page.mainFrame();
    return opensPage || page.url().startsWith("file:");
  }
  return origins.has(url.origin);
}

/** Records every problem of the context's pages and service workers in `problems`. */
function watch(context: BrowserContext, origins: Set<string>, problems: string[]) {
  const watched = new WeakSet<Page>();
  const attach = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on("pageerror", (error) => problems.push(`page error: ${error.message} (on ${page.url()})`));
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const at = message.location().url;
      problems.push(`console error: ${message.text()}${at ? ` (at ${at})` : ""}`);
    });
    page.on("request", (request) => {
      if (!staysLocal(request, origins, page)) problems.push(`request left the test servers: ${request.url()} (from ${page.url()})`);
    });
  };
  context.pages().forEach(attach);
  context.on("page", attach);
  // A service worker's own requests (its precaching) belong to no page.
  context.on("request", (request) => {
    const worker = request.serviceWorker();
    if (worker && !staysLocal(request, origins)) problems.push(`request left the test servers: ${request.url()} (from ${worker.url()})`);
  });
}

export const test = base.extend<GuardFixtures>({
  allowedProblems: [{}, { option: true }],
  guard: [
    async ({ context, baseURL, allowedProblems }, use) => {
      const origins = new Set([baseURL, ...LOCAL_URLS].filter((url): url is string => !!url).map((url) => new URL(url).origin));
      const problems: string[] = [];
      watch(context, origins, problems);
      await use();
      const allowed = Object.values(allowedProblems);
      const unexpected = problems.filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      expect(unexpected, "page errors, console errors or requests that left the test servers").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
