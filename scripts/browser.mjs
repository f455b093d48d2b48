// What the build and benchmark scripts share: Debian's Chromium launched the
// way this machine allows, a folder served by scripts/static-server.mjs, and
// the serialisation of the app's markup that the prerendered copy is.
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";

/** Debian's Chromium, headless, with nothing that reaches the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Serves `root` on 127.0.0.1:`port`; resolves once it listens. Kill the returned process to stop. */
export async function serveFolder(root, port) {
  const server = spawn("node", ["scripts/static-server.mjs", "--root", root, "--port", String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve) => server.stdout.once("data", resolve));
  return server;
}

/**
 * The app's markup under `body` as the prerendered copy holds it; runs in the
 * page (`page.evaluate(appMarkup, body)`). Scripts, the <noscript> note, the
 * copy itself and blank text between them are left out, and so are test
 * hooks (tests never act on the inert copy) and style attributes (sizes the
 * app sets from script on canvases: a strict CSP forbids them in markup, and
 * the app sets them again when it mounts).
 */
export function appMarkup(body) {
  const copy = document.createElement("div");
  for (const node of body?.childNodes ?? []) {
    if (node instanceof Element && ["SCRIPT", "NOSCRIPT"].includes(node.tagName)) continue;
    if (node instanceof Element && node.id === "prerendered") continue;
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
    copy.append(node.cloneNode(true));
  }
  for (const element of copy.querySelectorAll("[data-testid]")) element.removeAttribute("data-testid");
  for (const element of copy.querySelectorAll("[style]")) element.removeAttribute("style");
  return copy.innerHTML;
}
