// Runs before the body is parsed. The prerendered markup in index.html is the
// Chinese reader, plus a shell of the charts and of the indicators view. A
// link to one of those views shows its shell instead of the reader; a link
// that asks for anything else the copies do not show (one chart, filters, an
// embed, English) hides them until the app has mounted the right view,
// instead of flashing text that is about to be replaced.
const shells = { "#view=charts": "charts", "#view=indicators": "indicators" };
if (Object.hasOwn(shells, location.hash)) {
  document.documentElement.setAttribute("data-prerender-view", shells[location.hash]);
} else if (/(?:^#|&)(?:view|embed)=|(?:^#|&)lang=en(?:&|$)/.test(location.hash)) {
  document.documentElement.classList.add("prerender-hidden");
}
