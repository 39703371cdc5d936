// Fieldbook's service worker: keeps one release's app shell (every page, the
// wasm, JS, CSS and icons) so the app opens with no network. Data does not live
// here: the app keeps it in IndexedDB and syncs it through /api/sync/*.
//
// The server stamps BUILD (a hash of this release's bundle and of this file),
// PAGES (every signed-in route) and BUNDLE (the bundle's hashed names) into
// this file when it serves /sw.js (see server/src/worker.rs), so each release
// is a new worker with its own cache.
//
// - Pages are kept per route template (/customers/<id> is one entry, keyed
//   /customers/:id): pages render their data in the browser from the device's
//   copy, so one template's HTML serves every record, ones never opened included.
// - Every page is fetched once the rep has signed in (the app posts
//   "keep-pages"), and again when a new release takes over: tapping through
//   the app never loads a page through here, so waiting for visits would keep none.
// - A cache holds only its own release (responses carry X-Fieldbook-Build), so
//   an old page never meets a new wasm offline. A new release waits until the
//   app's "New version — reload" (or until every tab is closed).
// - Pages hold the signed-in user's name and role: they are kept for one user
//   (X-Fieldbook-User) and dropped on sign-out or when someone else signs in.

const BUILD = "__BUILD__";
const PAGES = ["__PAGES__"];
// This release's JS, wasm and CSS, by their hashed names (/pkg/fieldbook.<hash>.wasm).
const BUNDLE = ["__BUNDLE__"];
const STYLESHEET = BUNDLE.find((path) => path.endsWith(".css")) || "/pkg/fieldbook.css";
// A name that carries a hash of its bytes never changes content: served from
// here first, with no round trip (a flaky network cannot slow a warm start).
const HASHED = /\.[A-Za-z0-9_-]{22}\.(js|wasm|css)$/;

const PREFIX = "fieldbook-";
const CACHE = `${PREFIX}${BUILD}`;
const SHELL = [
  ...BUNDLE,
  "/favicon.svg",
  "/manifest.webmanifest",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
  "/icons/icon-maskable-512.png",
  // Every language, so that switching works offline (see app/src/i18n).
  "/locales/en.json",
  "/locales/af.json",
  "/locales/lv.json",
  "/locales/zh-Hans.json",
  "/locales/et.json",
  "/locales/hi.json",
];
// Whose pages a cache holds, and when they were last fetched.
const OWNER = "/__fieldbook/owner";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
// Any id renders a card's template: the card itself comes from the device copy.
const ANY_ID = "00000000-0000-0000-0000-000000000000";
// Pages kept within this long are not fetched again for the same user.
const FRESH_MS = 5 * 60 * 1000;
function pageKey(url) {
  return new URL(url, self.location.origin).pathname.replace(UUID, ":id");
}

function ours(response) {
  return response.headers.get("X-Fieldbook-Build") === BUILD;
}

/** A fetch that followed the server's redirect to sign in (navigations see no redirects). */
function signedOut(response) {
  return response.redirected && new URL(response.url).pathname === "/login";
}

function ownerRecord(user, at) {
  return new Response(JSON.stringify({ user, at }), { headers: { "Content-Type": "application/json" } });
}

async function owner(cache) {
  const stored = await cache.match(OWNER);
  return stored ? stored.json() : null;
}

/** Drops the kept pages (of every release: a waiting one holds them too). */
async function forgetPages() {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX)) continue;
    const cache = await caches.open(name);
    await cache.delete(OWNER);
    await Promise.all(PAGES.map((template) => cache.delete(template)));
  }
}

/** Keeps `response` as the page `key`, for its user only. */
async function keepPage(cache, key, response) {
  const user = response.headers.get("X-Fieldbook-User");
  if (!user || !PAGES.includes(key)) return;
  const kept = await owner(cache);
  if (kept && kept.user !== user) await forgetPages();
  if (!kept || kept.user !== user) {
    await cache.put(OWNER, ownerRecord(user, 0));
  }
  await cache.put(key, response);
}

let keeping = null;

/**
 * Fetches every page with the session's cookie and keeps them. `user` is who
 * the app says is signed in. Throws if the network fails.
 */
