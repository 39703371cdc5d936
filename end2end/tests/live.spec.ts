import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { ANA, MANAGER, allSaved, hydrated, pageAs, uniqueName } from "./helpers";
import { serve, stop } from "./servers";

// Two server processes on one database, as behind a load balancer: an edit
// made through one reaches a browser whose live channel is held by the other
// (each process LISTENs for the database's commits; see sync::live).
const PORT = Number(process.env.FIELDBOOK_SECOND_PORT ?? 3094);
const SECOND = `http://127.0.0.1:${PORT}`;

let second: ChildProcess | undefined;
test.afterEach(async () => {
  if (second) await stop(second);
  second = undefined;
});

test("an edit made through one server process appears live in a browser on another", async ({ browser }) => {
  test.setTimeout(90_000);
  second = await serve(PORT);
  // Ana works through the server every test uses; the manager through the second.
  const ana = await pageAs(browser, ANA);
  const manager = await pageAs(browser, MANAGER, { baseURL: SECOND });

  await ana.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers", exact: true }).click();
  await hydrated(ana);
  await ana.getByRole("link", { name: "New company" }).click();
  const company = uniqueName("Two Servers Co");
  await ana.getByLabel("Name").fill(company);
  await ana.getByRole("button", { name: "Create company" }).click();
  await expect(ana.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await allSaved(ana);

  // The new company reaches the manager's list without a reload.
  await manager.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers", exact: true }).click();
  await hydrated(manager);
  await manager.locator("#customer-search").fill(company);
  const row = manager.locator("a.company-row", { hasText: company });
  await expect(row).toBeVisible({ timeout: 20_000 });
  await row.click();
  await expect(manager.getByRole("heading", { level: 1, name: company })).toBeVisible();

  // And so does Ana's next edit, on the card the manager has open.
  await ana.locator("details#details > summary").click();
  await ana.getByRole("button", { name: "Edit details" }).click();
  await ana.getByRole("button", { name: "Edit Phone" }).click();
  await ana.getByLabel("Phone").fill("+371 2000 0094");
  await ana.keyboard.press("Enter");
  await allSaved(ana);
  await expect(manager.locator("details#details")).toContainText("+371 2000 0094", { timeout: 20_000 });
});
