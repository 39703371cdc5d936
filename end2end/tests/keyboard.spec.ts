import { expect, test, type Locator, type Page } from "@playwright/test";
import { ANA, PASSWORD, PHONE, hydrated, openTab, signIn, uniqueName } from "./helpers";

// A phone with a keyboard (or a screen reader): 360 × 740, touch.
test.use(PHONE);

function focusInside(container: Locator) {
  return container.evaluate((el) => el.contains(document.activeElement));
}

async function openBoard(page: Page) {
  await openTab(page, "Pipeline", { tap: true });
  await expect(page.locator(".deal-card").first()).toBeVisible();
}

test("the deal panel takes focus, keeps Tab inside, closes on Escape and gives focus back to the card", async ({
  page,
}) => {
  await signIn(page, ANA);
  await openBoard(page);
  const card = page.locator(".deal-card").first();
  const id = await card.getAttribute("data-deal-id");
  await card.focus();
  await page.keyboard.press("Enter");
  const panel = page.getByRole("dialog");
  await expect(panel.getByRole("heading", { level: 2 })).toBeVisible();
  await expect.poll(() => focusInside(panel), "focus moves into the panel").toBe(true);

  // Tab and Shift+Tab go round the panel, never into the page behind.
  const stops = new Set<string>();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    expect(await focusInside(panel), `Tab ${i + 1} stays in the panel`).toBe(true);
    stops.add(await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80) ?? ""));
  }
  expect(stops.size, "Tab reaches the panel's controls").toBeGreaterThan(5);
  await panel.getByRole("button", { name: "Close", exact: true }).focus();
  await page.keyboard.press("Shift+Tab");
  expect(await focusInside(panel), "Shift+Tab from the first control wraps to the last").toBe(true);

  // Escape in an open editor closes the editor, not the panel.
  await panel.getByRole("button", { name: "Edit Title" }).click();
  await expect(panel.getByLabel("Title")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("button", { name: "Edit Title" })).toBeFocused();

  // Escape again closes the panel; focus is back on the card that opened it.
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page).not.toHaveURL(/deal=/);
  await expect(page.locator(`.deal-card[data-deal-id="${id}"]`)).toBeFocused();
});

test("Escape closes the deal panel whichever way it was opened, and focus lands on the deal's card", async ({
  page,
}) => {
  await signIn(page, ANA);
  await openBoard(page);

  // Opened by a tap, focus then lost to the page (a tap on empty space): Escape still closes.
  const card = page.locator(".deal-card").first();
  const id = await card.getAttribute("data-deal-id");
  await card.tap();
  const panel = page.getByRole("dialog");
  await expect(panel).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator(`.deal-card[data-deal-id="${id}"]`)).toBeFocused();

  // Opened from a customer card's deal link: the board opens with the panel.
  const deal = await page.locator(`.deal-card[data-deal-id="${id}"] .deal-company`).textContent();
  await openTab(page, "Customers", { tap: true });
  await page.getByLabel("Search customers").fill(deal!);
  await page.locator(".company-row", { hasText: deal! }).first().tap();
  await page.locator(`.deal-list a[href*="deal=${id}"]`).tap();
  await expect(panel).toBeVisible();
  await expect.poll(() => focusInside(panel), "focus moves into the panel").toBe(true);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.locator(`.deal-card[data-deal-id="${id}"]`)).toBeFocused();
});

test("an inline edit gives focus back to its field, and a bad value is marked and explained", async ({ page }) => {
  await signIn(page, ANA);
  await openBoard(page);
  await page.locator(".deal-card").first().tap();
  const panel = page.getByRole("dialog");
  const edit = panel.getByRole("button", { name: "Edit Value" });

  await edit.click();
  const input = panel.getByLabel("Value");
  await input.fill("a lot");
  await page.keyboard.press("Enter");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  const described = await input.getAttribute("aria-describedby");
  expect(described, "the input points at its message").toBeTruthy();
  const message = page.locator(`[id="${described}"]`);
  await expect(message).toBeVisible();
  await expect(message).not.toHaveText("");
  await expect(input).toHaveAccessibleDescription(((await message.textContent()) ?? "").trim());

  // Escape leaves the value as it was; focus is back on the field.
  await page.keyboard.press("Escape");
  await expect(edit).toBeFocused();

  // Save by Enter, then by the button: each time focus returns to the field.
  await edit.press("Enter");
  await input.fill("12345");
  await expect(input).not.toHaveAttribute("aria-invalid", "true");
  await page.keyboard.press("Enter");
  await expect(edit).toBeFocused();
  await expect(edit).toContainText(/12,?345/);
  await edit.click();
  await input.fill("23456");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(edit).toBeFocused();
  await expect(edit).toContainText(/23,?456/);
});

