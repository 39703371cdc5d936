// A first visit on a phone: Lighthouse 12.2.3, default mobile preset
// (simulated 150 ms RTT, 1.6 Mbps, 4x CPU), on every main page, the median of
// RUNS runs each. Each run is a new browser profile: no service worker, no
// device copy, nothing cached, as on a rep's first visit.
//
//   BASE_URL=http://127.0.0.1:3089 CARD_ID=<a company of ana's> node bench/lighthouse.mjs
//
// Expects a release build served at BASE_URL with the demo book.
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const RUNS = Number(process.env.RUNS ?? 3);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const REP = { email: "ana@fieldbook.test", password: "fieldbook" };

const PAGES = [
  { name: "sign-in", path: "/login", signedIn: false },
  { name: "/deals (rep)", path: "/deals", signedIn: true },
  { name: "/customers", path: "/customers", signedIn: true },
  { name: "customer card", path: `/customers/${process.env.CARD_ID}`, signedIn: true },
  { name: "/today", path: "/today", signedIn: true },
  { name: "/forecast", path: "/forecast", signedIn: true },
];

/** The rep's session cookie, from the sign-in endpoint (no page loaded, so nothing kept). */
async function sessionCookie() {
  const response = await fetch(`${BASE}/api/login`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      accept: "application/json",
      origin: new URL(BASE).origin,
    },
    body: new URLSearchParams(REP),
    redirect: "manual",
  });
  if (!response.ok) throw new Error(`sign-in failed: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  if (cookie.length === 0) throw new Error("sign-in set no cookie");
  return cookie.map((c) => {
    const [name, ...value] = c.split("=");
    return { name, value: value.join("="), url: BASE };
  });
}

async function once(page) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const tab = await browser.newPage();
    if (page.signedIn) await tab.setCookie(...(await sessionCookie()));
    const { lhr } = await lighthouse(
      `${BASE}${page.path}`,
      {
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
      },
      undefined,
      tab,
    );
    if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    return {
      perf: Math.round(lhr.categories.performance.score * 100),
      a11y: Math.round(lhr.categories.accessibility.score * 100),
      bp: Math.round(lhr.categories["best-practices"].score * 100),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
      cls: audit("cumulative-layout-shift"),
      tti: audit("interactive"),
      bytes: audit("total-byte-weight"),
      // Where TBT comes from: the longest main-thread tasks (start and length, ms).
      tasks: (lhr.audits["long-tasks"].details?.items ?? [])
        .slice(0, 4)
        .map((t) => `${Math.round(t.duration)} @ ${Math.round(t.startTime)}`),
    };
  } finally {
    await browser.close();
  }
}

/** The run with the median performance score (Lighthouse's own advice for picking one). */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.perf - b.perf || a.tti - b.tti);
  return sorted[Math.floor(sorted.length / 2)];
}

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const rows = [];
const tasks = [];
for (const page of PAGES) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(page));
  const m = median(runs);
  rows.push(
    `| ${page.name} | ${m.perf} (${runs.map((r) => r.perf).join(", ")}) | ${s(m.lcp)} | ` +
      `${Math.round(m.tbt)} ms | ${m.cls.toFixed(3)} | ${s(m.tti)} | ${Math.round(m.bytes / 1024)} KB | ` +
      `${m.a11y} / ${m.bp} |`,
  );
  tasks.push(`| ${page.name} | ${m.tasks.join(", ")} |`);
  console.error(`  ${page.name}: done`);
}
console.log(`Lighthouse 12.2.3, mobile preset, median of ${RUNS} runs (all runs' scores in brackets)`);
console.log("| page | perf | LCP | TBT | CLS | TTI | bytes | a11y / best practices |");
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) console.log(row);
console.log("\nLongest main-thread tasks of the median run (ms long @ ms from start)");
console.log("| page | tasks |");
console.log("|---|---|");
for (const row of tasks) console.log(row);
