// Board smoothness in headless Chromium: a board of 2,000 open deals against a
// baseline board of 200, measured side by side in one run, as ratios.
//
//   node bench/board.cjs            (BASE_URL defaults to http://127.0.0.1:3000)
//
// Expects the pipelines "Bench 200" and "Bench 2000" (made by `./fieldbook bench`)
// and the demo manager login. CPU is throttled 4x, like a mid-range phone.
const { chromium } = require("playwright-core");

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const RUNS = Number(process.env.RUNS ?? 5);
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function signIn(page) {
  await page.goto(`${BASE}/login`);
  await page.waitForSelector("body[data-hydrated]");
  await page.getByLabel("Email").fill("manager@fieldbook.test");
  await page.getByLabel("Password").fill("fieldbook");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/customers/);
}

async function pipelineId(page, name) {
  await page.goto(`${BASE}/deals`);
  await page.waitForSelector("body[data-hydrated]");
  const select = page.getByLabel("Pipeline");
  const value = await select.locator("option", { hasText: new RegExp(`^${name}$`) }).getAttribute("value");
  if (!value) throw new Error(`pipeline ${name} missing: run ./fieldbook bench`);
  return value;
}

/** Navigation to a hydrated board showing its cards, in ms. */
async function interactive(page, id) {
  const start = Date.now();
  await page.goto(`${BASE}/deals?pipeline=${id}`);
  await page.waitForSelector("body[data-hydrated] [data-stage-column] .deal-card");
  return Date.now() - start;
}

/**
 * Pointer up to the dropped card rendered in its new column, in ms (measured in
 * the page); then the longest main-thread task in the 3 s after it (the sync
 * round and the save of the device's copy that a drop sets off), 0 if none
 * reached 50 ms.
 */
async function drop(page) {
  // Back to the top of the columns, so the first card in the DOM is on screen.
  await page.evaluate(() => document.querySelectorAll(".column-body").forEach((b) => (b.scrollTop = 0)));
  await page.waitForTimeout(200);
  const card = page.locator("[data-stage-column]").nth(0).locator(".deal-card").first();
  const id = await card.getAttribute("data-deal-id");
  const target = page.locator("[data-stage-column]").nth(1);
  const stage = await target.getAttribute("data-stage-column");
  const from = await card.boundingBox();
  const to = await target.locator(".column-body").boundingBox();
  // Armed before the drag starts; resolves once the card shows in its new column.
  await page.evaluate(
    ([id, stage]) => {
      window.__longest = 0;
      window.__up = Infinity;
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) {
          if (task.startTime >= window.__up) window.__longest = Math.max(window.__longest, task.duration);
        }
      }).observe({ type: "longtask" });
      window.__dropped = new Promise((resolve, reject) => {
        let up = 0;
        window.addEventListener("pointerup", () => (up = window.__up = performance.now()), { capture: true, once: true });
        const done = () => document.querySelector(`[data-stage-column="${stage}"] [data-deal-id="${id}"]`);
        const observer = new MutationObserver(() => {
          if (up && done()) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - up));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error("the dropped card never showed in its column")), 10000);
      });
    },
    [id, stage],
  );
  await page.mouse.move(from.x + 30, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + 50, from.y + 30, { steps: 3 });
  await page.mouse.move(to.x + 60, to.y + 30, { steps: 8 });
  await page.mouse.up();
  const applied = await page.evaluate(() => window.__dropped);
  await page.waitForTimeout(3000);
  return { applied, after: await page.evaluate(() => window.__longest) };
}

/** 95th percentile frame time while a column scrolls through 120 frames, in ms. */
async function scrollFrames(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const body = document.querySelector("[data-stage-column] .column-body");
        const frames = [];
        let last = performance.now();
        const step = (now) => {
          frames.push(now - last);
          last = now;
          body.scrollTop += 60;
          if (frames.length < 120) requestAnimationFrame(step);
          else resolve(frames.sort((a, b) => a - b)[Math.floor(frames.length * 0.95)]);
        };
        requestAnimationFrame(step);
      }),
  );
}

async function measure(browser, name, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signIn(page);
  const id = await pipelineId(page, name);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const result = { interactive: [], drop: [], after: [], scroll: [], nodes: 0 };
  for (let i = 0; i < RUNS; i++) {
    result.interactive.push(await interactive(page, id));
    result.nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    result.scroll.push(await scrollFrames(page));
    const { applied, after } = await drop(page);
    result.drop.push(applied);
    result.after.push(after);
  }
  await context.close();
  return {
    interactive: median(result.interactive),
    drop: median(result.drop),
    after: median(result.after),
    scroll: median(result.scroll),
    nodes: result.nodes,
  };
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const rows = [];
  for (const [label, viewport] of [["desktop 1280x800", { width: 1280, height: 800 }], ["phone 360x740", { width: 360, height: 740 }]]) {
    const base = await measure(browser, "Bench 200", viewport);
    const big = await measure(browser, "Bench 2000", viewport);
    for (const [metric, unit] of [["interactive", "ms"], ["drop", "ms"], ["after", "ms longest task after the drop"], ["scroll", "ms p95 frame"], ["nodes", "DOM elements"]]) {
      const ratio = base[metric] > 0 ? (big[metric] / base[metric]).toFixed(2) : "–";
      rows.push({ view: label, metric: `${metric} (${unit})`, "200 deals": Math.round(base[metric] * 10) / 10, "2,000 deals": Math.round(big[metric] * 10) / 10, ratio });
    }
  }
  await browser.close();
  console.table(rows);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
