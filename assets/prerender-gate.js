// Runs before the body is parsed. The prerendered markup in index.html is the
// Chinese reader; when the URL asks for another view, an embed or English,
// hide it until the app has mounted the right one, instead of flashing text
// that is about to be replaced.
if (/(?:^#|&)(?:view|embed)=|(?:^#|&)lang=en(?:&|$)/.test(location.hash)) {
  document.documentElement.classList.add("prerender-hidden");
}
