import { expect, test, type Page } from "@playwright/test";
import { ANA, BEN, MANAGER, allSaved, goOffline, goOnline, openFromMore, pageAs, status, uniqueName } from "./helpers";

/** Answers the next confirmation dialog with OK, and hands back its question. */
function acceptNextDialog(page: Page) {
  return new Promise<string>((resolve) => {
    page.once("dialog", async (dialog) => {
      resolve(dialog.message());
      await dialog.accept();
    });
  });
}

/** Creates a company from the customer list, as a rep does, and opens its card. */
async function newCompany(page: Page, name: string) {
  await page.getByRole("link", { name: "New company" }).click();
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function openCustomer(page: Page, name: string) {
  await page.getByRole("link", { name: "Customers", exact: true }).click();
  await page.getByLabel("Search customers").fill(name);
  await page.locator("a.company-row", { hasText: name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a rep archives a customer offline; the manager restores it from the Archive, then erases it", async ({
  browser,
}) => {
  const ana = await pageAs(browser, ANA);
  const name = uniqueName("Archive Co");
  await newCompany(ana, name);
  await ana.getByRole("button", { name: "Add contact" }).click();
  const form = ana.getByRole("form", { name: "New contact" });
  await form.getByLabel("Name").fill("Rosa Archive");
  await form.getByRole("button", { name: "Add contact" }).click();
  await expect(ana.locator("li.contact")).toHaveCount(1);
  await allSaved(ana);

  // Offline, the archive is queued like any edit, and the card leaves at once.
  await goOffline(ana.context());
  const asked = acceptNextDialog(ana);
  await ana.getByRole("button", { name: "Archive company" }).click();
  expect(await asked).toContain(`Archive “${name}” with 1 contact?`);
  await expect(ana).toHaveURL(/\/customers$/);
  await ana.getByLabel("Search customers").fill(name);
  await expect(ana.getByText("No customers match")).toBeVisible();
  await expect(status(ana)).toContainText("1 edit waiting");
  await goOnline(ana.context());
  await allSaved(ana);

  // The manager finds it in the Archive, with what went with it, and restores it.
  const manager = await pageAs(browser, MANAGER);
  await openFromMore(manager, "Archive");
  const row = manager.locator(".archive-item", { hasText: name });
  await expect(row).toContainText("with 1 archived record");
  await expect(row).toContainText("Archived");
  await row.getByRole("button", { name: "Restore" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "is restored" })).toBeVisible();
  await allSaved(manager);

  // It comes back on Ana's device, contact included.
  await ana.getByLabel("Search customers").fill("");
  await ana.getByLabel("Search customers").fill(name);
  await ana.locator("a.company-row", { hasText: name }).click();
  await expect(ana.locator("li.contact")).toHaveCount(1);

  // The manager archives it again from the card, then erases it for good.
  await openCustomer(manager, name);
  const question = acceptNextDialog(manager);
  await manager.getByRole("button", { name: "Archive company" }).click();
  expect(await question).toContain(`Archive “${name}” with 1 contact?`);
  await allSaved(manager);
  await openFromMore(manager, "Archive");
  const again = manager.locator(".archive-item", { hasText: name });
  const erase = acceptNextDialog(manager);
  await again.getByRole("button", { name: "Erase…" }).click();
  expect(await erase).toContain("This cannot be undone");
  await expect(manager.getByRole("status").filter({ hasText: `Erased “${name}”` })).toContainText(
    "with 1 contact",
  );
  await expect(manager.locator(".archive-item", { hasText: name })).toHaveCount(0);
});

test("a rep is told who still works at a customer instead of archiving it", async ({ browser }) => {
  // Ana's customer, where the manager plans a follow-up for Ben.
  const ana = await pageAs(browser, ANA);
  const name = uniqueName("Shared Co");
  await newCompany(ana, name);
  await allSaved(ana);

  const manager = await pageAs(browser, MANAGER);
  await openCustomer(manager, name);
  await manager.getByRole("button", { name: "Plan next step" }).click();
  const plan = manager.getByRole("form", { name: "Plan the next step" });
  await plan.getByLabel("Subject").fill("Ben calls about the pump");
  await plan.getByLabel("For").selectOption({ label: "Ben Carter" });
  await plan.getByRole("button", { name: "Plan it" }).click();
  await allSaved(manager);

  await ana.getByRole("button", { name: "Archive company" }).click();
  await expect(ana.getByRole("alert").filter({ hasText: "still has" })).toContainText(
    "Ben Carter still has 1 planned activity here.",
  );
  await expect(ana.getByRole("heading", { level: 1, name })).toBeVisible();
});

test("a manager hands a customer to another rep: told what moves, and the planned call goes along", async ({
  browser,
}) => {
  const ana = await pageAs(browser, ANA);
  const name = uniqueName("Handover Co");
  await newCompany(ana, name);
  await ana.getByRole("button", { name: "Plan next step" }).click();
  const plan = ana.getByRole("form", { name: "Plan the next step" });
  await plan.getByLabel("Subject").fill("Call about the handover");
  await plan.getByRole("button", { name: "Plan it" }).click();
  await allSaved(ana);

  const manager = await pageAs(browser, MANAGER);
  await openCustomer(manager, name);
  await manager.locator("details#details > summary").click();
  await manager.getByRole("button", { name: "Edit details" }).click();
  await manager.getByRole("button", { name: "Edit Owner" }).click();
  await manager.getByLabel("Owner").selectOption({ label: "Ben Carter" });
  const asked = acceptNextDialog(manager);
  await manager.getByRole("button", { name: "Save" }).click();
  expect(await asked).toContain("Ana Lopez's 0 open deals and 1 activity here move to Ben Carter");
  await expect(manager.getByRole("button", { name: "Edit Owner" })).toHaveText("Ben Carter");
  await allSaved(manager);

  const ben = await pageAs(browser, BEN);
  await openCustomer(ben, name);
  await expect(ben.getByText("Call about the handover")).toBeVisible();
});
