import type { ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ANA, MANAGER, PHONE, allSaved, goOffline, goOnline, hydrated, pageAs, status } from "./helpers";
import { SITE, serve, stop } from "./servers";


// A release is deployed for real: this test runs its own server (the one the
// other tests use keeps running), stops it, and starts the next release on the
// same address.
const PORT = Number(process.env.FIELDBOOK_UPDATE_PORT ?? 3093);
const ORIGIN = `http://127.0.0.1:${PORT}`;

let server: ChildProcess | undefined;
test.afterEach(async () => {
  if (server) await stop(server);
  server = undefined;
});

/** The next release: the same build with one changed byte in its stylesheet. */
function nextRelease() {
  const site = mkdtempSync(path.join(tmpdir(), "fieldbook-next-"));
  cpSync(SITE, site, { recursive: true });
  // The stylesheet by the name this build gave it (fieldbook.<hash>.css).
  const css = readdirSync(path.join(site, "pkg")).find((name) => /^fieldbook\..*css$/.test(name));
  if (!css) throw new Error(`no stylesheet in ${site}/pkg`);
  appendFileSync(path.join(site, "pkg", css), `\n/* next release ${Date.now()} */\n`);
  return site;
}

async function cacheNames(page: Page) {
  return page.evaluate(() => caches.keys());
}

async function pagesKept(page: Page) {
  await page.getByTestId("sync-status").tap();
  await expect(page.getByTestId("device-offline-pages")).toHaveText(/^All \d+ kept/);
}

test("a new release installs in the background; 'New version — reload' keeps the edits waiting, which then sync", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  server = await serve(PORT);
  const ana = await pageAs(browser, ANA, { ...PHONE, baseURL: ORIGIN });
  const context = ana.context();
  await allSaved(ana);
  await pagesKept(ana);
  const [running] = await cacheNames(ana);
  expect(running).toMatch(/^fieldbook-[0-9a-f]{16}$/);

  // Offline, she edits a customer twice.
  await ana.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers", exact: true }).tap();
  const row = ana.locator("a.company-row").first();
  const company = (await row.locator(".company-name").textContent())!.trim();
  await row.tap();
  await expect(ana.getByRole("heading", { level: 1, name: company })).toBeVisible();
  const cardUrl = ana.url();
  await goOffline(context);
  await expect(status(ana)).toContainText("Offline");
  const phone = `+49 30 ${Date.now() % 10_000_000}`;
  const industry = `Updated offline ${Date.now().toString(36)}`;
  await ana.locator("details#details > summary").tap();
  await ana.getByRole("button", { name: "Edit details" }).tap();
  await ana.getByRole("button", { name: "Edit Phone" }).tap();
  await ana.getByLabel("Phone").fill(phone);
  await ana.keyboard.press("Enter");
  await ana.getByRole("button", { name: "Edit Industry" }).tap();
  await ana.getByLabel("Industry").fill(industry);
  await ana.keyboard.press("Enter");
  await expect(status(ana)).toHaveAttribute("data-pending", "2");

  // A new release is deployed; the sync API is not back yet, so the edits stay queued.
  await stop(server);
  server = await serve(PORT, nextRelease());
  await context.route("**/api/sync/**", (route) => route.abort("internetdisconnected"));
  await goOnline(context);

  // The network is back: the app checks for a release, the worker installs it
  // in the background and the page offers it.
  const reload = ana.getByRole("button", { name: "New version — reload" });
  await expect(reload).toBeVisible({ timeout: 20_000 });
  await expect(status(ana)).toHaveAttribute("data-pending", "2");
  // Until she says so, the running release stays in charge.
  expect(await cacheNames(ana)).toContain(running);

  // From the keyboard.
  await reload.focus();
  const reloaded = ana.waitForEvent("load");
  await ana.keyboard.press("Enter");
  await reloaded;
  await hydrated(ana);
  await expect(reload).toHaveCount(0);
  await expect.poll(() => cacheNames(ana)).toHaveLength(1);
  const [next] = await cacheNames(ana);
  expect(next).toMatch(/^fieldbook-[0-9a-f]{16}$/);
  expect(next).not.toEqual(running);

  // The edits and the device copy came through the update.
  await expect(ana.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(ana.locator("details#details")).toContainText(phone);
  await expect(ana.locator("details#details")).toContainText(industry);
  await expect(status(ana)).toHaveAttribute("data-pending", "2");
  const outbox = await ana.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.endsWith(".outbox"))
      .map(([, value]) => JSON.parse(value)),
  );
  expect(outbox).toEqual([expect.objectContaining({ format: 1 })]);
  expect(outbox[0].pending).toHaveLength(2);

  // The new release works offline on its own once it holds every page.
  await pagesKept(ana);
  await goOffline(context);
  await ana.goto("/deals");
  await hydrated(ana);
  await expect(ana.locator(".deal-card").first()).toBeVisible();
  await ana.goto(cardUrl);
  await hydrated(ana);
  await expect(ana.locator("details#details")).toContainText(phone);

  // The API is back: the queued edits go through.
  await context.unroute("**/api/sync/**");
  await goOnline(context);
  await expect(status(ana)).toHaveAttribute("data-pending", "0", { timeout: 40_000 });
  await allSaved(ana);

  const manager = await pageAs(browser, MANAGER, { baseURL: ORIGIN });
  await manager.goto(cardUrl);
  await hydrated(manager);
  await expect(manager.locator("details#details")).toContainText(phone);
  await expect(manager.locator("details#details")).toContainText(industry);
});