test("after each route change focus is on the new page's heading", async ({ page }) => {
  await signIn(page, ANA);
  for (const [tab, heading] of [
    ["My day", "My day"],
    ["Pipeline", "Pipeline"],
    ["More", "More"],
    ["Customers", "Customers"],
  ] as const) {
    await openTab(page, tab, { tap: true });
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeFocused();
  }
  // By keyboard too: Enter on a customer row opens the card with focus on its name.
  const row = page.locator(".company-row").first();
  const name = (await row.locator(".company-name").textContent()) ?? "";
  await row.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name })).toBeFocused();
  // Tab goes on from the page, not from the top of the document.
  await page.keyboard.press("Tab");
  expect(await page.locator("main").evaluate((m) => m.contains(document.activeElement))).toBe(true);
});

test("the first Tab stop is a skip link that takes a keyboard user past the bars", async ({ page }) => {
  await signIn(page, ANA);
  // A fresh page load: focus starts at the top of the document.
  await page.reload();
  await hydrated(page);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const box = await skip.boundingBox();
  expect(box!.y, "it shows on screen when focused").toBeGreaterThanOrEqual(0);
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.locator("main").evaluate((m) => m.contains(document.activeElement)), "the next stop is in the page").toBe(
    true,
  );
});

test("a failed sign-in puts focus on the reason", async ({ page }) => {
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("Email").fill(ANA);
  await page.getByLabel("Password").fill(`${PASSWORD}-wrong-${uniqueName("x")}`);
  await page.getByLabel("Password").press("Enter");
  const reason = page.getByText("The email or password is incorrect.");
  await expect(reason).toBeVisible();
  await expect(reason).toBeFocused();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
});

/** Contrast of the focus ring with what is behind it, for each Tab stop. */
async function focusRings(page: Page, stops: number) {
  const rings: { what: string; ratio: number }[] = [];
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press("Tab");
    // Past the page's last stop focus leaves the page: every stop was seen.
    if (await page.evaluate(() => document.activeElement === document.body)) break;
    rings.push(
      await page.evaluate(() => {
        type Rgba = [number, number, number, number];
        const parse = (c: string): Rgba => {
          const n = c.match(/[\d.]+/g)!.map(Number);
          return [n[0], n[1], n[2], n.length > 3 ? n[3] : 1];
        };
        const over = (top: Rgba, under: Rgba): Rgba => {
          const a = top[3];
          return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat(1) as Rgba;
        };
        // What shows through at an element: its background over its ancestors'.
        const backdrop = (el: Element | null): Rgba => {
          const layers: Rgba[] = [];
          for (let e = el; e; e = e.parentElement) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg[3] > 0) layers.push(bg);
            if (bg[3] >= 1) break;
          }
          return layers.reduceRight<Rgba>((under, top) => over(top, under), [255, 255, 255, 1]);
        };
        const luminance = ([r, g, b]: Rgba) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const el = document.activeElement!;
        const style = getComputedStyle(el);
        const what = el.outerHTML.slice(0, 60);
        if (style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2) return { what, ratio: 0 };
        // A ring drawn outside the element lies on its parent's background; inside, on its own.
        const behind = parseFloat(style.outlineOffset) >= 0 ? backdrop(el.parentElement) : backdrop(el);
        const ring = over(parse(style.outlineColor), behind);
        const [a, b] = [luminance(ring), luminance(behind)].sort((x, y) => y - x);
        return { what, ratio: (a + 0.05) / (b + 0.05) };
      }),
    );
  }
  return rings;
}

test("every focus ring stands out at least 3:1 from what is behind it", async ({ page }) => {
  await signIn(page, ANA);
  // From the top of a fresh load: the bars' stops first, then the page's.
  await page.reload();
  await hydrated(page);
  const weak = (rings: { what: string; ratio: number }[]) => rings.filter((r) => r.ratio < 3);
  const list = await focusRings(page, 25);
  expect(list.length, "stops on the customer list").toBeGreaterThan(10);
  expect(weak(list), "weak rings on the customer list").toEqual([]);
  await page.locator(".company-row").first().tap();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  const card = await focusRings(page, 25);
  expect(card.length, "stops on a customer card").toBeGreaterThan(5);
  expect(weak(card), "weak rings on a customer card").toEqual([]);
});
