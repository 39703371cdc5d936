import { expect, test, type Page } from "@playwright/test";
import { ANA, BEN, PHONE, allSaved, goOffline, goOnline, hydrated, openTab, pageAs } from "./helpers";

// Fieldbook in its users' languages (app/src/i18n, app/locales/<tag>/*.ftl).

const PASSWORD = "fieldbook";

/** Signs in whatever the page's language: by the fields' ids, not their words. */
async function signInAnyLanguage(page: Page, email: string) {
  await page.goto("/login");
  await hydrated(page);
  await page.locator("#login-email").fill(email);
  await page.locator("#login-password").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("main h1").first()).toBeVisible();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Tests that pick a language also save it on Ana's account: put it back for the other specs. */
async function resetAccountLanguage(page: Page) {
  await goOnline(page.context());
  const origin = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000").origin;
  const reply = await page.request.post("/api/save_language", { data: { tag: "en" }, headers: { Origin: origin, "Content-Type": "application/json" } });
  expect(reply.ok()).toBe(true);
}

const LATVIAN_TABS = ["Mana diena", "Klienti", "Piltuve", "Vairāk"];

test("a rep whose browser speaks Latvian gets Fieldbook in Latvian, from the sign-in on: board, card and My day, with Latvian money and dates", async ({ browser }) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ ...PHONE, locale: "lv-LV" });
  const page = await context.newPage();
  await page.goto("/login");
  await hydrated(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expect(page.getByRole("heading", { level: 1, name: "Pierakstīties Fieldbook" })).toBeVisible();
  await expect(page.getByLabel("E-pasts")).toBeVisible();
  // Ben never picks a language in these tests: his account follows the browser.
  await signInAnyLanguage(page, BEN);

  const tabs = page.getByRole("navigation", { name: "Galvenā izvēlne" });
  await expect(tabs.getByRole("link", { name: /^Klienti/ })).toBeVisible();
  await expect(tabs.getByRole("link", { name: /^Piltuve/ })).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveText("Viss saglabāts");
  // The board, with money as Latvians write it: the euro sign after the amount.
  await tabs.getByRole("link", { name: /^Piltuve/ }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Piltuve" })).toBeVisible();
  const totals = page.getByTestId("column-total").filter({ hasText: "€" });
  await expect(totals.first()).toHaveText(/^\d[\d\s,]*(\s(tūkst\.|milj\.))?\s€/);
  // A customer card.
  await tabs.getByRole("link", { name: /^Klienti/ }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Klienti" })).toBeVisible();
  await page.locator("a.company-row").first().tap();
  await expect(page.getByRole("heading", { level: 2, name: "Hronika" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Informācija" })).toBeVisible();
  // My day, headed by today's date in Latvian ("ceturtdiena, 3. decembris").
  await tabs.getByRole("link", { name: /^Mana diena/ }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Mana diena" })).toBeVisible();
  await expect(page.locator(".page-header p.muted")).toHaveText(
    /^(pirmdiena|otrdiena|trešdiena|ceturtdiena|piektdiena|sestdiena|svētdiena), \d{1,2}\. (janvāris|februāris|marts|aprīlis|maijs|jūnijs|jūlijs|augusts|septembris|oktobris|novembris|decembris)$/,
  );
  await tabs.getByRole("link", { name: /^Vairāk/ }).tap();
  await expect(page.getByRole("heading", { level: 1, name: "Vairāk" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Prognoze" })).toBeVisible();
  await context.close();
});

test("switching to Hindi, then offline to Chinese, re-renders at once without a reload, and stays", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const page = await pageAs(browser, ANA, PHONE);
  await allSaved(page);
  // Ready for offline, as "This device" tells: the worker keeps every page and language.
  await page.getByTestId("sync-status").tap();
  await expect(page.getByTestId("device-offline-pages")).toHaveText(/^All \d+ kept/);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
  const notReloaded = () => page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

  try {
    await openTab(page, "More", { tap: true });
    await page.getByRole("combobox", { name: "Language" }).selectOption("hi");
    await expect(page.locator("html")).toHaveAttribute("lang", "hi");
    await expect(page.getByRole("heading", { level: 1, name: "और" })).toBeVisible();
    await expect(page.locator(".tab-label")).toHaveText(["मेरा दिन", "ग्राहक", "पाइपलाइन", "और"]);
    await expect(page.getByRole("button", { name: "साइन आउट करें", exact: true })).toBeVisible();
    expect(await notReloaded()).toBe(true);

    await goOffline(page.context());
    await page.getByRole("combobox", { name: "भाषा" }).selectOption("zh-Hans");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.locator(".tab-label")).toHaveText(["我的一天", "客户", "销售管道", "更多"]);
    await expect(page.getByTestId("sync-status")).toHaveText("离线");
    expect(await notReloaded()).toBe(true);

    // The choice stays on this device: a page reopened offline comes back in Chinese.
    await page.goto("/customers");
    await hydrated(page);
    await expect(page.locator(".tab-label")).toHaveText(["我的一天", "客户", "销售管道", "更多"]);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  } finally {
    await resetAccountLanguage(page);
  }
});

test("the language a rep picks follows them to a new device, which had never chosen one", async ({ browser }) => {
  const first = await pageAs(browser, ANA, PHONE);
  try {
    await openTab(first, "More", { tap: true });
    const saved = first.waitForResponse((r) => r.url().endsWith("/api/save_language") && r.ok());
    await first.getByRole("combobox", { name: "Language" }).selectOption("lv");
    await expect(first.locator(".tab-label")).toHaveText(LATVIAN_TABS);
    await saved;

    // A new phone with an English browser: the sign-in page is English, what follows is Latvian.
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto("/login");
    await hydrated(page);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in to Fieldbook" })).toBeVisible();
    await signInAnyLanguage(page, ANA);
    await expect(page.locator(".tab-label")).toHaveText(LATVIAN_TABS);
    await expect(page.locator("html")).toHaveAttribute("lang", "lv");
    // The server renders the account's language too.
    await page.reload();
    await hydrated(page);
    await expect(page.locator(".tab-label")).toHaveText(LATVIAN_TABS);
    await context.close();
  } finally {
    await resetAccountLanguage(first);
  }
});

for (const tag of ["en", "af", "lv", "zh-Hans", "et", "hi"]) {
  test(`at 360 px no label overflows its button, link or tab in ${tag}`, async ({ browser }) => {
    test.setTimeout(60_000);
    const context = await browser.newContext(PHONE);
    const url = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
    await context.addCookies([{ name: "fieldbook_lang", value: tag, domain: url.hostname, path: "/" }]);
    const page = await context.newPage();
    await signInAnyLanguage(page, ANA);
    await expect(page.locator("html")).toHaveAttribute("lang", tag);
    const overflowing = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("button, .btn, .tab-link, .menu-link, .sync-status, label, .badge")]
          // Visually hidden labels (.sr-only) are 1 px boxes by design.
          .filter((el) => el.offsetParent !== null && !el.classList.contains("sr-only"))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className}: ${el.textContent?.trim()}`),
      );
    // Every tab, as a rep taps through them, then a customer's card.
    for (const href of ["/today", "/deals", "/more", "/customers"]) {
      await page.locator(`a.tab-link[href="${href}"]`).tap();
      await expect(page.locator(`a.tab-link[href="${href}"]`)).toHaveAttribute("aria-current", "page");
      await expect(page.locator("main h1").first()).toBeVisible();
      expect(await overflowing(), `${tag} ${href}`).toEqual([]);
    }
    await page.locator("a.company-row").first().tap();
    await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
    await expect(page.locator("main h1").first()).toBeVisible();
    expect(await overflowing(), `${tag} card`).toEqual([]);
    await context.close();
  });
}
