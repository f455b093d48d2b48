// The files of a built dist/ that several build steps rewrite or inline,
// found by the names Trunk gives them.
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";

/** The wasm-bindgen glue, `report-explorer-<hash>.js`. */
export const GLUE = /^report-explorer-[0-9a-f]+\.js$/;
/** The wasm, `report-explorer-<hash>_bg.wasm`. */
export const WASM = /^report-explorer-[0-9a-f]+_bg\.wasm$/;

/** The first 16 hex digits of the SHA-256 of `content`: the hash in a built file's name. */
export function contentHash(content) {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

/** The path of the one file in `dist` whose name matches `pattern`; exits with a message otherwise. */
export function onlyFile(dist, pattern) {
  const found = readdirSync(dist).filter((name) => pattern.test(name));
  if (found.length !== 1) {
    console.error(`${dist}: expected one file like ${pattern}, found ${found.length}`);
    process.exit(1);
  }
  return join(dist, found[0]);
}
