// A manager's cold sign-in on a new phone, for a team's book at two sizes
// side by side (bench/team-book.sql at scale 1 and 10: 19,000 and 190,000
// records), in headless Chromium on a phone-sized page with the CPU
// throttled 4x. For each: the time from "Sign in" to the customer list with
// its rows, then to a board with its cards, and to the first sync's end;
// the device storage once the copy is stored; the renderer's peak memory.
//
//   BASES="http://127.0.0.1:3091 http://127.0.0.1:3092" node bench/manager.cjs
//
// Targets (issue 19), at 190,000 records: a usable board and customer list
// in 3 s, at most 50 MB stored, at most 300 MB of renderer memory.
const fs = require("node:fs");
const { execFileSync } = require("node:child_process");
const { chromium } = require("playwright-core");

const BASES = (process.env.BASES ?? "http://127.0.0.1:3000").split(/\s+/).filter(Boolean);
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

/** Peak resident memory (VmHWM) of the renderers of the browser started with `mark`, in MB. */
function rendererPeakMb(mark) {
  const rows = execFileSync("ps", ["-eo", "pid=,ppid=,args="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter(Boolean)
    .map(([, p, pp, args]) => ({ pid: Number(p), ppid: Number(pp), args }));
  const tree = new Set(rows.filter((r) => r.args.includes(mark)).map((r) => r.pid));
  for (let grown = true; grown; ) {
    grown = false;
    for (const row of rows) {
      if (tree.has(row.ppid) && !tree.has(row.pid)) {
        tree.add(row.pid);
        grown = true;
      }
    }
  }
  let kb = 0;
  for (const row of rows) {
    if (!tree.has(row.pid) || !row.args.includes("--type=renderer")) continue;
    const status = fs.readFileSync(`/proc/${row.pid}/status`, "utf8");
    kb = Math.max(kb, Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0));
  }
  return kb / 1024;
}

async function measure(base) {
  // Marks this browser's processes, to find its renderers.
  const mark = `--fieldbook-bench=${process.pid}-${Date.now()}`;
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...ARGS, mark] });
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}/login`);
  await page.waitForSelector("body[data-hydrated]");
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.getByLabel("Email").fill("manager@fieldbook.test");
  await page.getByLabel("Password").fill("fieldbook");
  // The first sync's pulls: how many, their bytes, and the time the server
  // and the network took (request sent to last byte).
  const pulls = { count: 0, bytes: 0, ms: 0 };
  page.on("requestfinished", async (request) => {
    if (!request.url().includes("/api/sync/pull")) return;
    const timing = request.timing();
    const body = await (await request.response())?.body();
    pulls.count += 1;
    pulls.bytes += body?.length ?? 0;
    pulls.ms += timing.responseEnd - timing.requestStart;
  });
  const start = Date.now();
  await page.getByRole("button", { name: "Sign in" }).tap();
  await page.waitForSelector("body[data-hydrated] .company-row", { timeout: 600_000 });
  const list = Date.now() - start;
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /^Pipeline/ }).tap();
  await page.waitForSelector("[data-stage-column] .deal-card", { timeout: 600_000 });
  const board = Date.now() - start;
  await page.waitForFunction(
    () => document.querySelector("[data-testid=sync-status]")?.textContent?.includes("All saved"),
    null,
    { timeout: 600_000, polling: 200 },
  );
  const synced = Date.now() - start;
  // What IndexedDB holds: whether the copy is stored yet (keys only), or
  // its size (characters of its JSON, about its bytes).
  const stored = (what) =>
    page.evaluate(
      (what) =>
        new Promise((resolve) => {
          const open = indexedDB.open("fieldbook");
          open.onsuccess = () => {
            const store = open.result.transaction("cache").objectStore("cache");
            const read = what === "size" ? store.getAll() : store.getAllKeys();
            read.onsuccess = () =>
              resolve(
                what === "size"
                  ? read.result.reduce((n, v) => n + String(v).length, 0)
                  : read.result.some((k) => /\.data\.\d{6}$/.test(String(k))),
              );
            read.onerror = () => resolve(0);
          };
          open.onerror = () => resolve(0);
        }),
      what,
    );
  while (!(await stored("keys"))) await page.waitForTimeout(500);
  // Before reading the copy back, which would take memory of its own.
  const memory = rendererPeakMb(mark);
  const size = await stored("size");
  await browser.close();
  return { base, list, board, synced, storedMb: size / 1e6, memory, pulls };
}

(async () => {
  const rows = [];
  for (const base of BASES) rows.push(await measure(base));
  console.log("| book | customer list | board | first sync done | pulls (server + network) | stored | renderer peak |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const p = r.pulls;
    console.log(
      `| ${r.base} | ${(r.list / 1000).toFixed(2)} s | ${(r.board / 1000).toFixed(2)} s | ` +
        `${(r.synced / 1000).toFixed(2)} s | ${p.count}, ${(p.bytes / 1e6).toFixed(1)} MB, ${(p.ms / 1000).toFixed(2)} s | ` +
        `${r.storedMb.toFixed(1)} MB | ${r.memory.toFixed(0)} MB |`,
    );
  }
  if (rows.length === 2) {
    const [small, big] = rows;
    console.log(
      `ratios (big / small): list ${(big.list / small.list).toFixed(2)}x, board ${(big.board / small.board).toFixed(2)}x, ` +
        `sync ${(big.synced / small.synced).toFixed(2)}x, stored ${(big.storedMb / small.storedMb).toFixed(2)}x`,
    );
  }
})();
