// Page weight: the release bundle's sizes (raw, gzip, brotli) and the bytes a
// phone downloads for a cold load of the board, against the 480 KB first-download target.
//
//   node bench/weight.cjs            (BASE_URL defaults to http://127.0.0.1:3000)
//
// Expects a release build in target/site (SITE_ROOT) served at BASE_URL.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { chromium } = require("playwright-core");

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const SITE = process.env.SITE_ROOT ?? path.join(__dirname, "..", "target", "site");
const BUDGET = 480 * 1024; // issue 17: a rep's first download
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function sizes(file) {
  const data = fs.readFileSync(path.join(SITE, "pkg", file));
  return {
    file,
    raw: data.length,
    gzip: zlib.gzipSync(data, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(data, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Bytes received (compressed, as on the wire) for a cold load of the board, by kind. */
async function coldBoard(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const signedIn = await context.request.post(`${BASE}/api/login`, {
    form: { email: "ana@fieldbook.test", password: "fieldbook" },
    // Not a browser page: say which origin it acts for (the server refuses cross-site posts).
    headers: { accept: "application/json", origin: new URL(BASE).origin },
  });
  if (!signedIn.ok()) throw new Error(`sign-in failed: ${signedIn.status()}`);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const kinds = new Map();
  const byRequest = new Map();
  cdp.on("Network.responseReceived", (e) => byRequest.set(e.requestId, e.type));
  cdp.on("Network.loadingFinished", (e) => {
    const kind = byRequest.get(e.requestId) ?? "Other";
    kinds.set(kind, (kinds.get(kind) ?? 0) + e.encodedDataLength);
  });
  const start = Date.now();
  await page.goto(`${BASE}/deals`);
  await page.waitForSelector("body[data-hydrated] [data-stage-column] .deal-card");
  const ms = Date.now() - start;
  await page.waitForTimeout(300); // let the last responses finish counting
  await context.close();
  return { kinds, ms };
}

(async () => {
  // By the names this build gave them (fieldbook.<hash>.wasm with hash-files);
  // with --split, the rarely opened pages' chunks and their loader follow.
  const names = fs.readdirSync(path.join(SITE, "pkg")).filter((name) => /\.(wasm|js|css)$/.test(name));
  const main = ["wasm", "js", "css"].map((ext) =>
    names.find((name) => name.startsWith("fieldbook.") && name.endsWith(`.${ext}`)),
  );
  const files = main.map(sizes);
  const chunks = names.filter((name) => !main.includes(name)).sort().map(sizes);
  const table = (title, rows) => {
    console.log(`\n${title}\n`);
    console.log("| file | raw | gzip | brotli |");
    console.log("|------|----:|-----:|-------:|");
    for (const f of rows) console.log(`| ${f.file} | ${f.raw} | ${f.gzip} | ${f.brotli} |`);
    const sum = (key) => rows.reduce((s, f) => s + f[key], 0);
    console.log(`| total | ${sum("raw")} | ${sum("gzip")} | ${sum("brotli")} |`);
  };
  table("Release bundle, main module (bytes)", files);
  if (chunks.length) table(`Split chunks, loaded when their page opens (${chunks.length} files, bytes)`, chunks);

  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const { kinds, ms } = await coldBoard(browser);
  await browser.close();
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  console.log(`\nCold load of the board as a rep, 360x740, no cache (${ms} ms on loopback)\n`);
  console.log("| kind | bytes on the wire |");
  console.log("|------|------------------:|");
  for (const [kind, bytes] of [...kinds.entries()].sort((a, b) => b[1] - a[1])) console.log(`| ${kind} | ${bytes} |`);
  console.log(`| total | ${total} |`);
  // The target counts the page and its code; the first sync's data comes on top.
  const code = total - (kinds.get("Fetch") ?? 0) - (kinds.get("XHR") ?? 0);
  console.log(`\nFirst download without the sync data: ${code} bytes, ${(code / BUDGET).toFixed(2)} × the 480 KB target`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
