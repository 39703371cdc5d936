import { devices, expect, test, type Browser, type BrowserContext, type Page, type Route } from "@playwright/test";

export const PASSWORD = "fieldbook";
export const ANA = "ana@fieldbook.test";
export const BEN = "ben@fieldbook.test";
export const CHLOE = "chloe@fieldbook.test";
export const MANAGER = "manager@fieldbook.test";

/** A rep's phone: 360 × 740, touch (for `test.use` or `pageAs`). */
export const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent: devices["Pixel 5"].userAgent,
};

/** Waits until the wasm has taken over the server-rendered page. */
export async function hydrated(page: Page) {
  await expect(page.locator("body[data-hydrated]")).toHaveCount(1);
}

/** Panics of the app in any page a test signed in with (a hydration mismatch, say). */
const panics: string[] = [];

/** A wasm panic fails the test that saw it, even when the page still looked right. */
function watchForPanics(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("panicked at")) {
      panics.push(`${page.url()}: ${message.text().split("\n").slice(0, 2).join(" ")}`);
    }
  });
}

test.afterEach(() => {
  const seen = panics.splice(0);
  expect(seen, "the app panicked").toEqual([]);
});

export async function signIn(page: Page, email: string) {
  watchForPanics(page);
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

// `setOffline` cuts the pages off, but not the service worker's own fetches: those
// are aborted by a route (Playwright sees them with the experimental flag set in
// playwright.config.ts), so the worker really has to answer from its cache.
function abortWorkerFetch(route: Route) {
  return route.request().serviceWorker()
    ? route.abort("internetdisconnected")
    : route.fallback();
}

export async function goOffline(context: BrowserContext) {
  await context.route("**", abortWorkerFetch);
  await context.setOffline(true);
}

export async function goOnline(context: BrowserContext) {
  await context.unroute("**", abortWorkerFetch);
  await context.setOffline(false);
}

export function status(page: Page) {
  return page.getByTestId("sync-status");
}

/** Everything this device queued has been confirmed by the server. */
export async function allSaved(page: Page) {
  await expect(status(page)).toHaveAttribute("data-pending", "0");
  await expect(status(page)).toContainText("All saved");
}

/** The tab bar: at the bottom on a phone, in the top bar on a wide screen. */
export function tabs(page: Page) {
  return page.getByRole("navigation", { name: "Main" });
}

/** Opens a tab as a user does: a tap on a touch screen, a click otherwise. */
export async function openTab(page: Page, name: "My day" | "Customers" | "Pipeline" | "More", { tap = false } = {}) {
  const link = tabs(page).getByRole("link", { name: new RegExp(`^${name}`) });
  if (tap) await link.tap();
  else await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** Opens a page kept under More (Forecast, Archive, This device…): More, then the page. */
export async function openFromMore(page: Page, name: string, { tap = false } = {}) {
  await openTab(page, "More", { tap });
  await expect(page.getByRole("heading", { level: 1, name: "More" })).toBeVisible();
  const link = page.getByRole("navigation", { name: "More pages" }).getByRole("link", { name, exact: true });
  if (tap) await link.tap();
  else await link.click();
}

/** Signs out from More, as a user does. */
export async function signOut(page: Page, { everywhere = false, tap = false } = {}) {
  await openTab(page, "More", { tap });
  const button = page.getByRole("button", { name: everywhere ? "Sign out everywhere" : "Sign out", exact: true });
  if (tap) await button.tap();
  else await button.click();
}
