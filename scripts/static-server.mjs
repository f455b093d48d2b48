#!/usr/bin/env node
// A dependency-free static file server for dist/: correct MIME types (wasm
// included), no rewrite rules, loopback only. Used by scripts/serve and by
// the Playwright tests, so both exercise the same server. Like any real
// static host it compresses text and wasm (gzip, when the client accepts it)
// and answers revalidation with 304 Not Modified.
//
// usage: node scripts/static-server.mjs [--root DIR] [--host H] [--port N]
//          [--prefix /sub/path/] [--csp] [--csp-policy POLICY]
//   --port        0 picks a free port; the line printed on start names it
//   --prefix      serve the folder under a sub-path (and 404 outside it)
//   --csp         send the strict Content-Security-Policy the app must satisfy
//   --csp-policy  send POLICY as the Content-Security-Policy instead (a
//                 page of another site that embeds the app, with its own)
import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
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
const csp = option("csp-policy", args.includes("--csp") ? STRICT_CSP : null);

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
  const { body, etag, gzipped } = await load(file);
  const headers = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-cache",
    etag,
    vary: "accept-encoding",
    "x-content-type-options": "nosniff",
    ...(csp ? { "content-security-policy": csp } : {}),
  };
  if (request.headers["if-none-match"] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  const compress = gzipped && /\bgzip\b/.test(request.headers["accept-encoding"] ?? "");
  const sent = compress ? gzipped : body;
  response.writeHead(200, {
    ...headers,
    "content-length": sent.length,
    ...(compress ? { "content-encoding": "gzip" } : {}),
  });
  response.end(request.method === "HEAD" ? undefined : sent);
});

// Files are read and compressed once per change of their modification time.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".csv", ".txt", ".svg", ".webmanifest"]);
const loaded = new Map();
async function load(file) {
  const { mtimeMs } = await stat(file);
  const known = loaded.get(file);
  if (known?.mtimeMs === mtimeMs) return known;
  const body = await readFile(file);
  const etag = `"${createHash("sha256").update(body).digest("hex").slice(0, 24)}"`;
  const gzipped = COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }) : null;
  const entry = { mtimeMs, body, etag, gzipped };
  loaded.set(file, entry);
  return entry;
}

server.listen(port, host, () => {
  const policy = csp === STRICT_CSP ? " with a strict CSP" : csp ? ` with the CSP ${csp}` : "";
  console.log(`serving ${root} at http://${host}:${server.address().port}${prefix}${policy}`);
});
