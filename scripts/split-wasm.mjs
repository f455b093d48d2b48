#!/usr/bin/env node
// Splits the release wasm at its split points (src/components/deferred.rs
// lists them) so that the first visit loads only what the first screen
// needs: the rest comes in chunks fetched on first use. wasm-split-cli (scripts/bootstrap installs
// it) cuts cargo's wasm, which the build links with relocations for this;
// the main part then goes through wasm-bindgen as under Trunk,
// and replaces Trunk's wasm and glue under the names Trunk gave them (so
// Trunk does not optimise its own: index.html sets data-wasm-opt="0"). Every
// part goes through `wasm-opt -Oz`. The chunks and their loader get names
// with a hash of their content.
//
// usage: node scripts/split-wasm.mjs dist
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { GLUE, contentHash, onlyFile } from "./dist-files.mjs";
import { WASM_FEATURES } from "./wasm-sections.mjs";

const dist = process.argv[2] ?? "dist";
const cargoWasm = "target/wasm32-unknown-unknown/release/report-explorer.wasm";
const stem = basename(onlyFile(dist, GLUE), ".js");
const work = mkdtempSync(join(tmpdir(), "split-wasm-"));
const hashed = (name, bytes) => name.replace(/(\.[a-z]+)$/, `-${contentHash(bytes)}$1`);
const optimise = (from, to) => execFileSync("node_modules/.bin/wasm-opt", ["-Oz", ...WASM_FEATURES, from, "-o", to]);

try {
  execFileSync("wasm-split-cli", [cargoWasm, work, "--out-name", stem], { stdio: "inherit" });
  const bindgen = join(work, "bindgen");
  execFileSync("wasm-bindgen", [
    join(work, `${stem}.wasm`),
    "--target", "web", "--weak-refs", "--no-typescript",
    // The chunks import the function table from the main module.
    "--keep-lld-exports",
    // Trunk's name: the glue imports from the wasm as `./report-explorer_bg.js`.
    "--out-dir", bindgen, "--out-name", "report-explorer",
  ]);
  optimise(join(bindgen, "report-explorer_bg.wasm"), join(dist, `${stem}_bg.wasm`));

  let loader = readFileSync(join(work, "__wasm_split.js"), "utf8");
  const chunks = readdirSync(work).filter((name) => name.endsWith(".wasm") && name !== `${stem}.wasm`);
  for (const chunk of chunks) {
    const optimised = join(work, `opt-${chunk}`);
    optimise(join(work, chunk), optimised);
    const bytes = readFileSync(optimised);
    const name = hashed(chunk, bytes);
    copyFileSync(optimised, join(dist, name));
    const reference = `"./${chunk}"`;
    if (!loader.includes(reference)) throw new Error(`the split loader does not load ${chunk}`);
    loader = loader.replaceAll(reference, `"./${name}"`);
  }
  const loaderName = hashed("__wasm_split.js", loader);
  writeFileSync(join(dist, loaderName), loader);

  const glue = readFileSync(join(bindgen, "report-explorer.js"), "utf8");
  // The glue's `import … from` names the loader's file; its imports object
  // keeps the module name the wasm imports from.
  const importLine = /^(import \* as \w+ from )"\.\/__wasm_split\.js"$/gm;
  if (!importLine.test(glue)) throw new Error("the glue does not import the split loader");
  writeFileSync(join(dist, `${stem}.js`), glue.replace(importLine, `$1"./${loaderName}"`));
  console.log(`split: ${chunks.length} chunks, loader ${loaderName}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
