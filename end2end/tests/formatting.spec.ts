import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Dates, numbers and money in the reader's language (app/src/i18n/format).
// The browser formats with Intl and the options in styles.json; the server
// with ICU4X. cases.json says what each case must read, and the server's unit
// test checks it writes exactly that: here Chromium's Intl, fed the same
// options the same way as format/browser.rs does, must write it too.
// Needs no app: it runs on about:blank.

const FORMAT = path.resolve(__dirname, "../../app/src/i18n/format");
const styles = JSON.parse(readFileSync(path.join(FORMAT, "styles.json"), "utf8"));
const cases: Case[] = JSON.parse(readFileSync(path.join(FORMAT, "cases.json"), "utf8"));

interface Case {
  locale: string;
  style: string;
  input: string;
  expected: string;
}

test("Chromium's Intl writes every case of cases.json as the server does", async ({ page }) => {
  await page.goto("about:blank");
  const got: string[] = await page.evaluate(
    ({ styles, cases }) => {
      // `value / 10^scale` as an exact decimal string, as browser.rs hands Intl.NumberFormat.
      const decimal = (value: string, scale: number) => {
        const negative = value.startsWith("-");
        const digits = (negative ? value.slice(1) : value).padStart(scale + 1, "0");
        const whole = digits.slice(0, digits.length - scale);
        return (negative ? "-" : "") + (scale ? `${whole}.${digits.slice(digits.length - scale)}` : whole);
      };
      // Inputs: "2026-12-02", "2026-12-02T09:05", "1250000", "12500050 EUR" (cents), "625" (per mille), "-2" (days).
      const format = ({ locale, style, input }: { locale: string; style: string; input: string }) => {
        if (style in styles.DateTimeFormat) {
          const [year, month, day, hour = 0, minute = 0] = input.split(/[-T:]/).map(Number);
          // The local-time constructor, as browser.rs: the wall clock, no time zone shift.
          const date = new Date(year, month - 1, day, hour, minute);
          return new Intl.DateTimeFormat(locale, styles.DateTimeFormat[style]).format(date);
        }
        if (style in styles.RelativeTimeFormat) {
          return new Intl.RelativeTimeFormat(locale, styles.RelativeTimeFormat[style]).format(Number(input), "day");
        }
        const options = { ...styles.NumberFormat[style] };
        if (style === "money" || style === "money_short") {
          const [cents, currency] = input.split(" ");
          // `format` takes strings as exact decimals; TypeScript's lib types only numbers.
          return new Intl.NumberFormat(locale, { ...options, currency }).format(decimal(cents, 2) as unknown as number);
        }
        const scale = style === "percent" ? 3 : 0;
        return new Intl.NumberFormat(locale, options).format(decimal(input, scale) as unknown as number);
      };
      return cases.map(format);
    },
    { styles, cases },
  );

  const wrong = cases
    .map((c, i) => ({ ...c, got: got[i] }))
    .filter((c) => c.got !== c.expected)
    .map((c) => `${c.locale} ${c.style} ${c.input}: expected ${JSON.stringify(c.expected)}, Chromium wrote ${JSON.stringify(c.got)}`);
  expect(wrong, `${wrong.length} of ${cases.length} cases differ`).toEqual([]);
});

test("cases.json covers every style in every language", () => {
  const locales = ["en", "af", "lv", "zh-Hans", "et", "hi"];
  const names = ["DateTimeFormat", "NumberFormat", "RelativeTimeFormat"].flatMap((constructor) =>
    Object.keys(styles[constructor]),
  );
  expect(names).toHaveLength(14);
  for (const locale of locales) {
    for (const style of names) {
      expect(cases.some((c) => c.locale === locale && c.style === style), `${style} in ${locale}`).toBe(true);
    }
  }
});

// Names in each language's order (app/src/i18n/collate): the device sorts by
// a key computed in Rust, whose unit test checks it against collate/cases.json;
// here Chromium's Intl.Collator must sort those names the same way.
const collation: { locale: string; sorted: string[] }[] = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../app/src/i18n/collate/cases.json"), "utf8"),
);

test("Chromium's Intl.Collator sorts the names of collate/cases.json as the device does", async ({ page }) => {
  await page.goto("about:blank");
  expect(collation.map((c) => c.locale).sort()).toEqual(["af", "en", "et", "hi", "lv", "zh-Hans"]);
  const sorted: string[][] = await page.evaluate(
    (collation) =>
      collation.map(({ locale, sorted }) => [...sorted].reverse().sort(new Intl.Collator(locale).compare)),
    collation,
  );
  collation.forEach((c, i) => expect(sorted[i], c.locale).toEqual(c.sorted));
});
