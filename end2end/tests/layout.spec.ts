import { expect, test, type Page } from "@playwright/test";
import { ANA, MANAGER, PHONE, allSaved, goOffline, goOnline, openFromMore, openTab, signIn, status, tabs } from "./helpers";

// A rep's phone: 360 × 740, touch. Every page below is reached by tapping.
test.use(PHONE);

/** The top and bottom bars' boxes, and the sync pill's. */
async function bars(page: Page) {
  const top = await page.locator("header.topbar").boundingBox();
  const bottom = await tabs(page).boundingBox();
  const pill = await status(page).boundingBox();
  expect(top && bottom && pill, "the bars and the status are laid out").toBeTruthy();
  return { top: top!, bottom: bottom!, pill: pill! };
}

async function expectCompactBars(page: Page, when: string) {
  const { top, bottom, pill } = await bars(page);
  expect(top.y, `${when}: the top bar is at the top`).toBe(0);
  expect(bottom.y + bottom.height, `${when}: the tab bar sits on the bottom edge`).toBeCloseTo(740, 0);
  expect(top.height + bottom.height, `${when}: both bars take at most 120 px`).toBeLessThanOrEqual(120);
  // One line of text: a wrapped pill would be twice as tall.
  expect(pill.height, `${when}: the status is on one line`).toBeLessThan(30);
  expect(pill.y + pill.height, `${when}: the status stays inside the top bar`).toBeLessThanOrEqual(top.height);
  expect(pill.x + pill.width, `${when}: the status is not cut off`).toBeLessThanOrEqual(360);
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, "no sideways scrolling of the page").toBeLessThanOrEqual(0);
}

test("on a phone the two bars take at most 120 px, online and offline with edits waiting", async ({ page, context }) => {
  await signIn(page, ANA);
  await allSaved(page);
  await expectCompactBars(page, "online");

  await goOffline(context);
  await expect(status(page)).toContainText("Offline");
  await expectCompactBars(page, "offline");

  // The longest status there is: offline with edits waiting.
  await openTab(page, "My day", { tap: true });
  await page.getByRole("button", { name: /^Mark “.*” done$/ }).first().tap();
  await expect(status(page)).toContainText("Offline · 1 edit waiting");
  await expectCompactBars(page, "offline with an edit waiting");

  await goOnline(context);
  await allSaved(page);
});

test("the tabs are 44 px targets that take a rep where she taps and mark where she is", async ({ page }) => {
  await signIn(page, ANA);
  const expected = [
    ["My day", /\/today$/, "My day"],
    ["Customers", /\/customers$/, "Customers"],
    ["Pipeline", /\/deals/, "Pipeline"],
    ["More", /\/more$/, "More"],
  ] as const;
  for (const [tab, url, heading] of expected) {
    const link = tabs(page).getByRole("link", { name: new RegExp(`^${tab}`) });
    const box = await link.boundingBox();
    expect(box!.height, `${tab}: at least 44 px tall`).toBeGreaterThanOrEqual(44);
    expect(box!.width, `${tab}: at least 44 px wide`).toBeGreaterThanOrEqual(44);
    await link.tap();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(tabs(page).locator('[aria-current="page"]'), "one tab is current").toHaveCount(1);
  }

  // A customer card belongs to Customers; a page under More lights up More.
  await openTab(page, "Customers", { tap: true });
  await page.locator(".company-row").first().tap();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
  await expect(tabs(page).getByRole("link", { name: "Customers" })).toHaveAttribute("aria-current", "page");
  await openFromMore(page, "Forecast", { tap: true });
  await expect(page).toHaveURL(/\/forecast$/);
  await expect(tabs(page).getByRole("link", { name: "More" })).toHaveAttribute("aria-current", "page");
});

test("More shows who is signed in and the rarer pages; it works offline, where signing out waits for the network", async ({
  page,
  context,
}) => {
  await signIn(page, ANA);
  await allSaved(page);
  await goOffline(context);

  await openTab(page, "More", { tap: true });
  await expect(page.getByText("Ana Lopez")).toBeVisible();
  await expect(page.getByText(ANA)).toBeVisible();
  const menu = page.getByRole("navigation", { name: "More pages" });
  await expect(menu.getByRole("link")).toHaveText([/^Forecast/, /^This device/]);
  for (const link of await menu.getByRole("link").all()) {
    expect((await link.boundingBox())!.height, "menu entries are thumb-sized").toBeGreaterThanOrEqual(44);
  }

  await menu.getByRole("link", { name: "This device", exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "This device" })).toBeVisible();
  await openFromMore(page, "Forecast", { tap: true });
  await expect(page.getByRole("heading", { level: 1, name: "My forecast" })).toBeVisible();

  // Offline the server cannot end the session: the app says so and keeps the data.
  await openTab(page, "More", { tap: true });
  await page.getByRole("button", { name: "Sign out", exact: true }).tap();
  await expect(page.getByRole("alert").filter({ hasText: "You are offline" })).toBeVisible();
  await expect(page).toHaveURL(/\/more$/);

  await goOnline(context);
  await allSaved(page);
  await page.getByRole("button", { name: "Sign out", exact: true }).tap();
  await expect(page).toHaveURL(/\/login$/);
});

test("a manager's More also has the Archive and the pipeline settings", async ({ page }) => {
  await signIn(page, MANAGER);
  await openTab(page, "More", { tap: true });
  const menu = page.getByRole("navigation", { name: "More pages" });
  await expect(menu.getByRole("link")).toHaveText([/^Forecast/, /^Archive/, /^Pipelines and stages/, /^This device/]);
  await menu.getByRole("link", { name: "Archive", exact: true }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Archive" })).toBeVisible();
});

test("signing out with edits not yet sent still asks first", async ({ page, context }) => {
  await signIn(page, ANA);
  await allSaved(page);
  // An edit the server has not confirmed: hold the push back, online.
  await context.route("**/api/sync/push*", () => {});
  await openTab(page, "My day", { tap: true });
  await page.getByRole("button", { name: /^Mark “.*” done$/ }).first().tap();
  await expect(status(page)).toHaveAttribute("data-pending", "1");

  await openTab(page, "More", { tap: true });
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.message());
      await dialog.dismiss();
    }),
  );
  await page.getByRole("button", { name: "Sign out", exact: true }).tap();
  expect(await asked).toContain("1 edit is not sent yet");
  await expect(page).toHaveURL(/\/more$/);
  await context.unroute("**/api/sync/push*");
});

test("the forecast fits a 360 px phone: the month table scrolls in its own box, no axis label is cut off", async ({
  page,
}) => {
  await signIn(page, MANAGER);
  await openFromMore(page, "Forecast", { tap: true });
  await expect(page.getByRole("heading", { level: 1, name: "Team forecast" })).toBeVisible();
  const table = page.getByRole("table", { name: "Expected revenue by month" });
  await expect(table).toBeVisible();
  await noSidewaysScroll(page);

  // The table is wider than the phone and scrolls inside its box.
  const wrap = page.locator(".table-wrap", { has: table });
  const { scroll, client } = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(client, "the box fits the screen").toBeLessThanOrEqual(360);
  expect(scroll, "the table is wider than its box").toBeGreaterThan(client);
  await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => wrap.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await noSidewaysScroll(page);

  // Every label of both charts lies inside its chart.
  for (const chart of await page.locator("svg.chart").all()) {
    const clipped = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")]
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(
          ({ r }) => r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5,
        )
        .map(({ text }) => text);
    });
    expect(clipped, "labels cut off at the chart's edge").toEqual([]);
  }
});
