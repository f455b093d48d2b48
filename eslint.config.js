// Lints the app's own JavaScript (assets/), the build's scripts
// (scripts/*.mjs) and the test host pages' scripts: scripts/test runs `npx eslint`.
import js from "@eslint/js";
import globals from "globals";

export default [
  // Built output and installed packages.
  { ignores: ["dist/", "dist-*/", "target/", "test-results/", "playwright-report/", ".tools/"] },
  js.configs.recommended,
  {
    // The boot module: an ES module in the page.
    files: ["assets/boot.js"],
    languageOptions: { sourceType: "module", globals: globals.browser },
  },
  {
    // Classic scripts in the page: the gate, and the helper embedding pages load.
    files: ["assets/prerender-gate.js", "assets/embed.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    // The test host pages' scripts: classic scripts in the page.
    files: ["tests/e2e/host/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
  {
    files: ["assets/sw.js"],
    languageOptions: { sourceType: "script", globals: globals.serviceworker },
  },
  {
    files: ["scripts/**/*.mjs", "eslint.config.js"],
    languageOptions: { sourceType: "module", globals: globals.node },
  },
  {
    // Functions that scripts pass to the browser (Playwright's evaluate) run there.
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
