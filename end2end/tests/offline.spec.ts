import { expect, test, type Page } from "@playwright/test";
import { ANA, MANAGER, allSaved, goOffline, goOnline, hydrated, pageAs, status, uniqueName } from "./helpers";

/** The service worker controls the page, so the pages visited from now on work offline. */
async function shellCached(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await hydrated(page);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

function column(page: Page, name: string) {
  return page.locator("[data-stage-column]").filter({
    has: page.locator(".column-name", { hasText: new RegExp(`^${name}$`) }),
  });
}

function card(page: Page, title: string) {
  return page.locator(".deal-card:not(.deal-ghost)", { hasText: title });
}

async function createCompany(page: Page, name: string) {
  await page.goto("/customers/new");
  await hydrated(page);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await allSaved(page);
  return page.url();
}

async function createDeal(page: Page, title: string, company: string) {
  await page.getByRole("button", { name: "New deal" }).click();
  const form = page.getByRole("dialog", { name: "New deal" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Customer").fill(company);
  await form.locator(".picker-option", { hasText: company }).click();
  await form.getByLabel("Value").fill("5000");
  await form.getByRole("button", { name: "Create deal" }).click();
  await expect(card(page, title)).toBeVisible();
  await allSaved(page);
}

async function openBoard(page: Page) {
  await page.goto("/deals");
  await hydrated(page);
  await expect(page.locator("[data-stage-column]").first()).toBeVisible();
}

test("edits made offline survive a reload and reach the server when the network returns", async ({
  browser,
}) => {
  // Two people, three reloads and eleven hydrations of a debug build: about 25 s.
  test.setTimeout(60_000);
  const ana = await pageAs(browser, ANA);
  await shellCached(ana);
  const company = uniqueName("Offline Co");
  const cardUrl = await createCompany(ana, company);
  await ana.reload(); // an online visit of a customer card: its page now works offline
  await hydrated(ana);
  await openBoard(ana);
  const title = uniqueName("Offline deal");
  await createDeal(ana, title, company);
  const dealId = await card(ana, title).getAttribute("data-deal-id");
  const qualified = await column(ana, "Qualified").getAttribute("data-stage-column");

  await goOffline(ana.context());
  await expect(status(ana)).toContainText("Offline");

  // Edit the deal's value, then move it on a stage, all offline.
  await card(ana, title).click();
  const panel = ana.getByRole("dialog");
  await panel.getByRole("button", { name: "Edit Value" }).click();
  await panel.getByLabel("Value").fill("9900");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.locator(".deal-status")).toContainText("€9,900");
  await panel.getByRole("button", { name: "Close", exact: true }).click();
  await card(ana, title).focus();
  await ana.keyboard.press("Alt+ArrowRight");
  await expect(column(ana, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
  await expect(status(ana)).toContainText("2 edits waiting");

  // Add a contact on the customer card (reached without the network).
  await ana.getByRole("link", { name: "Customers" }).click();
  await ana.getByLabel("Search customers").fill(company);
  await ana.locator("a.company-row", { hasText: company }).click();
  await ana.getByRole("button", { name: "Add contact" }).click();
  const form = ana.getByRole("form", { name: "New contact" });
  await form.getByLabel("Name").fill("Olga Offline");
  await form.getByLabel("Email").fill("olga@offline.test");
  await form.getByRole("button", { name: "Add contact" }).click();
  await expect(ana.locator(".contact-list")).toContainText("Olga Offline");
  await expect(status(ana)).toContainText("Offline · 3 edits waiting");

  // The customer data is kept in IndexedDB (room for big books), not in local storage.
  await expect
    .poll(() =>
      ana.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open("fieldbook");
            open.onsuccess = () => {
              const keys = open.result.transaction("cache").objectStore("cache").getAllKeys();
              keys.onsuccess = () => resolve(keys.result.map(String));
              keys.onerror = () => resolve([]);
            };
            open.onerror = () => resolve([]);
          }),
      ),
    )
    .toContainEqual(expect.stringMatching(/\.data\.\d{6}$/));
  expect(await ana.evaluate(() => Object.keys(localStorage).filter((k) => k.endsWith(".data")))).toEqual([]);

  // A reload with no network: the page, the data and the queue are all still there.
  await ana.reload();
  await hydrated(ana);
  await expect(ana.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await expect(ana.locator(".contact-list")).toContainText("Olga Offline");
  await expect(ana.locator(".deal-list")).toContainText("€9,900");
  await expect(status(ana)).toHaveAttribute("data-pending", "3");
  // (Served by the service worker: a page it does not keep says so.)
  await ana.goto("/login");
  await expect(ana.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await ana.goto(cardUrl);
  await hydrated(ana);
  await expect(status(ana)).toHaveAttribute("data-pending", "3");

  await goOnline(ana.context());
  await allSaved(ana);

  // Another person, another browser: the server has all three edits.
  const manager = await pageAs(browser, MANAGER);
  await manager.goto(cardUrl);
  await hydrated(manager);
  await expect(manager.locator(".contact-list")).toContainText("Olga Offline");
  await expect(manager.locator(".deal-list")).toContainText("€9,900");
  await manager.goto(`/deals?deal=${dealId}`);
  await hydrated(manager);
  await expect(manager.getByRole("dialog").getByLabel("Move to stage")).toHaveValue(qualified!);
});

test("another person's edit appears live, without a reload", async ({ browser }) => {
  const ana = await pageAs(browser, ANA);
  const company = uniqueName("Live Co");
  const cardUrl = await createCompany(ana, company);
  const manager = await pageAs(browser, MANAGER);
  await manager.goto(cardUrl);
  await hydrated(manager);
  await expect(manager.getByRole("heading", { level: 1, name: company })).toBeVisible();

  await ana.locator("details#details > summary").click();
  await ana.getByRole("button", { name: "Edit details" }).click();
  await ana.getByRole("button", { name: "Edit Phone" }).click();
  await ana.getByLabel("Phone").fill("+49 30 1234567");
  await ana.keyboard.press("Enter");
  await allSaved(ana);

  // The call action follows it; so do the folded details.
  await expect(manager.getByRole("navigation", { name: "Quick actions" }).getByRole("link", { name: "Call" })).toHaveAttribute(
    "href",
    "tel:+49301234567",
  );
  await expect(manager.locator("details#details")).toContainText("+49 30 1234567");
});

test("moving a deal someone archived meanwhile is refused with the reason, and the card goes", async ({
  browser,
}) => {
  const ana = await pageAs(browser, ANA);
  const company = uniqueName("Gone Co");
  await createCompany(ana, company);
  await openBoard(ana);
  const title = uniqueName("Doomed deal");
  await createDeal(ana, title, company);

  await goOffline(ana.context());
  await expect(status(ana)).toContainText("Offline");
  // The manager archives it meanwhile, from the board's deal panel.
  const manager = await pageAs(browser, MANAGER);
  await openBoard(manager);
  await card(manager, title).click();
  manager.once("dialog", (dialog) => dialog.accept());
  await manager.getByRole("button", { name: "Archive deal" }).click();
  await expect(card(manager, title)).toHaveCount(0);
  await allSaved(manager);

  await card(ana, title).focus();
  await ana.keyboard.press("Alt+ArrowRight");
  await expect(status(ana)).toContainText("1 edit waiting");
  await goOnline(ana.context());

  await expect(ana.getByRole("alert").filter({ hasText: "was not saved" })).toContainText(
    `Moving the deal “${title}” was not saved`,
  );
  await expect(card(ana, title)).toHaveCount(0);
  await allSaved(ana);
});
