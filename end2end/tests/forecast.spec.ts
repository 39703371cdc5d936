import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { ANA, MANAGER, openFromMore, openTab, pageAs } from "./helpers";

test("a manager's forecast: chart and table agree, a bar drills into its deals, the CSV has the table", async ({ browser }) => {
  const page = await pageAs(browser, MANAGER);
  await openFromMore(page, "Forecast");
  await expect(page.getByRole("heading", { name: "Team forecast" })).toBeVisible();

  const segments = page.locator("svg.chart rect.seg");
  await expect(segments.first()).toBeVisible();
  const bars = await segments.evaluateAll((els) =>
    els.map((e) => ({
      month: e.getAttribute("data-month")!,
      category: e.getAttribute("data-category")!,
      amount: Number(e.getAttribute("data-amount")),
    })),
  );
  const table = page.getByRole("table", { name: "Expected revenue by month" });
  const cells = await table.locator("tbody button.cell-link").evaluateAll((els) =>
    els.map((e) => ({
      month: e.getAttribute("data-month")!,
      category: e.getAttribute("data-category")!,
      amount: Number(e.getAttribute("data-amount")),
    })),
  );
  // Every non-zero table number is drawn, with the same value, and nothing else is.
  const drawn = cells.filter((c) => c.category !== "expected" && c.amount > 0);
  expect(bars).toHaveLength(drawn.length);
  for (const bar of bars) {
    expect(drawn).toContainEqual(bar);
  }

  // Drill into the largest bar segment: its deals add up to it.
  const largest = bars.reduce((a, b) => (b.amount > a.amount ? b : a));
  await page
    .locator(`svg.chart rect.seg[data-month="${largest.month}"][data-category="${largest.category}"]`)
    .click();
  const drill = page.getByTestId("drill-down");
  await expect(drill).toBeVisible();
  const counted = await drill
    .locator("td[data-amount]")
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-amount"))));
  expect(counted.length).toBeGreaterThan(0);
  expect(counted.reduce((a, b) => a + b, 0)).toBe(largest.amount);

  // The same total from the table's "Expected" total, the CSV's, and the cells.
  const total = Number(await table.locator('tfoot button[data-category="expected"]').getAttribute("data-amount"));
  expect(total).toBe(drawn.reduce((a, c) => a + c.amount, 0));
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).first().click(),
  ]);
  const csv = readFileSync((await download.path())!, "utf8");
  const totalLine = csv.trim().split("\n").find((l) => l.startsWith("Total,"))!;
  expect(totalLine.split(",").at(-1)).toBe((total / 100).toFixed(2));

  // Attainment: one bar per rep row in the table.
  const reps = page.getByRole("table", { name: "Forecast by rep" }).locator("tbody tr");
  await expect(page.locator("svg.chart-attainment g.rep-bar")).toHaveCount(await reps.count());
});

test("a rep's forecast shows only their own numbers", async ({ browser }) => {
  const page = await pageAs(browser, ANA);
  await openFromMore(page, "Forecast");
  await expect(page.getByRole("heading", { name: "My forecast" })).toBeVisible();
  const rows = page.getByRole("table", { name: "Forecast by rep" }).locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute("data-rep", "Ana Lopez");
});

test("offline, the forecast last read on this device is shown with when it was read", async ({ browser }) => {
  const page = await pageAs(browser, MANAGER);
  await openFromMore(page, "Forecast");
  const expected = page.getByRole("table", { name: "Expected revenue by month" }).locator('tfoot button[data-category="expected"]');
  const total = await expected.getAttribute("data-amount");
  expect(Number(total)).toBeGreaterThan(0);

  // The forecast's own requests go straight to the server (the service worker leaves /api alone).
  await page.context().setOffline(true);
  await openTab(page, "My day");
  await openFromMore(page, "Forecast");
  await expect(page.getByTestId("forecast-offline")).toContainText("Offline");
  await expect(expected).toHaveAttribute("data-amount", total!);

  // A period never read on this device says it needs the network.
  await page.getByLabel("Period").selectOption("next_quarter");
  await expect(page.getByRole("heading", { name: "The forecast needs a connection" })).toBeVisible();
  await page.context().setOffline(false);
});