async function keepPages(user, force) {
  const cache = await caches.open(CACHE);
  const kept = await owner(cache);
  if (!force && kept && kept.user === user && Date.now() - kept.at < FRESH_MS) {
    return { kept: PAGES.length, total: PAGES.length };
  }
  const answers = await Promise.all(
    PAGES.map(async (template) => {
      const url = template.replace(/:id/g, ANY_ID);
      const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
      return { template, response };
    }),
  );
  if (answers.some(({ response }) => signedOut(response))) {
    await forgetPages();
    return { kept: 0, total: PAGES.length };
  }
  let count = 0;
  let who = null;
  for (const { template, response } of answers) {
    if (!ours(response)) {
      // A newer release answered: fetch its worker instead of mixing builds.
      self.registration.update().catch(() => undefined);
      continue;
    }
    const from = response.headers.get("X-Fieldbook-User");
    if (!response.ok || !from || (user && from !== user)) continue;
    await keepPage(cache, template, response);
    who = from;
    count += 1;
  }
  if (who && count === PAGES.length) {
    await cache.put(OWNER, ownerRecord(who, Date.now()));
  }
  return { kept: count, total: PAGES.length };
}

function keepPagesOnce(user, force) {
  if (!keeping) {
    keeping = keepPages(user, force).finally(() => {
      keeping = null;
    });
  }
  return keeping;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // `reload`: from the server, never the HTTP cache, so this cache holds
      // this release's bundle; a failure leaves the running release in charge.
      for (const url of SHELL) {
        const response = await fetch(new Request(url, { cache: "reload" }));
        if (!response.ok || !ours(response)) throw new Error(`${url} is not from ${BUILD}`);
        await cache.put(url, response);
      }
    })(),
  );
});

/** Whose pages an earlier release kept: the new release keeps that user's pages. */
async function earlierOwner() {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const kept = await owner(await caches.open(name));
    if (kept) return kept.user;
  }
  return null;
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const user = await earlierOwner();
      const keys = await caches.keys();
      await Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k)));
      await self.clients.claim();
      // Pages are fetched once active, never during install: Chromium held an
      // installing worker's page fetches until they timed out. The app asks
      // again ("keep-pages") as soon as it loads under this release.
      if (user) keepPagesOnce(user, true).catch(() => undefined);
    })(),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  const reply = (answer) => event.source && event.source.postMessage({ ...answer, build: BUILD });
  if (message.type === "keep-pages") {
    event.waitUntil(
      keepPagesOnce(message.user, false)
        .then((report) => reply({ type: "pages", ...report }))
        .catch(() => reply({ type: "pages-failed" })),
    );
  } else if (message.type === "forget-pages") {
    event.waitUntil(forgetPages().then(() => reply({ type: "pages-forgotten" })));
  } else if (message.type === "skip-waiting") {
    self.skipWaiting();
  }
});

