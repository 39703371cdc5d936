import { expect, test } from "@playwright/test";
import { ANA, allSaved, pageAs } from "./helpers";

test("tapping the sync state opens 'This device': records kept, edits waiting, last sync and storage", async ({
  browser,
}) => {
  const ana = await pageAs(browser, ANA);
  await allSaved(ana);
  await ana.getByTestId("sync-status").click();
  await expect(ana).toHaveURL(/\/device$/);
  await expect(ana.getByRole("heading", { level: 1, name: "This device" })).toBeVisible();
  await expect(ana.getByTestId("device-records")).toHaveText(/^[1-9]\d* \(customers/);
  await expect(ana.getByTestId("device-pending")).toHaveText("0");
  await expect(ana.getByTestId("device-last-sync")).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  await expect(ana.getByTestId("device-storage")).toHaveText(/B of .*B \(/);
});
