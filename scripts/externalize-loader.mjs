#!/usr/bin/env node
// Moves the inline <script type="module"> loader that Trunk writes into
// index.html to an external, content-hashed file, so the app boots under a
// strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// usage: node scripts/externalize-loader.mjs dist
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentHash } from "./dist-files.mjs";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (!match) {
  if (/<script type="module" src="\.\/boot-[0-9a-f]+\.js">/.test(html)) process.exit(0);
  console.error(`${indexPath}: no inline module loader found`);
  process.exit(1);
}
// The loader also registers the service worker that scripts/offline.mjs
// writes; file:// pages cannot have one.
const register = `
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch((error) => console.warn("offline mode unavailable:", error));
}
`;
// When a visible page shows prerendered text, let the browser paint it
// before the wasm is fetched and compiled: on a small machine that work
// (compiling runs on background threads) competes with rasterising the first
// frame for the CPU. The wait ends at the first contentful paint where the
// browser reports it, else after the first frame. A hidden page (a
// background tab) gets no frames, so it boots at once; the timeout is only a
// backstop.
const afterFirstPaint = `
const prerenderedShown = document.getElementById("prerendered") && !document.documentElement.classList.contains("prerender-hidden");
if (prerenderedShown && document.visibilityState === "visible") {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  const firstPaint = PerformanceObserver.supportedEntryTypes?.includes("paint")
    ? new Promise((resolve) => {
        if (painted()) return resolve();
        new PerformanceObserver((list, observer) => {
          if (painted()) {
            observer.disconnect();
            resolve();
          }
        }).observe({ type: "paint", buffered: true });
      })
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await Promise.race([firstPaint, new Promise((resolve) => setTimeout(resolve, 2000))]);
}
`;
// The glue is imported once the wait is over, not statically (a static
// import is fetched with the boot script, before the first paint): on the
// critical path the page needs its stylesheet and the gate script only.
const staticImport = /import init, \* as bindings from '(\.\/[^']+\.js)';/;
if (!staticImport.test(match[1])) {
  console.error(`${indexPath}: the loader's import of the glue has an unexpected form`);
  process.exit(1);
}
const loader = match[1].trim().replace(staticImport, "const { default: init, ...bindings } = await import('$1');");
const code = afterFirstPaint + loader + "\n" + register;
const name = `boot-${contentHash(code)}.js`;
writeFileSync(join(dist, name), code);
// Trunk's preloads of the wasm and the glue would start those downloads
// before the first paint.
const withoutPreload = html
  .replace(/<link rel="preload" href="\.\/[^"]+_bg\.wasm"[^>]*>\s*/, "")
  .replace(/<link rel="modulepreload" href="\.\/report-explorer-[0-9a-f]+\.js"[^>]*>\s*/, "");
writeFileSync(indexPath, withoutPreload.replace(inline, `<script type="module" src="./${name}"></script>`));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(indexPath, "utf8"))) {
  console.error(`${indexPath}: an inline script remains`);
  process.exit(1);
}
console.log(`moved the loader to ${name}`);
