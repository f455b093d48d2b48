// The service worker of one build. scripts/offline.mjs fills in the build's
// version (a hash of every file it built) and the files to precache, and
// writes it to dist/sw.js; the boot module registers it.
//
// It precaches the app shell (the page and every file it loads) under a
// cache named by the build's version. The open data, embed.js and the
// wasm's chunks are cached when first fetched, so a first visit transfers
// only what it shows. Precaching revalidates (`no-cache`), so files the page
// has just loaded are not downloaded a second time. The page is one file
// under two URLs, the folder and its index.html: it is fetched under the one
// the visit loaded, so that it too is only revalidated, and cached once,
// under the folder's URL, answering both.
//
// A new deploy has a new version, so its worker fills a fresh cache and only
// takes over once no page runs the old one: a page never mixes files of two
// builds. Old caches are deleted when the new worker activates: only this
// folder's, since one site may host the explorers of several reports, each
// in its own folder with its own worker.
const SCOPE = self.registration.scope;
const CACHE = `report-explorer-__VERSION__ ${SCOPE}`;
const FILES = ["__FILES__"];
// The page, cached under the folder's URL, answers for index.html too.
const PAGE = new URL("./", self.location.href).href;
// A cache named before names carried the folder (`report-explorer-<version>`)
// is this folder's if it holds this folder's page.
const isThisFoldersCache = async (key) =>
  key.startsWith("report-explorer-") &&
  (key.endsWith(` ${SCOPE}`) || (/^report-explorer-[0-9a-f]{16}$/.test(key) && (await (await caches.open(key)).match(PAGE)) !== undefined));
const isIndexHtml = (url) => url.split(/[?#]/)[0] === PAGE + "index.html";
const cacheKey = (request) => (isIndexHtml(request.url) ? PAGE : request);

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const loaded = windows.some((client) => isIndexHtml(client.url)) ? PAGE + "index.html" : PAGE;
      const page = await fetch(new Request(loaded, { cache: "no-cache" }));
      if (!page.ok) throw new Error(`the page: ${page.status}`);
      await cache.put(PAGE, page);
      await cache.addAll(FILES.map((file) => new Request(file, { cache: "no-cache" })));
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then(async (keys) => {
      const mine = await Promise.all(keys.map((key) => isThisFoldersCache(key)));
      const old = keys.filter((key, index) => mine[index] && key !== CACHE);
      await Promise.all(old.map((key) => caches.delete(key)));
      // A first install: the page that installed this worker runs this very
      // build, so the worker serves it from now on, and what the visit opens
      // later (a view's chunk, the open data) is cached for offline use too.
      if (old.length === 0) await self.clients.claim();
    }),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(cacheKey(request), { ignoreSearch: true }).then(
        (hit) =>
          hit ||
          fetch(request).then((response) => {
            if (response.ok) cache.put(request, response.clone());
            return response;
          }),
      ),
    ),
  );
});
