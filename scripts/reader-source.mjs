// The report as the bare reader markup that the app reads its text from
// (src/page_report.rs): the prerender puts it in the page the app first
// renders, since the wasm does not carry the text, and checks afterwards that
// the copy it writes holds exactly the published text.

export const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The paragraph markup: citation marker, lead, then the rest of the text. */
function paragraph({ id, lead, text }) {
  const rest = lead ? text.slice(lead.length) : text;
  const leadMarkup = lead ? `<strong class="lead">${escape(lead)}</strong>` : "";
  return `<p class="para" id="p-${id}"><button class="cite-marker" type="button">§${id}</button>${leadMarkup}${escape(rest)}</p>`;
}

/** `report` (dist/data/report.json) as reader markup, in a `#prerendered` copy. */
export function readerSourceMarkup(report) {
  const { meta } = report;
  const optional = (value, markup) => (value ? markup(escape(value)) : "");
  const header =
    `<header class="report-header"><h1 class="report-header__title">${escape(meta.title)}</h1>` +
    optional(meta.subtitle, (value) => `<p class="report-header__subtitle">${value}</p>`) +
    optional(meta.occasion, (value) => `<p class="report-header__occasion">——${value}</p>`) +
    `<p>${optional(meta.speaker, (value) => `<span class="report-header__speaker">${value}</span>`)}` +
    `${optional(meta.date, (value) => `<time class="report-header__date" datetime="${value}"></time>`)}</p></header>`;
  const parts = report.parts.map((part) => {
    const opening = part.sections.filter((section) => section.title === null);
    const titled = part.sections.filter((section) => section.title !== null);
    const heading = part.title === null ? "" : `<h2 class="part-heading"><span></span>${escape(part.title)}</h2>`;
    const sections = titled.map(
      (section) =>
        `<section class="section" id="s-${section.id}"><h3 class="section-heading"><span></span>${escape(section.title)}</h3>` +
        `${section.paragraphs.map(paragraph).join("")}</section>`,
    );
    const openingParagraphs = opening.flatMap((section) => section.paragraphs).map(paragraph).join("");
    return `<section class="part" data-part="${part.number}"><div class="part-opening">${heading}${openingParagraphs}</div>${sections.join("")}</section>`;
  });
  const footer = optional(meta.source, (value) => `<footer><span class="report-footer__source">${value}</span></footer>`);
  return `<div id="prerendered" class="prerendered">${header}<article class="reader">${parts.join("")}</article>${footer}</div>`;
}

/**
 * Runs in the page: the problems (empty if none) between the reader markup
 * in `markup` and the published `report`: every paragraph's text and lead,
 * every heading's title and the title block.
 */
export function copyProblems({ markup, report }) {
  const copy = document.createElement("template");
  copy.innerHTML = markup;
  const problems = [];
  const expected = report.parts.flatMap((part) => part.sections.flatMap((section) => section.paragraphs));
  const found = copy.content.querySelectorAll("p.para");
  if (found.length !== expected.length) problems.push(`${found.length} paragraphs in the copy, ${expected.length} in the report`);
  for (const { id, lead, text } of expected) {
    const element = copy.content.getElementById(`p-${id}`);
    const marker = element?.querySelector(".cite-marker")?.textContent ?? "";
    const shown = element?.textContent.slice(marker.length);
    if (shown !== text) problems.push(`§${id}: the copy shows ${JSON.stringify(shown)}`);
    const shownLead = element?.querySelector(".lead")?.textContent ?? null;
    if (shownLead !== lead) problems.push(`§${id}: the copy's lead is ${JSON.stringify(shownLead)}`);
  }
  // A heading's own text: its title without numeral and buttons.
  const ownText = (element) =>
    element ? [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join("") : null;
  for (const part of report.parts) {
    if (part.title === null) continue;
    const title = ownText(copy.content.querySelector(`.part[data-part="${part.number}"] h2.part-heading`));
    if (title !== part.title) problems.push(`part ${part.number}: the copy's title is ${JSON.stringify(title)}`);
  }
  for (const section of report.parts.flatMap((part) => part.sections)) {
    if (section.title === null) continue;
    const title = ownText(copy.content.getElementById(`s-${section.id}`)?.querySelector("h3"));
    if (title !== section.title) problems.push(`section ${section.id}: the copy's title is ${JSON.stringify(title)}`);
  }
  const shown = (selector) => copy.content.querySelector(selector)?.textContent ?? null;
  const { meta } = report;
  const metaShown = {
    title: shown(".report-header__title"),
    subtitle: shown(".report-header__subtitle"),
    occasion: shown(".report-header__occasion")?.replace(/^—+/, "") ?? null,
    speaker: shown(".report-header__speaker"),
    date: copy.content.querySelector(".report-header__date")?.getAttribute("datetime") ?? null,
    source: shown(".report-footer__source"),
  };
  for (const [field, value] of Object.entries(metaShown)) {
    if (value !== (meta[field] ?? null)) problems.push(`${field}: the copy shows ${JSON.stringify(value)}`);
  }
  return problems;
}
