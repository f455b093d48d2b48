// The check of the shown text (src/integrity.rs): a copy as built says its
// text is the published one, in the page, in embeds and from disk; a copy
// whose words were changed says that it differs, with the original's
// fingerprint, wherever the text is shown.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, test } from "./fixtures";
import { serveFolder } from "./serve-folder";

const TAMPERED = "target/integrity-e2e/tampered";
/** The canonical text's digest, as `report canonical` gives it. */
const expected = createHash("sha256")
  .update(execFileSync("target/release/report", ["canonical"]))
  .digest("hex");

test("a copy as built says its text matches the published original", async ({ page }) => {
  await page.goto("./");
  const footer = page.getByTestId("integrity");
  await expect(footer).toHaveAttribute("data-integrity", "verified");
  await expect(footer.locator(".report-footer__check")).toHaveAttribute("title", expected);
  await expect(page.getByTestId("integrity-alert")).toHaveCount(0);
});

test("an embed checks the text it shows", async ({ page }) => {
  await page.goto("./#embed=p/1.2.2");
  await expect(page.getByTestId("embed")).toHaveAttribute("data-integrity", "verified");
});

test("without crypto.subtle (plain http) the check fetches its own hashing code", async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Crypto.prototype, "subtle", { get: () => undefined }));
  const chunks: string[] = [];
  page.on("request", (request) => chunks.push(request.url()));
  await page.goto("./");
  await expect(page.getByTestId("integrity")).toHaveAttribute("data-integrity", "verified");
  expect(chunks.some((url) => /split_text_sha256-[0-9a-f]+\.wasm$/.test(url))).toBe(true);
});

test("the single file checks its text from disk", async ({ page }) => {
  await page.goto(`file://${resolve("dist-single/index.html")}`);
  await expect(page.getByTestId("integrity")).toHaveAttribute("data-integrity", "verified");
});

test.describe("a copy whose text was changed", () => {
  // The changed copy's own server, at `baseURL`: the guard allows its origin.
  test.use({
    baseURL: async ({}, use) => {
      const server = await serveFolder(TAMPERED);
      await use(`${server.origin}/`);
      await server.stop();
    },
  });

  test.beforeAll(() => {
    rmSync(TAMPERED, { recursive: true, force: true });
    cpSync("dist", TAMPERED, { recursive: true });
    const index = join(TAMPERED, "index.html");
    const page = readFileSync(index, "utf8");
    // One word of §1.2.2 in the copy the app reads its text from.
    const changed = page.replace("蓝天保卫战加力推进。", "蓝天保卫战全力推进。");
    expect(changed).not.toBe(page);
    writeFileSync(index, changed);
  });

  for (const [where, fragment] of [
    ["the page", ""],
    ["a paragraph embed", "#embed=p/1.2.2"],
    ["a chart embed", "#embed=chart/air-pm25"],
  ]) {
    test(`${where} says so, with the original's fingerprint`, async ({ page }) => {
      await page.goto(`./${fragment}`);
      const alert = page.getByTestId("integrity-alert");
      await expect(alert).toBeVisible();
      await expect(alert).toHaveAttribute("role", "alert");
      await expect(alert).toContainText("与发布的原文不一致");
      await expect(alert.locator("code")).toHaveText(`sha256:${expected}`);
      const state = fragment ? page.getByTestId("embed") : page.getByTestId("integrity");
      await expect(state).toHaveAttribute("data-integrity", "mismatch");
    });
  }

  test("in English too", async ({ page }) => {
    await page.goto("./#lang=en");
    await expect(page.getByTestId("integrity-alert")).toContainText("differs from the published original");
    await expect(page.getByTestId("integrity")).toContainText("differs from the published original");
  });
});
