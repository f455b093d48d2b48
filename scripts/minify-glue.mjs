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
import { readFileSync, writeFileSync } from "node:fs";
import { GLUE, onlyFile } from "./dist-files.mjs";

const dist = process.argv[2] ?? "dist";
const path = onlyFile(dist, GLUE);
const source = readFileSync(path, "utf8");
const { code } = transformSync(source, { minify: true, format: "esm", target: "es2020", legalComments: "none" });
writeFileSync(path, code);
console.log(`${path}: ${Buffer.byteLength(source)} → ${Buffer.byteLength(code)} bytes`);
