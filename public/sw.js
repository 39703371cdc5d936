// Fieldbook's service worker: keeps the app shell (pages, wasm, JS, CSS) so the
// app opens with no network after one online visit. Data does not live here:
// the app keeps it in IndexedDB and syncs it through /api/sync/*.
//
// Network first, cache as fallback: online, people always get the build the
// server runs (an old wasm with a new page would not hydrate); offline, they
// get the last copy. Pages are cached per route template (/customers/<id> is
// one entry), which is safe because pages render their data in the browser
// from the local copy, so every page of one template has the same HTML.

const CACHE = "fieldbook-shell-v1";
const SHELL = [
  "/pkg/fieldbook.js",
  "/pkg/fieldbook.wasm",
  "/pkg/fieldbook.css",
  "/favicon.svg",
  "/manifest.webmanifest",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
];
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .catch(() => undefined)
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function pageKey(url) {
  return new URL(url).pathname.replace(UUID, ":id");
}

const OFFLINE_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Fieldbook</title>
<link rel="stylesheet" href="/pkg/fieldbook.css"></head><body><main class="page"><section class="empty-state">
<h1>You are offline</h1><p>This page has not been opened on this device yet, so it is not available offline.
Your customers and pipeline are.</p><p><a class="btn btn-primary" href="/customers">Customers</a>
<a class="btn" href="/deals">Pipeline</a></p></section></main></body></html>`;

async function page(request) {
  const cache = await caches.open(CACHE);
  const key = pageKey(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
      await cache.put(key, response.clone());
    }
    // The server is up but its database is not: the stored page works from
    // the device's copy, as it does offline.
    if (response.status === 503) {
      const cached = await cache.match(key);
      if (cached) return cached;
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    return cached || new Response(OFFLINE_PAGE, { headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname;
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Data and live events go straight to the network: the app handles failures.
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/sync/")) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith("/pkg/") || url.pathname === "/favicon.svg") {
    event.respondWith(asset(request));
  }
});
