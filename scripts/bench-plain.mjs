// The baseline for scripts/bench: the same report text as one plain HTML
// page (headings, paragraphs with their citation ids, a few lines of CSS),
// generated from the build's open data so both pages carry the same words.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Writes `<out>/index.html` from `<dist>/data/report.json`; returns its path. */
export function writePlainPage(dist, out) {
  const report = JSON.parse(readFileSync(join(dist, "data", "report.json"), "utf8"));
  const { meta } = report;
  const body = [`<h1>${escape(meta.title)}</h1>`];
  for (const line of [meta.subtitle, meta.occasion && `——${meta.occasion}`, meta.speaker, meta.date]) {
    if (line) body.push(`<p class="meta">${escape(line)}</p>`);
  }
  for (const part of report.parts) {
    if (part.title) body.push(`<h2 id="s-${part.number}.0">${escape(part.title)}</h2>`);
    for (const section of part.sections) {
      if (section.title) body.push(`<h3 id="s-${section.id}">${escape(section.title)}</h3>`);
      for (const paragraph of section.paragraphs) {
        body.push(`<p id="p-${paragraph.id}"><small>§${paragraph.id}</small> ${escape(paragraph.text)}</p>`);
      }
    }
  }
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(meta.title)}</title>
<style>body{max-width:40em;margin:2rem auto;padding:0 1rem;font:1.0625rem/1.8 system-ui,sans-serif}small{color:#666}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
  mkdirSync(out, { recursive: true });
  const path = join(out, "index.html");
  writeFileSync(path, html);
  return path;
}
