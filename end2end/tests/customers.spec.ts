import { expect, test } from "@playwright/test";
import { ANA, BEN, MANAGER, hydrated, pageAs, signIn, signOut, uniqueName } from "./helpers";

test("a rep creates a company and a contact, edits in place, and it persists; only the owner and the manager see it", async ({
  page,
  browser,
}) => {
  const name = uniqueName("Harbor Test Foods");
  await signIn(page, ANA);

  await page.getByRole("link", { name: "New company" }).click();
  await expect(page).toHaveURL(/\/customers\/new$/);
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Phone").fill("+351 21 000 1234");
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);

  // A contact, with a validation message first.
  await page.getByRole("button", { name: "Add contact" }).click();
  const form = page.getByRole("form", { name: "New contact" });
  await form.getByLabel("Name").fill("Rosa Tester");
  await form.getByLabel("Email").fill("rosa-at-example");
  await form.getByRole("button", { name: "Add contact" }).click();
  await expect(form.getByText("Enter an email address like name@company.com.")).toBeVisible();
  await form.getByLabel("Email").fill("rosa@harbor.example");
  await form.getByRole("button", { name: "Add contact" }).click();
  const contact = page.locator("li.contact");
  await expect(contact).toHaveCount(1);
  await expect(contact.getByRole("link", { name: "rosa@harbor.example" })).toHaveAttribute(
    "href",
    "mailto:rosa@harbor.example",
  );
  await contact.getByRole("button", { name: "Edit Rosa Tester" }).click();
  await expect(contact.getByRole("button", { name: "Edit Email" })).toHaveText("rosa@harbor.example");

  // The details are folded, and editing is behind "Edit details": then a
  // field is edited in place: click, type, Enter.
  const details = page.locator("details#details");
  await details.locator("summary").click();
  await details.getByRole("button", { name: "Edit details" }).click();
  await details.getByRole("button", { name: "Edit Industry" }).click();
  await details.getByLabel("Industry").fill("Seafood wholesale");
  await details.getByLabel("Industry").press("Enter");
  await expect(details.getByRole("button", { name: "Edit Industry" })).toHaveText("Seafood wholesale");

  // A bad value is refused with the reason, and the typed text stays.
  await details.getByRole("button", { name: "Edit Website" }).click();
  await details.getByLabel("Website").fill("not a website");
  await details.getByLabel("Website").press("Enter");
  await expect(details.getByText("Enter a web address like example.com.")).toBeVisible();
  await expect(details.getByLabel("Website")).toHaveValue("not a website");
  await details.getByLabel("Website").press("Escape");

  await page.reload();
  await hydrated(page);
  await details.locator("summary").click();
  await details.getByRole("button", { name: "Edit details" }).click();
  await expect(details.getByRole("button", { name: "Edit Industry" })).toHaveText("Seafood wholesale");
  await expect(details.getByRole("button", { name: "Edit Website" })).toHaveText("Not set");
  await expect(page.locator("li.contact")).toHaveCount(1);
  const cardUrl = page.url();

  // Another rep neither finds it nor opens it.
  const ben = await pageAs(browser, BEN);
  await ben.getByLabel("Search customers").fill(name);
  await expect(ben.getByText("No customers match")).toBeVisible();
  await ben.goto(cardUrl);
  await expect(ben.getByText("You do not have access to this record.")).toBeVisible();

  // The manager finds it, with its owner.
  const manager = await pageAs(browser, MANAGER);
  await manager.getByLabel("Search customers").fill(name);
  const row = manager.locator(".company-row", { hasText: name });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Ana Lopez");
  await row.click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText(name);
});

test("the list is interactive once hydrated: filtering happens without a page load", async ({ page }) => {
  await signIn(page, MANAGER);
  await expect(page.locator(".list-count")).toHaveText(/^1–50 of \d+ customers$/);
  // A full page load would wipe this marker.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await page.getByLabel("Search customers").fill("Alpine Bakery");
  await expect(page.locator(".company-row")).toHaveCount(1);
  await expect(page.locator(".company-row")).toContainText("Alpine Bakery");

  await page.getByLabel("Search customers").fill("");
  await page.getByLabel("Classification").selectOption("debtor");
  await expect(page.locator(".company-row").first()).toContainText("Debtor");

  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, ANA);
  await signOut(page);
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/customers");
  await expect(page).toHaveURL(/\/login$/);
});

test("a wrong password is explained on the sign-in form", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("Email").fill(ANA);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});
