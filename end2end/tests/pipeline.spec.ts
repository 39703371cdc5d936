import { expect, test, type Page } from "@playwright/test";
import { ANA, PHONE, hydrated, signIn, uniqueName } from "./helpers";

/** The column of the stage called `name`. */
function column(page: Page, name: string) {
  return page.locator("[data-stage-column]").filter({
    has: page.locator(".column-name", { hasText: new RegExp(`^${name}$`) }),
  });
}

function card(page: Page, title: string) {
  return page.locator(".deal-card:not(.deal-ghost)", { hasText: title });
}

async function count(page: Page, stage: string) {
  return Number(await column(page, stage).getByTestId("column-count").textContent());
}

async function openBoard(page: Page) {
  await page.goto("/deals");
  await hydrated(page);
  await expect(page.locator("[data-stage-column]").first()).toBeVisible();
}

/** Creates a deal through the form; it lands on top of the first stage. */
async function createDeal(page: Page, title: string, value = "5000") {
  await page.getByRole("button", { name: "New deal" }).click();
  const form = page.getByRole("dialog", { name: "New deal" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Customer").fill("Alpine");
  await form.locator(".picker-option").first().click();
  await expect(form.getByTestId("picked-company")).toContainText("Alpine");
  await form.getByLabel("Value").fill(value);
  await form.getByRole("button", { name: "Create deal" }).click();
  await expect(form).toHaveCount(0);
  await expect(column(page, "Lead").locator(".deal-card", { hasText: title })).toBeVisible();
}

test.describe("desktop board", () => {
  test("dragging a card with the mouse moves it, updates the totals and survives a reload", async ({
    page,
  }) => {
    await signIn(page, ANA);
    await openBoard(page);
    const title = uniqueName("Mouse deal");
    await createDeal(page, title, "7000");
    const leadBefore = await count(page, "Lead");
    const qualifiedBefore = await count(page, "Qualified");
    const totalBefore = await column(page, "Qualified").getByTestId("column-total").textContent();

    const from = await card(page, title).boundingBox();
    const to = await column(page, "Qualified").locator(".column-body").boundingBox();
    if (!from || !to) throw new Error("board not laid out");
    await page.mouse.move(from.x + 30, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 45, from.y + 30, { steps: 4 });
    await page.mouse.move(to.x + 60, to.y + 20, { steps: 12 });
    await expect(column(page, "Qualified").locator(".drop-slot")).toBeVisible();
    await page.mouse.up();

    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
    await expect(column(page, "Lead").getByTestId("column-count")).toHaveText(String(leadBefore - 1));
    await expect(column(page, "Qualified").getByTestId("column-count")).toHaveText(
      String(qualifiedBefore + 1),
    );
    await expect(column(page, "Qualified").getByTestId("column-total")).not.toHaveText(totalBefore!);

    await page.reload();
    await hydrated(page);
    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
    await expect(column(page, "Lead").locator(".deal-card", { hasText: title })).toHaveCount(0);
  });

  test("keyboard users move a card with Alt and the arrow keys", async ({ page }) => {
    await signIn(page, ANA);
    await openBoard(page);
    const title = uniqueName("Keyboard deal");
    await createDeal(page, title);
    await card(page, title).focus();
    await page.keyboard.press("Alt+ArrowRight");
    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
    await expect(card(page, title)).toBeFocused();
    await page.reload();
    await hydrated(page);
    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
  });

  test("marking a deal lost asks for a reason and takes it off the board", async ({ page }) => {
    await signIn(page, ANA);
    await openBoard(page);
    const title = uniqueName("Lost deal");
    await createDeal(page, title);
    await card(page, title).click();
    const panel = page.getByRole("dialog");
    await expect(panel.getByRole("heading", { name: title })).toBeVisible();

    await panel.getByRole("button", { name: "Lost…" }).click();
    await panel.getByRole("button", { name: "Mark lost" }).click();
    await expect(panel.getByText("Say why the deal was lost.")).toBeVisible();
    await panel.getByLabel("Why was it lost?").selectOption("Chose a competitor");
    await panel.getByRole("button", { name: "Mark lost" }).click();

    await expect(panel.locator(".badge", { hasText: "Lost" })).toBeVisible();
    await expect(panel.getByText("Chose a competitor")).toBeVisible();
    await expect(panel.getByText("Marked lost")).toBeVisible();
    await expect(card(page, title)).toHaveCount(0);

    // The customer card keeps the lost deal and its reason.
    await panel.getByRole("link", { name: "Open customer card" }).click();
    await hydrated(page);
    const deal = page.locator(".deal-list li", { hasText: title });
    await expect(deal).toContainText("Lost");
    await expect(deal).toContainText("Chose a competitor");
  });
});

test.describe("phone board", () => {
  test.use(PHONE);

  test("a long press picks a card up; dragging to the edge turns to the next stage", async ({
    page,
    context,
  }) => {
    await signIn(page, ANA);
    await openBoard(page);
    const title = uniqueName("Touch deal");
    await createDeal(page, title);
    await expect(page.getByRole("tab", { name: /Lead/ })).toHaveAttribute("aria-selected", "true");

    const cdp = await context.newCDPSession(page);
    const touch = (type: string, x: number, y: number) =>
      cdp.send("Input.dispatchTouchEvent", {
        type,
        touchPoints: type === "touchEnd" ? [] : [{ x, y }],
      });
    const box = await card(page, title).boundingBox();
    if (!box) throw new Error("card not laid out");
    let x = box.x + 40;
    const y = box.y + 30;
    await touch("touchStart", x, y);
    await page.waitForTimeout(600); // long press
    await expect(page.locator(".deal-ghost")).toBeVisible();
    // To the right edge, and hold there until the board turns to the next stage.
    while (x < 350) {
      x = Math.min(350, x + 20);
      await touch("touchMove", x, y);
    }
    await expect(async () => {
      await touch("touchMove", 350, y);
      await expect(page.getByRole("tab", { name: /Qualified/ })).toHaveAttribute(
        "aria-selected",
        "true",
        { timeout: 100 },
      );
    }).toPass({ timeout: 5_000 });
    await touch("touchMove", 180, y);
    await touch("touchEnd", 180, y);

    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toBeVisible();
    await page.reload();
    await hydrated(page);
    await expect(column(page, "Qualified").locator(".deal-card", { hasText: title })).toHaveCount(1);

    // Dropping on a stage tab moves the deal to the top of that stage.
    await page.getByRole("tab", { name: /Qualified/ }).click();
    const again = await card(page, title).boundingBox();
    if (!again) throw new Error("card not laid out");
    const tab = await page.getByRole("tab", { name: /Proposal/ }).boundingBox();
    if (!tab) throw new Error("tabs not laid out");
    await touch("touchStart", again.x + 40, again.y + 30);
    await page.waitForTimeout(600);
    for (let i = 1; i <= 10; i++) {
      await touch(
        "touchMove",
        again.x + 40 + ((tab.x + tab.width / 2 - again.x - 40) * i) / 10,
        again.y + 30 + ((tab.y + tab.height / 2 - again.y - 30) * i) / 10,
      );
    }
    await touch("touchEnd", tab.x + tab.width / 2, tab.y + tab.height / 2);
    await expect(column(page, "Proposal").locator(".deal-card").first()).toContainText(title);
  });

  test("the board fits a 360 px phone: one stage per screen, tabs on top", async ({ page }) => {
    await signIn(page, ANA);
    await openBoard(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, "no sideways scrolling of the page").toBeLessThanOrEqual(0);
    const board = await page.locator(".board-columns").boundingBox();
    const first = await page.locator("[data-stage-column]").first().boundingBox();
    expect(Math.abs(first!.width - board!.width)).toBeLessThan(2);
    await page.getByRole("tab", { name: /Proposal/ }).click();
    await expect(page.getByRole("tab", { name: /Proposal/ })).toHaveAttribute("aria-selected", "true");
    for (const tab of await page.getByRole("tab").all()) {
      const b = await tab.boundingBox();
      if (b) expect(b.height).toBeGreaterThanOrEqual(44);
    }
  });
});
