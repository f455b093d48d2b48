#!/usr/bin/env node
// Gives the wasm's imports from its JavaScript glue short names, in the wasm
// and in the glue, in place. wasm-bindgen names each import after the Web API
// it calls plus a 16-digit hash (`__wbg_length_9aab85334c5daf3f`): about 200
// of them, written once in the wasm and once in the glue, and the hashes do
// not compress. Short names save about 4 KB gzip of wasm and 2 KB of glue on
// every first visit. The exported shims through which the glue calls Rust
// closures are renamed too: each is named after the closure's whole type,
// crate hashes included (`wasm_bindgen_12a3…___convert__closures_____invoke…`,
// about 200 characters). The files keep the names Trunk gave them. Runs on
// the glue after esbuild has minified it (scripts/build), and fails if the glue's
// form has changed.
//
// usage: node scripts/shorten-imports.mjs dist
import { readFileSync, writeFileSync } from "node:fs";
import { GLUE, WASM, onlyFile } from "./dist-files.mjs";
import { encodeName, encodeSection, leb, readLeb, readName, rewriteExports, sections, skipImportDesc } from "./wasm-sections.mjs";

const dist = process.argv[2] ?? "dist";
const fail = (message) => {
  console.error(`shorten-imports: ${message}`);
  process.exit(1);
};
const gluePath = onlyFile(dist, GLUE);
const wasmPath = onlyFile(dist, WASM);

/** The import section rewritten with short names for the glue's imports, and the renames. */
function shortenImportSection(body, glueModule) {
  let [count, at] = readLeb(body, 0);
  const parts = [leb(count)];
  const renames = new Map();
  for (let i = 0; i < count; i++) {
    let module, name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const descStart = at;
    at = skipImportDesc(body, body[at], at + 1);
    let short = name;
    if (module === glueModule && /^__wb(g|indgen)_\w+$/.test(name)) {
      short = `w${renames.size.toString(36)}`;
      renames.set(name, short);
    }
    parts.push(encodeName(module), encodeName(short), body.subarray(descStart, at));
  }
  if (at !== body.length) fail("the import section has bytes after its last import");
  return { section: Buffer.concat(parts), renames };
}

/** The export section rewritten with short names for the closure shims, and the renames. */
function shortenExportSection(body) {
  const renames = new Map();
  const { body: section } = rewriteExports(body, (name) => {
    if (!/^wasm_bindgen_[0-9a-f]{16}___convert__closures_\w+$/.test(name)) return name;
    const short = `x${renames.size.toString(36)}`;
    renames.set(name, short);
    return short;
  });
  return { section, renames };
}

const wasm = readFileSync(wasmPath);
const glueModule = "./report-explorer_bg.js";
const out = [wasm.subarray(0, 8)];
let renames = null;
let exportRenames = new Map();
for (const { id, header, start, end } of sections(wasm)) {
  if (id === 2) {
    const shortened = shortenImportSection(wasm.subarray(start, end), glueModule);
    renames = shortened.renames;
    out.push(encodeSection(2, shortened.section));
  } else if (id === 7) {
    const shortened = shortenExportSection(wasm.subarray(start, end));
    exportRenames = shortened.renames;
    out.push(encodeSection(7, shortened.section));
  } else {
    out.push(wasm.subarray(header, end));
  }
}
if (!renames?.size) fail(`${wasmPath}: no imports from ${glueModule}`);

// In the glue each import is a key of the object handed to the wasm, and
// appears nowhere else; anything else means the glue's form has changed.
let glue = readFileSync(gluePath, "utf8");
const before = glue.length;
for (const [name, short] of renames) {
  const key = new RegExp(`([{,])${name}:`, "g");
  const uses = glue.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0;
  const keys = glue.match(key)?.length ?? 0;
  if (uses !== 1 || keys !== 1) fail(`${gluePath}: ${name} appears ${uses} times, ${keys} as a key`);
  glue = glue.replace(key, `$1${short}:`);
}
// The glue reads each export as a property of the instance's exports
// (`wasm.name`), and the shims' names occur nowhere else.
for (const [name, short] of exportRenames) {
  const uses = glue.match(new RegExp(`\\b${name}\\b`, "g"))?.length ?? 0;
  const reads = new RegExp(`\\.${name}\\b`, "g");
  if (uses === 0 || glue.match(reads)?.length !== uses) fail(`${gluePath}: ${name} is used other than as a property`);
  glue = glue.replace(reads, `.${short}`);
}

const shortWasm = Buffer.concat(out);
writeFileSync(wasmPath, shortWasm);
writeFileSync(gluePath, glue);
console.log(
  `${renames.size} imports and ${exportRenames.size} exports renamed: ${wasmPath} ${wasm.length} → ${shortWasm.length} bytes, ` +
    `${gluePath} ${before} → ${glue.length} bytes`,
);
