#!/usr/bin/env node
// Removes from the wasm and its JavaScript glue the classes that wasm-bindgen
// exports for wasm-streams, in place, and optimises the wasm again so that
// the code behind them goes too. Leptos always depends on server_fn, which
// streams server-function responses through these classes; this app has no
// server functions, so nothing creates one (the glue has no import that
// would wrap one). wasm-bindgen keeps every exported class of every crate,
// used or not, so without this step each first visit loads them: about
// 1.3 KB gzip of wasm and 0.5 KB of glue. Runs on the readable glue, before
// scripts/minify-js.mjs; fails if the glue's form has changed.
//
// usage: node scripts/drop-unused-exports.mjs dist
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { GLUE, WASM, onlyFile } from "./dist-files.mjs";
import { WASM_FEATURES, dropExports } from "./wasm-sections.mjs";

/** The classes to remove, as the glue names them. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/** Whether the wasm export `name` belongs to one of `UNUSED_CLASSES`. */
export function isUnusedClassExport(name) {
  return UNUSED_CLASSES.some((cls) => {
    const lower = cls.toLowerCase();
    return name === `__wbg_${lower}_free` || name.startsWith(`${lower}_`);
  });
}

const fail = (message) => {
  console.error(`drop-unused-exports: ${message}`);
  process.exit(1);
};

/** `glue` without the class `cls`: its declaration, its dispose hook and its finalization registry. */
function withoutClass(glue, cls) {
  const parts = [
    // wasm-bindgen closes a class with a brace at the start of a line.
    new RegExp(`^export class ${cls} \\{\\n[\\s\\S]*?^\\}\\n`, "m"),
    new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`, "m"),
    new RegExp(`^const ${cls}Finalization = [\\s\\S]*?;\\n`, "m"),
  ];
  for (const part of parts) {
    if (!part.test(glue)) fail(`the glue has no ${part}`);
    glue = glue.replace(part, "");
  }
  if (new RegExp(`\\b${cls}\\b`).test(glue)) fail(`the glue still uses ${cls}`);
  return glue;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const gluePath = onlyFile(dist, GLUE);
  const wasmPath = onlyFile(dist, WASM);

  let glue = readFileSync(gluePath, "utf8");
  const glueBefore = glue.length;
  for (const cls of UNUSED_CLASSES) glue = withoutClass(glue, cls);
  if (/\bintounderlying/i.test(glue)) fail("the glue still calls an export of a removed class");

  const wasm = readFileSync(wasmPath);
  const { bytes, dropped } = dropExports(wasm, isUnusedClassExport);
  if (dropped.length === 0) fail(`${wasmPath} exports none of ${UNUSED_CLASSES.join(", ")}`);
  writeFileSync(wasmPath, bytes);
  execFileSync("node_modules/.bin/wasm-opt", ["-Oz", ...WASM_FEATURES, wasmPath, "-o", wasmPath]);
  writeFileSync(gluePath, glue);
  console.log(
    `${dropped.length} unused exports dropped: ${wasmPath} ${wasm.length} → ${readFileSync(wasmPath).length} bytes, ` +
      `${gluePath} ${glueBefore} → ${glue.length} bytes`,
  );
}
