#!/usr/bin/env node
// Offline support for a built dist/: writes dist/sw.js from assets/sw.js
// (which says what the worker does), filling in this build's version, a
// hash of every file built, and the files to precache: the page and every
// file it loads, but not the open data, embed.js or the wasm's chunks, which
// are cached when first fetched, nor noscript.css, which no page that runs a
// worker loads. index.html is left out too: the worker caches the page once,
// under the folder's URL.
//
// usage: node scripts/offline.mjs dist
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { WASM } from "./dist-files.mjs";

const dist = process.argv[2] ?? "dist";
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(relative(dist, path).split(sep).join("/"));
  }
};
walk(dist);
const built = files.filter((f) => f !== "sw.js");
// The split wasm's chunks (scripts/split-wasm.mjs) hold views the first
// screen does not show: cached, like the open data, when first opened.
const isChunk = (file) => file.endsWith(".wasm") && !WASM.test(file);
const onUse = (file) => file.startsWith("data/") || file === "embed.js" || isChunk(file);
// en.html is a page of its own for readers without JavaScript: the app
// never loads it.
const notCached = (file) => file === "index.html" || file === "noscript.css" || file === "en.html";
const precache = built.filter((file) => !onUse(file) && !notCached(file));
const hash = createHash("sha256");
for (const file of built) hash.update(file).update(readFileSync(join(dist, file)));
const version = hash.digest("hex").slice(0, 16);

const template = readFileSync(new URL("../assets/sw.js", import.meta.url), "utf8");
const worker = template
  .replace("__VERSION__", version)
  .replace('["__FILES__"]', JSON.stringify(precache.map((f) => `./${f}`)));
if (worker.includes("__VERSION__") || worker.includes("__FILES__")) {
  console.error("offline: assets/sw.js lacks a placeholder");
  process.exit(1);
}
writeFileSync(join(dist, "sw.js"), worker);

console.log(`sw.js precaches the page and ${precache.length} files as build ${version}; ${built.length - precache.length} more on use`);
