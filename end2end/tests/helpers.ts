import { expect, type Browser, type Page } from "@playwright/test";

export const PASSWORD = "fieldbook";
export const ANA = "ana@fieldbook.test";
export const BEN = "ben@fieldbook.test";
export const MANAGER = "manager@fieldbook.test";

/** Waits until the wasm has taken over the server-rendered page. */
export async function hydrated(page: Page) {
  await expect(page.locator("body[data-hydrated]")).toHaveCount(1);
}

export async function signIn(page: Page, email: string) {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/customers$/);
  await hydrated(page);
}

/** A page in a fresh browser context (its own cookies) signed in as `email`. */
export async function pageAs(browser: Browser, email: string, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}
