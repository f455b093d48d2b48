// Frames the embeds the page lists in <body data-embeds> (a JSON list of
// [id, fragment] pairs) from the app whose base URL is ?app=… (the test
// chooses the port), and loads the app's embed.js to size them, as the
// app's embed code does. The iframes carry no style attribute, so a page
// with a strict CSP of its own (csp-host.html) can use this script too.
const app = new URLSearchParams(location.search).get("app");
for (const [id, fragment] of JSON.parse(document.body.dataset.embeds)) {
  const frame = document.createElement("iframe");
  frame.id = id;
  frame.title = id;
  frame.width = "100%";
  frame.height = "150";
  frame.src = `${app}#${fragment}`;
  document.body.append(frame);
}
const script = document.createElement("script");
script.src = `${app}embed.js`;
document.body.append(script);
