// Lighthouse 12 audits for scripts/bench: performance, accessibility, best
// practices and SEO of one view, with Lighthouse's default mobile settings
// (simulated slow 4G and a 4× slower CPU), in Debian's Chromium. One run's
// blocking time varies a lot from run to run on a busy 2-core machine; as
// Lighthouse's guide to variability (docs/variability.md) advises, each view
// is audited several times and the run nearest the median is reported
// (Lighthouse's own computeMedianRun).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

/** Runs audited per view. */
const RUNS = 3;

/**
 * Scores (0–100) by category and the failing audits, for one URL: of the
 * run nearest the median of `runs` runs, with every run's performance
 * score.
 */
export function lighthouse(url, runs = RUNS) {
  const results = Array.from({ length: runs }, () => audit(url));
  const result = computeMedianRun(results);
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((result.categories[id]?.score ?? NaN) * 100)]));
  const failing = Object.values(result.audits)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative")
    .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
  const metric = (id) => result.audits[id]?.numericValue ?? NaN;
  const performanceRuns = results.map((run) => Math.round(run.categories.performance.score * 100));
  return { scores, failing, performanceRuns, fcp: metric("first-contentful-paint"), lcp: metric("largest-contentful-paint"), tbt: metric("total-blocking-time"), cls: metric("cumulative-layout-shift") };
}

/** One Lighthouse run of `url`: its result (LHR). */
function audit(url) {
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
    return JSON.parse(readFileSync(report, "utf8"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
