// The app's boot module. index.html loads it in place of the inline loader
// Trunk writes, so that the page runs under a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval'). scripts/write-boot.mjs fills in
// the names of the wasm-bindgen glue and the wasm, and writes it to
// dist/boot-<hash>.js.
const GLUE = "./__GLUE__";
const WASM = "./__WASM__";

// When a visible page shows prerendered text, let the browser paint it
// before the wasm is fetched and compiled: on a small machine that work
// (compiling runs on background threads) competes with rasterising the
// first frame for the CPU. The wait ends at the first contentful paint where
// the browser reports it, else after the first frame. A hidden page (a
// background tab) gets no frames, so it boots at once; the timeout is only a
// backstop.
const prerenderedShown =
  document.getElementById("prerendered") && !document.documentElement.classList.contains("prerender-hidden");
if (prerenderedShown && document.visibilityState === "visible") {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  const firstPaint = PerformanceObserver.supportedEntryTypes?.includes("paint")
    ? new Promise((resolve) => {
        if (painted()) return resolve();
        new PerformanceObserver((list, observer) => {
          if (painted()) {
            observer.disconnect();
            resolve();
          }
        }).observe({ type: "paint", buffered: true });
      })
    : new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await Promise.race([firstPaint, new Promise((resolve) => setTimeout(resolve, 2000))]);
}

// The glue is imported once the wait is over, not statically (a static
// import is fetched with this module, before the first paint): on the
// critical path the page needs its stylesheet and the gate script only.
const { default: init } = await import(GLUE);
await init({ module_or_path: WASM });

// The service worker that scripts/offline.mjs writes from assets/sw.js;
// file:// pages cannot have one.
if ("serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("./sw.js").catch((error) => console.warn("offline mode unavailable:", error));
}
