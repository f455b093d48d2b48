#!/usr/bin/env node
// Minifies the JavaScript glue that wasm-bindgen writes (dist/report-explorer-
// <hash>.js), in place: it comes out readable, about 56 KB, and every first
// visit loads it. Minified it is under half that size (2 KB less gzipped).
// Its exports and the names of the wasm imports are kept, as ES modules
// require; the file name keeps Trunk's hash of the unminified source, which
// changes whenever the glue does.
//
// usage: node scripts/minify-glue.mjs dist
import { transformSync } from "esbuild";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const glue = readdirSync(dist).filter((name) => /^report-explorer-[0-9a-f]+\.js$/.test(name));
if (glue.length !== 1) {
  console.error(`${dist}: expected one wasm-bindgen glue file, found ${glue.length}`);
  process.exit(1);
}
const path = join(dist, glue[0]);
const source = readFileSync(path, "utf8");
const { code } = transformSync(source, { minify: true, format: "esm", target: "es2020", legalComments: "none" });
writeFileSync(path, code);
console.log(`${path}: ${Buffer.byteLength(source)} → ${Buffer.byteLength(code)} bytes`);
