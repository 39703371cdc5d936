import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { MANAGER, PHONE, hydrated, openFromMore, openTab, signIn } from "./helpers";

// axe-core on each main page of a 360 px phone, reached by tapping as a rep does.
test.use(PHONE);

/** The serious and critical violations on the page as it is now, in words. */
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test("axe finds no serious or critical problem on the main pages of a phone", async ({ page }) => {
  test.setTimeout(90_000);
  const found: Record<string, string[]> = {};

  await page.goto("/login");
  await hydrated(page);
  found["sign-in"] = await seriousViolations(page);

  // The manager sees every page a rep sees, and more.
  await signIn(page, MANAGER);
  await openTab(page, "My day", { tap: true });
  await expect(page.getByRole("heading", { level: 1, name: "My day" })).toBeVisible();
  found["/today"] = await seriousViolations(page);

  await openTab(page, "Customers", { tap: true });
  await expect(page.locator(".company-row").first()).toBeVisible();
  found["/customers"] = await seriousViolations(page);

  await page.locator(".company-row").first().tap();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("navigation", { name: "Quick actions" })).toBeVisible();
  found["a customer card"] = await seriousViolations(page);

  await openTab(page, "Pipeline", { tap: true });
  await expect(page.locator(".deal-card").first()).toBeVisible();
  found["/deals"] = await seriousViolations(page);

  await page.locator(".deal-card").first().tap();
  await expect(page.getByRole("dialog").getByRole("heading", { level: 2 })).toBeVisible();
  found["the deal panel"] = await seriousViolations(page);
  await page.keyboard.press("Escape");

  await openFromMore(page, "Forecast", { tap: true });
  await expect(page.locator("svg.chart").first()).toBeVisible();
  found["/forecast"] = await seriousViolations(page);

  await openTab(page, "More", { tap: true });
  await expect(page.getByRole("heading", { level: 1, name: "More" })).toBeVisible();
  found["More"] = await seriousViolations(page);

  // Search from the top bar, with results on screen.
  await page.getByRole("link", { name: "Search" }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
  await page.getByLabel("Search everything on this device").fill("a");
  await expect(page.locator(".search-results a").first()).toBeVisible();
  found["/search"] = await seriousViolations(page);

  const problems = Object.entries(found).filter(([, v]) => v.length > 0);
  expect(Object.fromEntries(problems), "serious or critical axe violations by page").toEqual({});
});
