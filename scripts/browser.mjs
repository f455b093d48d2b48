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
 * The app's markup in its root (`.app-root`, see src/prerender.rs) as the
 * prerendered copy holds it; runs in the page (`page.evaluate(appMarkup,
 * { root })`). Comments and blank text between elements are left out,
 * and so are test hooks (tests never act on the inert copy): `data-testid`,
 * and the figures' `data-indicator`, which only tests read (1.4 KB of the
 * page's gzip, as indicator ids do not compress). So are style
 * attributes (sizes the app sets from script on canvases: a strict CSP
 * forbids them in markup, and the app sets them again when it mounts),
 * and a figure's id and title: the copy's figures are inert (their popover
 * needs the app), the id is where the app returns focus when one closes,
 * and the title repeats the indicator's label, which the popover shows
 * (together 1.4 KB of the page's gzip).
 *
 * With `shell`, the copy is a view's shell, shown beside the reader's copy
 * only when a link opens that view: what the app marks
 * `data-prerender="placeholder"` (a view's charts, its table) is left empty
 * and marked busy, and ids are dropped so that they stay unique in the page.
 */
export function appMarkup({ root, shell = false }) {
  const copy = document.createElement("div");
  for (const node of root?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim()) continue;
    copy.append(node.cloneNode(true));
  }
  // The app's empty comments mark where its reactive parts go; the copy is
  // replaced, never hydrated, so they would only be nodes to parse.
  const comments = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const found = [];
  while (comments.nextNode()) found.push(comments.currentNode);
  for (const comment of found) comment.remove();
  // So are the hooks only the live app reads: where the scroll spy looks
  // (`data-spy`), which section a contents link or chip stands for
  // (`data-section`, `data-category`, `data-chart`; about 0.5 KB of gzip).
  // `data-part` stays: src/page_report.rs reads the parts from the copy.
  for (const hook of ["data-testid", "data-indicator", "data-spy", "data-section", "data-category", "data-chart"]) {
    for (const element of copy.querySelectorAll(`[${hook}]`)) element.removeAttribute(hook);
  }
  for (const element of copy.querySelectorAll("[style]")) element.removeAttribute("style");
  for (const figure of copy.querySelectorAll("button.figure")) {
    figure.removeAttribute("id");
    figure.removeAttribute("title");
  }
  if (shell) {
    for (const placeholder of copy.querySelectorAll("[data-prerender=placeholder]")) {
      placeholder.replaceChildren();
      placeholder.setAttribute("aria-busy", "true");
    }
    for (const attribute of ["id", "for", "aria-controls", "aria-labelledby", "aria-describedby"]) {
      for (const element of copy.querySelectorAll(`[${attribute}]`)) element.removeAttribute(attribute);
    }
  }
  return copy.innerHTML;
}
