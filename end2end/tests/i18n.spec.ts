import { expect, test, type Page } from "@playwright/test";
import { ANA, PHONE, allSaved, goOffline, hydrated, openTab, pageAs } from "./helpers";

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

test("a rep whose browser speaks Latvian gets Fieldbook in Latvian, from the sign-in on", async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE, locale: "lv-LV" });
  const page = await context.newPage();
  await page.goto("/login");
  await hydrated(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "lv");
  await expect(page.getByRole("heading", { level: 1, name: "Pierakstīties Fieldbook" })).toBeVisible();
  await expect(page.getByLabel("E-pasts")).toBeVisible();
  await signInAnyLanguage(page, ANA);

  const tabs = page.getByRole("navigation", { name: "Galvenā izvēlne" });
  await expect(tabs.getByRole("link", { name: /^Klienti/ })).toBeVisible();
  await expect(tabs.getByRole("link", { name: /^Piltuve/ })).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveText("Viss saglabāts");
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
});

for (const tag of ["en", "af", "lv", "zh-Hans", "et", "hi"]) {
  test(`at 360 px no label overflows its button, link or tab in ${tag}`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const url = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
    await context.addCookies([{ name: "fieldbook_lang", value: tag, domain: url.hostname, path: "/" }]);
    const page = await context.newPage();
    await signInAnyLanguage(page, ANA);
    await expect(page.locator("html")).toHaveAttribute("lang", tag);
    for (const path of ["/more", "/customers"]) {
      await page.goto(path);
      await hydrated(page);
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("button, .btn, .tab-link, .menu-link, .sync-status, label")]
          // Visually hidden labels (.sr-only) are 1 px boxes by design.
          .filter((el) => el.offsetParent !== null && !el.classList.contains("sr-only"))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className}: ${el.textContent?.trim()}`),
      );
      expect(overflowing, `${tag} ${path}`).toEqual([]);
    }
    await context.close();
  });
}
