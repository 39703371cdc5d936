import { expect, test } from "@playwright/test";
import { ANA, hydrated, pageAs, uniqueName } from "./helpers";

/** yyyy-mm-dd of `days` from today, on the browser's clock. */
function isoDay(days: number) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function overdueCount(page: import("@playwright/test").Page) {
  const badge = page.getByTestId("overdue-badge");
  return (await badge.count()) === 0 ? 0 : Number(await badge.innerText());
}

test("a rep plans a follow-up, sees it overdue in My day, completes it, and the badge drops", async ({ browser }) => {
  const page = await pageAs(browser, ANA);
  await page.locator("a.company-row").first().click();
  await hydrated(page);
  await expect(page.getByRole("heading", { name: "Next steps" })).toBeVisible();

  // Log what just happened: it lands on the timeline at once.
  const call = uniqueName("Talked prices");
  await page.getByRole("button", { name: "Log activity" }).click();
  await page.getByLabel("Subject").fill(call);
  await page.getByRole("button", { name: "Save to timeline" }).click();
  await expect(page.getByText("Logged. Plan the next step?")).toBeVisible();
  await page.locator("details#timeline > summary").click();
  await expect(page.getByRole("list", { name: "Timeline" }).getByText(call)).toBeVisible();

  // Plan a follow-up that was due yesterday.
  const before = await overdueCount(page);
  const subject = uniqueName("Send the revised offer");
  await page.getByRole("button", { name: "Plan next step" }).click();
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Due date").fill(isoDay(-1));
  await page.getByRole("button", { name: "Plan it" }).click();
  await expect(page.getByRole("list", { name: "Next steps" }).getByText(subject)).toBeVisible();
  await expect(page.getByTestId("overdue-badge")).toHaveText(String(before + 1));

  await page.getByRole("link", { name: /My day/ }).click();
  await expect(page.getByRole("heading", { name: "My day" })).toBeVisible();
  const item = page.getByRole("region", { name: "Overdue" }).locator("li.activity", { hasText: subject });
  await expect(item).toBeVisible();
  await expect(item).toContainText("Overdue");
  await item.getByRole("button", { name: `Mark “${subject}” done` }).click();
  await expect(item).toHaveCount(0);
  await expect.poll(() => overdueCount(page)).toBe(before);

  // Saved on the server: a reload (after the sync) still has it done.
  await expect(page.getByText("All saved")).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole("heading", { name: "My day" })).toBeVisible();
  await expect(page.getByText(subject)).toHaveCount(0);
  await expect.poll(() => overdueCount(page)).toBe(before);
});

test("a follow-up moved to tomorrow leaves today's list", async ({ browser }) => {
  const page = await pageAs(browser, ANA);
  await page.locator("a.company-row").nth(1).click();
  await hydrated(page);
  const subject = uniqueName("Check the delivery");
  await page.getByRole("button", { name: "Plan next step" }).click();
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Due date").fill(isoDay(0));
  await page.getByRole("button", { name: "Plan it" }).click();

  await page.getByRole("link", { name: /My day/ }).click();
  const item = page.getByRole("region", { name: "Due today" }).locator("li.activity", { hasText: subject });
  await expect(item).toBeVisible();
  await item.getByRole("button", { name: `Move “${subject}” to tomorrow` }).click();
  await expect(page.getByText(subject)).toHaveCount(0);
});

test("a rep checks in at a visit with the phone's location, when allowed", async ({ browser }) => {
  const page = await pageAs(browser, ANA, {
    geolocation: { latitude: 38.7223, longitude: -9.1393, accuracy: 30 },
    permissions: ["geolocation"],
  });
  await page.locator("a.company-row").nth(2).click();
  await hydrated(page);
  const subject = uniqueName("Visit the warehouse");
  await page.getByRole("button", { name: "Plan next step" }).click();
  await page.getByLabel("Kind").selectOption("visit");
  await page.getByLabel("Subject").fill(subject);
  await page.getByLabel("Due date").fill(isoDay(0));
  await page.getByRole("button", { name: "Plan it" }).click();

  const item = page.getByRole("list", { name: "Next steps" }).locator("li.activity", { hasText: subject });
  await item.getByRole("button", { name: "Check in" }).click();
  await expect(item.locator(".checkin")).toContainText("38.72230, -9.13930 (±30 m)");
  await expect(item.getByRole("button", { name: "Check in" })).toHaveCount(0);
});
