/* Report Explorer embed helper, for pages that embed its iframes: sizes each
   iframe to the height its content reports, and drops its border. It sets
   both through the style property, which a host page's strict CSP allows
   where an inline style attribute would be refused. No dependencies. */
(function () {
  "use strict";
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "report-explorer:height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + "px";
        frames[i].style.border = "0";
      }
    }
  });
  // Ask every embed for its height now (it may have loaded before this
  // script) and whenever an iframe (re)loads.
  function ask(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: "report-explorer:request-height" }, "*");
  }
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    ask(frames[i]);
    frames[i].addEventListener("load", ask.bind(null, frames[i]));
  }
})();
