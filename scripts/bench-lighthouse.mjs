// Lighthouse 12 audits for scripts/bench: performance, accessibility, best
// practices and SEO of one view, with Lighthouse's default mobile settings
// (simulated slow 4G and a 4× slower CPU), in Debian's Chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Scores (0–100) by category and the failing audits, for one URL. */
export function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), "lighthouse-"));
  const report = join(dir, "report.json");
  try {
    execFileSync(
      "node_modules/.bin/lighthouse",
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${report}`,
        `--only-categories=${CATEGORIES.join(",")}`,
        `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --user-data-dir=${join(dir, "profile")}`,
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
    );
    const result = JSON.parse(readFileSync(report, "utf8"));
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((result.categories[id]?.score ?? NaN) * 100)]));
    const failing = Object.values(result.audits)
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
    const metric = (id) => result.audits[id]?.numericValue ?? NaN;
    return { scores, failing, fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), cls: metric("cumulative-layout-shift") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
