import { expect, test } from "@playwright/test";
import { ANA, PHONE, signIn } from "./helpers";

test.use(PHONE);

test("the customer list fits a 360 px phone with thumb-sized targets", async ({ page }) => {
  await signIn(page, ANA);
  const rows = page.locator(".company-row");
  await expect(rows.first()).toBeVisible();

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);

  for (const target of [
    page.getByRole("link", { name: "New company" }),
    page.getByLabel("Search customers"),
    page.getByLabel("Classification"),
    rows.first(),
    page.getByRole("button", { name: "Next" }),
  ]) {
    const box = await target.boundingBox();
    expect(box, "target is laid out").not.toBeNull();
    expect(box!.height, "touch target at least 44 px tall").toBeGreaterThanOrEqual(44);
    expect(box!.x + box!.width).toBeLessThanOrEqual(360);
  }

  const first = (await rows.first().locator(".company-name").textContent()) ?? "";
  await rows.first().tap();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
});

test("My day fits a 360 px phone, one tap per action", async ({ page }) => {
  await signIn(page, ANA);
  await page.getByRole("link", { name: /My day/ }).tap();
  await expect(page.getByRole("heading", { name: "My day" })).toBeVisible();
  const done = page.getByRole("button", { name: /^Mark “.*” done$/ }).first();
  await expect(done).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling").toBeLessThanOrEqual(0);
  const box = await done.boundingBox();
  expect(box!.height, "touch target at least 44 px tall").toBeGreaterThanOrEqual(44);
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});
