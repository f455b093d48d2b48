// Frames two embeds of the app whose base URL is ?app=… (the test chooses
// the port), and loads the app's embed.js to size them, as the app's embed
// code does. The iframes carry no style attribute: the page's CSP forbids
// inline styles.
const app = new URLSearchParams(location.search).get("app");
for (const [id, fragment] of [
  ["chart", "embed=chart/air-pm25"],
  ["section", "embed=section/1.2"],
]) {
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
