#!/usr/bin/env node
// Writes one self-contained HTML file from a built dist/: styles inlined,
// the wasm-bindgen glue inlined as a module script and the wasm embedded as
// base64, so the app (search and data included) runs when opened from disk.
//
// usage: node scripts/single-file.mjs dist dist-single
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GLUE, WASM, onlyFile } from "./dist-files.mjs";

const [dist = "dist", out = "dist-single"] = process.argv.slice(2);
let html = readFileSync(join(dist, "index.html"), "utf8");

// Styles: each stylesheet link becomes a <style> element, in order.
html = html.replace(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*\/?>/g, (_, name) => {
  return `<style>${readFileSync(join(dist, name), "utf8")}</style>`;
});
// The icon as a data URL; preloads, the manifest and the boot script go.
html = html.replace(/<link rel="icon" href="\.\/([^"]+)"[^>]*\/?>/, (_, name) => {
  const svg = readFileSync(join(dist, name)).toString("base64");
  return `<link rel="icon" href="data:image/svg+xml;base64,${svg}">`;
});
html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>/g, "");
html = html.replace(/<link rel="manifest"[^>]*>/, "");
html = html.replace(/<script src="prerender-gate\.js"><\/script>/, () => {
  return `<script>${readFileSync(join(dist, "prerender-gate.js"), "utf8")}</script>`;
});
html = html.replace(/<script type="module" src="\.\/boot-[0-9a-f]+\.js"><\/script>/, "");

let glue = readFileSync(onlyFile(dist, GLUE), "utf8");
const wasm = readFileSync(onlyFile(dist, WASM)).toString("base64");
// The glue ends with one `export { … }` list; its default export is the init
// function, under whatever local name minification gave it.
const exportList = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const localName = (name) =>
  exportList?.[1]
    .split(",")
    .map((item) => item.trim().split(/\s+as\s+/))
    .find(([, exported]) => exported === name)?.[0];
const init = localName("default");
if (!init) {
  console.error("single-file: the wasm-bindgen glue has no default export to call");
  process.exit(1);
}
glue = withSplitLoader(glue, localName("initSync"));

/**
 * `glue` with the split loader (scripts/split-wasm.mjs) inlined: one module
 * script cannot import another file, so the loader runs in a function of
 * its own whose exports the glue's imports of it become, and it makes its
 * chunks' responses from bytes embedded as base64 instead of fetching them.
 */
function withSplitLoader(glue, initSync) {
  const loaderImport = /import\s*\*\s*as\s*(\w+)\s*from\s*"\.\/(__wasm_split-[0-9a-f]+\.js)";?/g;
  const loaderFile = [...glue.matchAll(loaderImport)][0]?.[2];
  if (!loaderFile) return glue;
  if (!initSync) {
    console.error("single-file: the wasm-bindgen glue exports no initSync for the split loader");
    process.exit(1);
  }
  let loader = readFileSync(join(dist, loaderFile), "utf8");
  const mainImport = /^import \{ initSync \} from "[^"]+";$/m;
  if (!mainImport.test(loader)) {
    console.error("single-file: the split loader does not import initSync as expected");
    process.exit(1);
  }
  loader = loader.replace(mainImport, "");
  const exported = [...loader.matchAll(/^export const (\w+) =/gm)].map((m) => m[1]);
  loader = loader.replace(/^export const /gm, "const ");
  const chunks = {};
  loader = loader.replace(/fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g, (_, file) => {
    chunks[file] = readFileSync(join(dist, file)).toString("base64");
    return `chunkResponse(${JSON.stringify(file)})`;
  });
  const inlined = `const splitLoader = ((initSync) => {
const chunks = ${JSON.stringify(chunks)};
const chunkResponse = async (file) => new Response(Uint8Array.from(atob(chunks[file]), (c) => c.charCodeAt(0)), { headers: { "Content-Type": "application/wasm" } });
${loader}
return { ${exported.join(", ")} };
})((...args) => ${initSync}(...args));
`;
  return inlined + glue.replace(loaderImport, (_, name) => `const ${name} = splitLoader;`);
}
const boot = `
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await ${init}({ module_or_path: wasmBytes });
`;
// </script> cannot appear inside the inline script.
const script = (glue + boot).replaceAll("</script", "<\\/script");
html = html.replace("</body>", `<script type="module">\n${script}\n</script>\n</body>`);

// The open data, carried in the page: opened from disk it has no data/
// folder beside it, so the app serves the data/ links from this copy
// (src/components/open_data_downloads.rs). A JSON data block, not a
// script; "</" is written "<\/" so that no text can close the element.
// The English text (report.en.json) is among them: the app reads it from
// here (src/translation_load.rs), as a file opened from disk cannot fetch.
const openData = Object.fromEntries(
  readdirSync(join(dist, "data"))
    .sort()
    .map((name) => [`data/${name}`, readFileSync(join(dist, "data", name), "utf8")]),
);
const carried = JSON.stringify(openData).replaceAll("</", "<\\/");
html = html.replace("</body>", `<script type="application/json" id="open-data">${carried}</script>\n</body>`);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "index.html"), html);
console.log(`${out}/index.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
