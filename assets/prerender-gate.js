// Runs before the body is parsed. The prerendered markup in index.html is the
// Chinese reader, plus a shell of the charts and of the indicators view (the
// prerender lists the shells it wrote in <html data-shells>; a report without
// charts has no charts shell). A link to one of those views shows its shell
// instead of the reader; a link that asks for anything else the copies do
// not show (one chart, one indicator, filters, an embed, English) hides them
// until the app has mounted the right view, instead of flashing text that is
// about to be replaced.
const shells = { "#view=charts": "charts", "#view=indicators": "indicators" };
const written = (document.documentElement.getAttribute("data-shells") ?? "").split(" ");
if (Object.hasOwn(shells, location.hash) && written.includes(shells[location.hash])) {
  document.documentElement.setAttribute("data-prerender-view", shells[location.hash]);
} else if (/(?:^#|&)(?:view|embed|chart|ind)=|(?:^#|&)lang=en(?:&|$)/.test(location.hash)) {
  document.documentElement.classList.add("prerender-hidden");
}

// The first frame with text paints the text only: until then the contents
// sidebar keeps its place but is neither laid out, painted nor made a sticky
// scroller (style/toc.css), and no section beyond the first screen is
// rendered (style/reader.css), so a small machine lays out and rasterises
// the reader's first screen as soon as it would a plain page's; the rest
// follows a frame later. A page that never paints (a background tab) shows
// them after a second.
const root = document.documentElement;
root.classList.add("first-paint");
const showContents = () => root.classList.remove("first-paint");
if (PerformanceObserver.supportedEntryTypes?.includes("paint")) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((entry) => entry.name === "first-contentful-paint")) {
      observer.disconnect();
      showContents();
    }
  }).observe({ type: "paint", buffered: true });
}
setTimeout(showContents, 1000);
