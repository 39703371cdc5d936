import { chromium, expect, test } from "@playwright/test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ANA, signIn } from "./helpers";

test("the app is installable: a manifest with its icons, and Chromium's own check finds no error", async ({
  page,
}, testInfo) => {
  const answer = await page.request.get("/manifest.webmanifest");
  expect(answer.ok()).toBe(true);
  const manifest = await answer.json();
  expect(manifest).toMatchObject({
    short_name: "Fieldbook",
    display: "standalone",
    start_url: "/customers",
    theme_color: "#1d4ed8",
  });
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(["192x192 any", "512x512 any", "512x512 maskable"]),
  );
  for (const icon of manifest.icons) {
    const image = await page.request.get(icon.src);
    expect(image.ok(), icon.src).toBe(true);
    expect(image.headers()["content-type"]).toBe("image/png");
  }

  // Installability is judged for a real profile, not an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), "fieldbook-install-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
  });
  try {
    const browserPage = context.pages()[0] ?? (await context.newPage());
    await signIn(browserPage, ANA);
    await browserPage.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(browserPage);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
