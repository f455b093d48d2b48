#!/usr/bin/env node
// Minifies, in place, the JavaScript every first visit loads:
// - the glue that wasm-bindgen writes (dist/report-explorer-<hash>.js): it
//   comes out readable, about 56 KB, and minified it is under half that
//   (2 KB less gzipped). Its exports and the names of the wasm imports are
//   kept, as ES modules require;
// - the boot module (dist/boot-<hash>.js, scripts/externalize-loader.mjs);
// - the gate script (dist/prerender-gate.js), which the page waits for
//   before its first paint and whose source is mostly comments.
// File names keep the hash of the unminified source, which changes whenever
// the source does.
//
// usage: node scripts/minify-js.mjs dist
import { transformSync } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GLUE, onlyFile } from "./dist-files.mjs";

const dist = process.argv[2] ?? "dist";
const files = [
  { path: onlyFile(dist, GLUE), format: "esm", target: "es2020" },
  // Awaits at its top level.
  { path: onlyFile(dist, /^boot-[0-9a-f]+\.js$/), format: "esm", target: "es2022" },
  // A classic script: no format, so its top level stays as written.
  { path: join(dist, "prerender-gate.js"), target: "es2020" },
];
for (const { path, format, target } of files) {
  const source = readFileSync(path, "utf8");
  const { code } = transformSync(source, { minify: true, format, target, legalComments: "none" });
  writeFileSync(path, code);
  console.log(`${path}: ${Buffer.byteLength(source)} → ${Buffer.byteLength(code)} bytes`);
}