function escape(text) {
  return text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

// The offline answer's words in each language, and its links' labels (the
// tabs' names, as app/locales/<tag>/shell.ftl has them).
const WORDS = {
  en: {
    title: "Offline · Fieldbook",
    heading: "You are offline",
    kept: "This page is not kept on this device. These are:",
    none: "Fieldbook needs the network once after signing in to keep its pages on this device.",
    retry: "Try again",
    links: ["My day", "Customers", "Pipeline", "Forecast"],
  },
  af: {
    title: "Vanlyn · Fieldbook",
    heading: "Jy is vanlyn",
    kept: "Hierdie bladsy word nie op hierdie toestel gehou nie. Hierdie wel:",
    none: "Fieldbook het ná aanmelding een keer die netwerk nodig om sy bladsye op hierdie toestel te hou.",
    retry: "Probeer weer",
    links: ["My dag", "Kliënte", "Pyplyn", "Vooruitskatting"],
  },
  lv: {
    title: "Bezsaistē · Fieldbook",
    heading: "Jūs esat bezsaistē",
    kept: "Šī lapa šajā ierīcē nav saglabāta. Saglabātas ir šīs:",
    none: "Pēc pierakstīšanās Fieldbook vienreiz vajadzīgs tīkls, lai saglabātu savas lapas šajā ierīcē.",
    retry: "Mēģināt vēlreiz",
    links: ["Mana diena", "Klienti", "Piltuve", "Prognoze"],
  },
  "zh-Hans": {
    title: "离线 · Fieldbook",
    heading: "您处于离线状态",
    kept: "此页面未保存在此设备上。已保存的页面：",
    none: "登录后，Fieldbook 需要联网一次，才能将页面保存到此设备上。",
    retry: "重试",
    links: ["我的一天", "客户", "销售管道", "预测"],
  },
  et: {
    title: "Võrguta · Fieldbook",
    heading: "Oled võrguta",
    kept: "Seda lehte selles seadmes ei hoita. Hoitakse neid:",
    none: "Fieldbook vajab pärast sisselogimist korra võrku, et oma lehed selles seadmes alles hoida.",
    retry: "Proovi uuesti",
    links: ["Minu päev", "Kliendid", "Müügitoru", "Prognoos"],
  },
  hi: {
    title: "ऑफ़लाइन · Fieldbook",
    heading: "आप ऑफ़लाइन हैं",
    kept: "यह पेज इस डिवाइस पर नहीं रखा गया है। ये रखे गए हैं:",
    none: "अपने पेज इस डिवाइस पर रखने के लिए Fieldbook को साइन इन के बाद एक बार नेटवर्क चाहिए।",
    retry: "फिर से कोशिश करें",
    links: ["मेरा दिन", "ग्राहक", "पाइपलाइन", "पूर्वानुमान"],
  },
};
const LINKS = ["/today", "/customers", "/deals", "/forecast"];

/** One of WORDS' tags for a language tag (lv-LV, zh-CN…), or null. */
function ourTag(tag) {
  const language = String(tag || "").trim().split(/[-_]/)[0].toLowerCase();
  return Object.keys(WORDS).find((t) => t.split("-")[0] === language) || null;
}

/**
 * The device's language: its choice (the fieldbook_lang cookie the app sets,
 * which a worker reads through cookieStore where the browser has it), else
 * the browser's languages.
 */
async function language() {
  try {
    const cookie = self.cookieStore && (await self.cookieStore.get("fieldbook_lang"));
    const chosen = cookie && ourTag(cookie.value);
    if (chosen) return chosen;
  } catch (error) {
    // No cookie store here: the browser's languages decide.
  }
  for (const tag of self.navigator.languages || [self.navigator.language]) {
    const found = ourTag(tag);
    if (found) return found;
  }
  return "en";
}

/** The offline answer for a page this device does not keep: links only to pages it does. */
async function offlinePage(cache, request) {
  const tag = await language();
  const words = WORDS[tag];
  const links = [];
  for (const [i, path] of LINKS.entries()) {
    if (await cache.match(path)) links.push(`<a class="btn" href="${path}">${words.links[i]}</a>`);
  }
  const retry = `<a class="btn btn-primary" href="${escape(new URL(request.url).pathname)}">${words.retry}</a>`;
  const text = links.length ? words.kept : words.none;
  const html = `<!DOCTYPE html><html lang="${tag}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${words.title}</title>
<link rel="stylesheet" href="${STYLESHEET}"></head><body><main class="page"><section class="empty-state">
<h1>${words.heading}</h1><p>${text}</p><p>${links.join(" ")}</p><p>${retry}</p></section></main></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

async function page(request) {
  const cache = await caches.open(CACHE);
  const key = pageKey(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected && ours(response)) {
      await keepPage(cache, key, response.clone());
    } else if (response.ok && !ours(response)) {
      self.registration.update().catch(() => undefined);
    }
    // The server is up but its database is not: the stored page works from
    // the device's copy, as it does offline.
    if (response.status === 503) {
      const cached = await cache.match(key);
      if (cached) return cached;
    }
    return response;
  } catch (error) {
    return (await cache.match(key)) || offlinePage(cache, request);
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname;
  if (HASHED.test(key)) {
    const kept = await cache.match(key);
    if (kept) return kept;
  }
  try {
    const response = await fetch(request);
    if (response.ok && ours(response)) {
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
  } else if (SHELL.includes(url.pathname)) {
    event.respondWith(asset(request));
  }
});
