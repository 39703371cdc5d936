import { expect, test, type Page } from "@playwright/test";
import { ANA, MANAGER, PHONE, allSaved, goOffline, hydrated, openFromMore, openTab, pageAs, signOut } from "./helpers";

// A rep's phone: every page is reached by tapping, never by loading its URL online.

/** The device copy is in IndexedDB, so a reload without network has the data. */
async function copyStored(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open("fieldbook");
            open.onsuccess = () => {
              const keys = open.result.transaction("cache").objectStore("cache").getAllKeys();
              keys.onsuccess = () => resolve(keys.result.some((k) => /\.data\.\d{6}$/.test(String(k))));
              keys.onerror = () => resolve(false);
            };
            open.onerror = () => resolve(false);
          }),
      ),
    )
    .toBe(true);
}

/** "This device", opened by tapping the sync state, says every page is kept. */
async function pagesKept(page: Page) {
  await page.getByTestId("sync-status").tap();
  await expect(page.getByRole("heading", { level: 1, name: "This device" })).toBeVisible();
  await expect(page.getByTestId("device-offline-pages")).toHaveText(/^All \d+ kept/);
}

/** Opens `path` with no network, as a reload or a dropped tab does. */
async function openOffline(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
  await expect(page.getByRole("heading", { name: "You are offline" })).toHaveCount(0);
}

test("after one sign-in every page opens offline with the rep's data, a card never opened included", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const ana = await pageAs(browser, ANA, PHONE);
  await allSaved(ana);

  // Tap through the app as a rep does.
  await openTab(ana, "Customers", { tap: true });
  const rows = ana.locator("a.company-row");
  await expect(rows.nth(1)).toBeVisible();
  const opened = (await rows.nth(0).locator(".company-name").textContent())?.trim();
  const neverOpenedHref = (await rows.nth(1).getAttribute("href"))!;
  const neverOpened = (await rows.nth(1).locator(".company-name").textContent())?.trim();
  expect(opened && neverOpened).toBeTruthy();
  await rows.nth(0).tap();
  await expect(ana.getByRole("heading", { level: 1, name: opened })).toBeVisible();
  await openTab(ana, "Customers", { tap: true });
  await ana.getByRole("link", { name: "New company" }).first().tap();
  await expect(ana.getByRole("heading", { level: 1, name: "New company" })).toBeVisible();
  await openTab(ana, "Pipeline", { tap: true });
  await expect(ana.locator(".deal-card").first()).toBeVisible();
  const deal = (await ana.locator(".deal-card .deal-title").first().textContent())?.trim();
  await openTab(ana, "My day", { tap: true });
  await expect(ana.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
  await openFromMore(ana, "Forecast", { tap: true });
  await expect(ana.getByRole("heading", { level: 1, name: "My forecast" })).toBeVisible();
  await pagesKept(ana);
  await copyStored(ana);

  await goOffline(ana.context());
  // The page in front first: a reload with no network.
  await ana.reload();
  await hydrated(ana);
  await expect(ana.getByRole("heading", { level: 1, name: "This device" })).toBeVisible();
  await expect(ana.getByTestId("device-records")).toHaveText(/^[1-9]\d* \(customers/);

  await openOffline(ana, "/customers");
  await expect(ana.locator(".company-name", { hasText: neverOpened! }).first()).toBeVisible();
  await openOffline(ana, neverOpenedHref);
  await expect(ana.getByRole("heading", { level: 1, name: neverOpened })).toBeVisible();
  await openOffline(ana, "/customers/new");
  await expect(ana.getByLabel("Name")).toBeVisible();
  await openOffline(ana, "/deals");
  await expect(ana.locator(".deal-card", { hasText: deal! }).first()).toBeVisible();
  await openOffline(ana, "/today");
  await expect(ana.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
  await expect(ana.locator(".loading")).toHaveCount(0);
  await openOffline(ana, "/forecast");
  await expect(ana.getByRole("heading", { level: 1, name: "My forecast" })).toBeVisible();
  await expect(ana.getByText("has not been read on this device yet")).toHaveCount(0);

  // A page the app does not keep: the offline answer links only to pages that open.
  await ana.goto("/login");
  await expect(ana.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await ana.getByRole("link", { name: "Pipeline" }).tap();
  await hydrated(ana);
  await expect(ana.locator(".deal-card", { hasText: deal! }).first()).toBeVisible();
});

test("a manager's pipeline settings and archive open offline too, reached by tapping", async ({ browser }) => {
  test.setTimeout(90_000);
  const manager = await pageAs(browser, MANAGER, PHONE);
  await allSaved(manager);
  await openTab(manager, "Pipeline", { tap: true });
  await manager.getByRole("link", { name: "Edit stages" }).tap();
  await expect(manager.getByRole("heading", { level: 1, name: "Pipelines and stages" })).toBeVisible();
  const pipeline = (await manager.locator(".pill-nav .pill").first().textContent())?.trim();
  await openFromMore(manager, "Archive", { tap: true });
  await expect(manager.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await pagesKept(manager);
  await copyStored(manager);

  await goOffline(manager.context());
  await openOffline(manager, "/pipelines");
  await expect(manager.locator(".pill-nav .pill").first()).toHaveText(pipeline!);
  await openOffline(manager, "/archive");
  await expect(manager.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
  await openOffline(manager, "/forecast");
  await expect(manager.getByRole("heading", { level: 1, name: "Team forecast" })).toBeVisible();
});

test("signing out drops the kept pages, so the next person on the phone never gets them", async ({ browser }) => {
  const ana = await pageAs(browser, ANA, PHONE);
  await allSaved(ana);
  await pagesKept(ana);
  const kept = () =>
    ana.evaluate(async () => {
      const names = await caches.keys();
      let pages = 0;
      for (const name of names) {
        const keys = await (await caches.open(name)).keys();
        pages += keys.filter((r) => !new URL(r.url).pathname.match(/^\/(pkg|icons|locales)\/|\.(svg|webmanifest)$/)).length;
      }
      return pages;
    });
  expect(await kept()).toBeGreaterThan(5);
  ana.once("dialog", (dialog) => dialog.accept());
  await signOut(ana, { tap: true });
  await expect(ana).toHaveURL(/\/login$/);
  await expect.poll(kept).toBe(0);
});
