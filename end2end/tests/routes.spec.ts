import { expect, test } from "@playwright/test";
import { ANA, MANAGER, hydrated, pageAs } from "./helpers";

// Loading a page by its address (a bookmark, a reload, a shared link) must
// hydrate without a panic on every route, for a rep and for a manager.
const ROUTES = ["/today", "/customers", "/customers/new", "/deals", "/forecast", "/pipelines", "/archive", "/device", "/more", "/search?q=alp"];

for (const [who, email] of [
  ["a rep", ANA],
  ["a manager", MANAGER],
] as const) {
  test(`every route loads directly for ${who}, with no panic`, async ({ browser }) => {
    const page = await pageAs(browser, email);
    const first = page.locator("a.company-row").first();
    await expect(first).toBeVisible();
    const card = await first.getAttribute("href");
    for (const route of [...ROUTES, card ?? "/customers"]) {
      await page.goto(route);
      await hydrated(page);
      await expect(page.locator("main h1").first(), route).toBeVisible();
    }
  });
}
