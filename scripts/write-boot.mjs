#!/usr/bin/env node
// Writes the boot module (assets/boot.js, with the names of this build's
// glue and wasm filled in) as dist/boot-<hash>.js, and puts it in
// index.html in place of the inline loader and the preloads Trunk writes:
// the page must have no inline script to run under a strict
// Content-Security-Policy, and the preloads would fetch the wasm before the
// first paint that the boot module waits for.
//
// usage: node scripts/write-boot.mjs dist
import { readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { GLUE, WASM, contentHash, onlyFile } from "./dist-files.mjs";

const dist = process.argv[2] ?? "dist";
const indexPath = join(dist, "index.html");
const fail = (message) => {
  console.error(`write-boot: ${indexPath}: ${message}`);
  process.exit(1);
};

const template = readFileSync(new URL("../assets/boot.js", import.meta.url), "utf8");
const code = template
  .replace("./__GLUE__", `./${basename(onlyFile(dist, GLUE))}`)
  .replace("./__WASM__", `./${basename(onlyFile(dist, WASM))}`);
if (code.includes("__GLUE__") || code.includes("__WASM__")) fail("assets/boot.js lacks a placeholder");
const name = `boot-${contentHash(code)}.js`;
writeFileSync(join(dist, name), code);

const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module">[\s\S]*?<\/script>/;
if (!inline.test(html)) fail("no inline loader from Trunk to replace");
const page = html
  .replace(inline, `<script type="module" src="./${name}"></script>`)
  .replace(/<link rel="preload" href="\.\/[^"]+_bg\.wasm"[^>]*>\s*/, "")
  .replace(/<link rel="modulepreload" href="\.\/report-explorer-[0-9a-f]+\.js"[^>]*>\s*/, "");
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) fail("an inline script remains");
writeFileSync(indexPath, page);
console.log(`boot module ${name}`);
