#!/usr/bin/env node
// Writes one self-contained HTML file from a built dist/: styles inlined,
// the wasm-bindgen glue inlined as a module script and the wasm embedded as
// base64, so the app (search and data included) runs when opened from disk.
//
// usage: node scripts/single-file.mjs dist dist-single
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

const glue = readFileSync(onlyFile(dist, GLUE), "utf8");
const wasm = readFileSync(onlyFile(dist, WASM)).toString("base64");
// The glue ends with one `export { … }` list; its default export is the init
// function, under whatever local name minification gave it.
const exportList = glue.match(/export\s*\{([^}]*)\}\s*;?\s*$/);
const init = exportList?.[1]
  .split(",")
  .map((item) => item.trim().split(/\s+as\s+/))
  .find(([, exported]) => exported === "default")?.[0];
if (!init) {
  console.error("single-file: the wasm-bindgen glue has no default export to call");
  process.exit(1);
}
const boot = `
const wasmBytes = Uint8Array.from(atob("${wasm}"), (c) => c.charCodeAt(0));
await ${init}({ module_or_path: wasmBytes });
`;
// </script> cannot appear inside the inline script.
const script = (glue + boot).replaceAll("</script", "<\\/script");
html = html.replace("</body>", `<script type="module">\n${script}\n</script>\n</body>`);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "index.html"), html);
console.log(`${out}/index.html: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB`);
