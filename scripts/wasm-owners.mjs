// Where the release wasm's bytes go, for scripts/bench: the app's Leptos
// components, the framework, report-core, plotters, the bindings, the
// standard library and the data. The sizes come from a copy of the release
// wasm that scripts/build leaves in target/, run through wasm-bindgen and
// `wasm-opt -Oz` as the build does but with its function names kept.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WASM_FEATURES, readLeb, readName, sections, skipImportDesc } from "./wasm-sections.mjs";

/** The cargo output that trunk hands to wasm-bindgen. */
const CARGO_WASM = "target/wasm32-unknown-unknown/release/report-explorer.wasm";

/** Owners in the order a function's name is checked against them. */
const OWNERS = [
  // A component's closures and the framework code instantiated for them.
  ["app components (src/components)", /report_explorer::components/],
  ["Leptos (leptos, tachys, reactive_graph)", /\b(leptos\w*|tachys|reactive_graph|server_fn|any_spawner|hydration_context|throw_error|or_poisoned|wasm_streams)::/],
  ["app, the rest of src/", /report_explorer::/],
  ["report-core", /report_core::/],
  ["plotters", /plotters\w*::/],
  ["wasm-bindgen, js-sys, web-sys", /\b(wasm_bindgen\w*|js_sys|web_sys)::/],
];
const STD = "standard library, allocator, other";
const DATA = "data: strings, tables, indicators CSV";
const REST = "imports, exports, types, tables";

/** Builds the named copy into `dir`; returns its path. */
export function namedReleaseWasm(dir) {
  mkdirSync(dir, { recursive: true });
  execFileSync("wasm-bindgen", ["--target", "web", "--weak-refs", "--out-dir", dir, CARGO_WASM]);
  const bindgenWasm = join(dir, "report-explorer_bg.wasm");
  const out = join(dir, "named.wasm");
  execFileSync("node_modules/.bin/wasm-opt", [
    "-Oz",
    "-g",
    ...WASM_FEATURES,
    bindgenWasm,
    "-o",
    out,
  ]);
  return out;
}

function reader(bytes) {
  let at = 0;
  const u32 = () => {
    let value;
    [value, at] = readLeb(bytes, at);
    return value;
  };
  const name = () => {
    let text;
    [text, at] = readName(bytes, at);
    return text;
  };
  return { u32, name, get at() { return at; }, set at(to) { at = to; } };
}

/**
 * Bytes by owner in `wasmPath`: each function body goes to the first owner
 * its name mentions; the data section and the other standard sections are
 * owners of their own (custom sections, the names among them, are left out).
 * Returns [owner, bytes, bytes once gzipped on their own] triples, largest
 * first, and the total bytes.
 */
export function wasmOwners(wasmPath) {
  const bytes = readFileSync(wasmPath);
  const input = reader(bytes);
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  const parts = new Map();
  const add = (owner, from, to) => {
    if (!parts.has(owner)) parts.set(owner, []);
    parts.get(owner).push(bytes.subarray(from, to));
  };
  for (const { id, start, end } of sections(bytes)) {
    input.at = start;
    if (id === 2) {
      for (let count = input.u32(); count > 0; count--) {
        input.name();
        input.name();
        const kind = bytes[input.at++];
        if (kind === 0) importedFunctions++;
        input.at = skipImportDesc(bytes, kind, input.at);
      }
    }
    if (id === 10) {
      for (let count = input.u32(); count > 0; count--) {
        const bodyStart = input.at;
        const bodySize = input.u32();
        input.at += bodySize;
        bodies.push([bodyStart, input.at]);
      }
    } else if (id === 11) {
      add(DATA, start, end);
    } else if (id === 0) {
      if (input.name() === "name") {
        while (input.at < end) {
          const subsection = bytes[input.at++];
          const subsectionEnd = input.u32() + input.at;
          if (subsection === 1) {
            for (let count = input.u32(); count > 0; count--) names.set(input.u32(), input.name());
          }
          input.at = subsectionEnd;
        }
      }
    } else {
      add(REST, start, end);
    }
  }
  bodies.forEach(([from, to], index) => {
    const name = (names.get(importedFunctions + index) ?? "").replace(/\[[0-9a-f]{6,}\]/g, "");
    add(OWNERS.find(([, pattern]) => pattern.test(name))?.[0] ?? STD, from, to);
  });
  const owners = [...parts].map(([owner, slices]) => {
    const joined = Buffer.concat(slices);
    return [owner, joined.length, gzipSync(joined, { level: 9 }).length];
  });
  owners.sort((a, b) => b[1] - a[1]);
  return { owners, total: owners.reduce((sum, [, size]) => sum + size, 0) };
}
