// End-to-end tests against the release build in dist/ (and, in
// dev-build.spec.ts, the debug build scripts/dev serves, in target/dev-dist;
// in second-report.spec.ts, the explorer of reports/gwr-2024),
// served by the same static server as scripts/serve, in Debian's Chromium
// (never a downloaded one).
import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

const port = Number(process.env.E2E_PORT ?? 4173);
/** The same build served with the strict CSP, at the root and under a sub-path. */
export const CSP_ORIGIN = `http://127.0.0.1:${port + 1}`;
export const SUB_PATH_URL = `http://127.0.0.1:${port + 2}/some/sub/path/`;
/** A second origin serving a page that embeds the app. */
export const HOST_ORIGIN = `http://127.0.0.1:${port + 3}`;
/** The debug build that scripts/dev serves, built into target/dev-dist. */
export const DEV_URL = `http://127.0.0.1:${port + 4}/`;
/** Where scripts/test builds it; without it, dev-build.spec.ts fails and says so. */
export const DEV_DIST = "target/dev-dist";
/** The second report's explorer (scripts/build --report reports/gwr-2024 --out …). */
export const SECOND_REPORT_URL = `http://127.0.0.1:${port + 5}/`;
export const SECOND_REPORT_DIST = "target/gwr-2024/dist";

const server = (extra: string, serverPort: number, path = "/", root = "dist") => ({
  command: `node scripts/static-server.mjs --root ${root} --host 127.0.0.1 --port ${serverPort} ${extra}`,
  url: `http://127.0.0.1:${serverPort}${path}`,
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "target/e2e-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  reporter: [["list"]],
  expect: {
    // visual.spec.ts's baselines, one set for every machine: CI runs the
    // same Debian Chromium with the fonts scripts/bootstrap installs.
    toHaveScreenshot: { pathTemplate: "{testDir}/visual/{arg}{ext}" },
  },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    server("", port),
    server("--csp", port + 1),
    server("--csp --prefix /some/sub/path/", port + 2, "/some/sub/path/"),
    ...(existsSync(`${DEV_DIST}/index.html`) ? [server("", port + 4, "/", DEV_DIST)] : []),
    ...(existsSync(`${SECOND_REPORT_DIST}/index.html`) ? [server("", port + 5, "/", SECOND_REPORT_DIST)] : []),
    {
      command: `node scripts/static-server.mjs --root tests/e2e/host --host 127.0.0.1 --port ${port + 3}`,
      url: `http://127.0.0.1:${port + 3}/host.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
