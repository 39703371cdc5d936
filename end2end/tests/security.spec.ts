import { expect, test, type Page } from "@playwright/test";
import { BEN, CHLOE, MANAGER, PASSWORD, hydrated, pageAs, signIn, signOut } from "./helpers";

/** Content-Security-Policy violations the page reports, as the browser words them. */
function watchForViolations(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

test("every page loads, hydrates and works under the Content-Security-Policy with no violation", async ({ page }) => {
  const violations = watchForViolations(page);
  const response = await page.goto("/login");
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[\w-]+'/);
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");

  await signIn(page, MANAGER);
  for (const path of ["/today", "/customers/new", "/deals", "/forecast", "/pipelines", "/archive", "/device", "/more", "/customers"]) {
    await page.goto(path);
    await hydrated(page);
  }
  // A card, and a live update through the event stream and a pull.
  await page.locator(".company-row").first().click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test("signing out everywhere ends the session in every browser", async ({ browser }) => {
  const phone = await pageAs(browser, CHLOE);
  const laptop = await pageAs(browser, CHLOE);

  await signOut(laptop, { everywhere: true });
  await expect(laptop).toHaveURL(/\/login$/);

  await phone.reload();
  await expect(phone).toHaveURL(/\/login$/);
  await hydrated(phone);
  await expect(phone.getByRole("button", { name: "Sign in" })).toBeVisible();
});

test("the sign-in form works before the app has loaded: the browser's own form post passes the origin check", async ({
  browser,
}) => {
  // No JavaScript: the form is posted by the browser itself, as on a slow phone before the wasm arrives.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(BEN);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  const cookies = await context.cookies();
  expect(cookies.map((c) => c.name)).toContain("fieldbook_session");
  await context.close();
});
