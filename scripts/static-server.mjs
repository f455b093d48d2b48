#!/usr/bin/env node
// A dependency-free static file server for dist/: correct MIME types (wasm
// included), no rewrite rules, loopback only. Used by scripts/serve and by
// the Playwright tests, so both exercise the same server.
//
// usage: node scripts/static-server.mjs [--root DIR] [--host H] [--port N]
//          [--prefix /sub/path/] [--csp]
//   --prefix  serve the folder under a sub-path (and 404 outside it)
//   --csp     send the strict Content-Security-Policy the app must satisfy
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const root = resolve(option("root", "dist"));
const host = option("host", "127.0.0.1");
const port = Number(option("port", "8080"));
const prefix = option("prefix", "/");
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";
const csp = args.includes("--csp");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

async function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath.split("?")[0]);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return null;
  try {
    const info = await stat(candidate);
    if (info.isDirectory()) return resolveFile(join(decoded, "index.html"));
    return candidate;
  } catch {
    return null;
  }
}

const server = createServer(async (request, response) => {
  let file = null;
  try {
    const path = new URL(request.url, "http://localhost").pathname;
    file = path.startsWith(prefix) ? await resolveFile("/" + path.slice(prefix.length)) : null;
  } catch {
    file = null;
  }
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("not found\n");
    return;
  }
  const body = await readFile(file);
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": body.length,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
    ...(csp ? { "content-security-policy": STRICT_CSP } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : body);
});

server.listen(port, host, () => {
  console.log(`serving ${root} at http://${host}:${port}${prefix}${csp ? " with a strict CSP" : ""}`);
});
