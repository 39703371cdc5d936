//! Dates, times, numbers, money, percentages and relative days in the
//! reader's language (issue 18).
//!
//! Each style is defined once, as `Intl` options, in `styles.json`:
//! - in the browser (`browser.rs`) the platform's `Intl` formats with exactly
//!   those options, so the wasm carries no formatting tables;
//! - on the server (`server.rs`: SSR pages, e-mails, exports) ICU4X formats
//!   from the same CLDR data Chromium's ICU has, with the field sets that
//!   match the options.
//!
//! `cases.json` is the agreement between the two: locale × style × input →
//! the exact string. A unit test below checks the server against every case,
//! and `end2end/tests/formatting.spec.ts` checks Chromium's `Intl`, fed
//! `styles.json`, against the same table.
//!
//! Dates and times are the device's wall clock (`Naive*`): nothing here
//! converts between time zones.

use chrono::{NaiveDate, NaiveDateTime};

use super::Locale;

#[cfg(all(feature = "hydrate", not(any(feature = "ssr", test))))]
mod browser;
mod plain;
#[cfg(any(feature = "ssr", test))]
mod server;

#[cfg(all(feature = "hydrate", not(any(feature = "ssr", test))))]
use browser as imp;
// A build with neither side (`cargo check` without features) formats plainly.
#[cfg(not(any(feature = "ssr", feature = "hydrate", test)))]
use plain as imp;
#[cfg(any(feature = "ssr", test))]
use server as imp;

/// The date and time styles, named as in `styles.json` (`DateTimeFormat`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum DateStyle {
    DayHeading,
    Date,
    WeekdayDate,
    MonthYear,
    MonthYearShort,
    MonthShort,
    DateTime,
    DayTime,
    Time,
}

impl DateStyle {
    #[cfg(test)]
    const ALL: [DateStyle; 9] = [
        DateStyle::DayHeading,
        DateStyle::Date,
        DateStyle::WeekdayDate,
        DateStyle::MonthYear,
        DateStyle::MonthYearShort,
        DateStyle::MonthShort,
        DateStyle::DateTime,
        DateStyle::DayTime,
        DateStyle::Time,
    ];

    /// Its key in `styles.json`.
    #[cfg_attr(not(any(test, feature = "hydrate")), allow(dead_code))]
    fn key(self) -> &'static str {
        match self {
            DateStyle::DayHeading => "day_heading",
            DateStyle::Date => "date",
            DateStyle::WeekdayDate => "weekday_date",
            DateStyle::MonthYear => "month_year",
            DateStyle::MonthYearShort => "month_year_short",
            DateStyle::MonthShort => "month_short",
            DateStyle::DateTime => "date_time",
            DateStyle::DayTime => "day_time",
            DateStyle::Time => "time",
        }
    }
}

fn midnight(day: NaiveDate) -> NaiveDateTime {
    day.and_time(chrono::NaiveTime::MIN)
}

/// "Wednesday, December 2", "trešdiena, 2. decembris": a day's heading (My day).
pub fn day_heading(locale: Locale, day: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::DayHeading, midnight(day))
}

/// "Dec 2, 2026", "2. dets 2026": a date in a list or on a card.
pub fn date(locale: Locale, day: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::Date, midnight(day))
}

/// "Wed, Dec 2", "K, 2. dets": a day in the coming week.
pub fn weekday_date(locale: Locale, day: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::WeekdayDate, midnight(day))
}

/// "December 2026", "2026年12月": a month as a heading or a choice.
pub fn month_year(locale: Locale, month: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::MonthYear, midnight(month))
}

/// "Dec 2026": a month where room is short (chart labels).
pub fn month_year_short(locale: Locale, month: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::MonthYearShort, midnight(month))
}

/// "Dec": a month on a chart's axis.
pub fn month_short(locale: Locale, month: NaiveDate) -> String {
    imp::date_time(locale, DateStyle::MonthShort, midnight(month))
}

/// "Dec 2, 2026, 9:05 AM", "2. dets 2026, 9:05": a moment on the device's wall clock.
pub fn date_time(locale: Locale, at: NaiveDateTime) -> String {
    imp::date_time(locale, DateStyle::DateTime, at)
}

/// "Dec 2, 9:05 AM": a recent moment (this year).
pub fn day_time(locale: Locale, at: NaiveDateTime) -> String {
    imp::date_time(locale, DateStyle::DayTime, at)
}

/// "9:05 AM", "9:05" (lv), "9:05 am" (hi): a time of day.
pub fn time(locale: Locale, at: chrono::NaiveTime) -> String {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    imp::date_time(locale, DateStyle::Time, day.and_time(at))
}

/// "1,250,000", "12,50,000" (hi), "1 250 000" (lv): a count or a whole number.
pub fn number(locale: Locale, value: i64) -> String {
    imp::number(locale, value)
}

/// "€12,500.50", "12 500,50 €" (lv, et), "₹1,25,000" (hi) from cents and an
/// ISO currency code; whole amounts drop the cents.
pub fn money(locale: Locale, cents: i64, currency: &str) -> String {
    imp::money(locale, cents, currency, false)
}

/// "€1.2M", "€350K", "1,2 milj. €": where room is short (column headers).
/// CLDR's compact rounding: one fraction digit below 10, none above.
pub fn money_short(locale: Locale, cents: i64, currency: &str) -> String {
    imp::money(locale, cents, currency, true)
}

/// "62.5%", "62,5%" from per mille (625), to one decimal.
pub fn percent(locale: Locale, permille: i64) -> String {
    imp::percent(locale, permille)
}

/// "tomorrow", "in 3 days", "2 days ago", "aizvakar".
pub fn relative_days(locale: Locale, days: i64) -> String {
    imp::relative_days(locale, days)
}

/// `value / 10^scale` as a decimal string ("-1234.05"), exact where an `f64`
/// would not be: what `Intl.NumberFormat` is given.
fn decimal(value: i64, scale: u32) -> String {
    let digits = value.unsigned_abs().to_string();
    let sign = if value < 0 { "-" } else { "" };
    let scale = scale as usize;
    if scale == 0 {
        return format!("{sign}{digits}");
    }
    let digits = format!("{digits:0>width$}", width = scale + 1);
    let (whole, fraction) = digits.split_at(digits.len() - scale);
    format!("{sign}{whole}.{fraction}")
}

/// An ISO 4217 code as `Intl` and ICU4X take it: three ASCII letters.
fn currency_code(currency: &str) -> Option<String> {
    let code = currency.trim();
    (code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| code.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;
    use std::collections::BTreeSet;

    const CASES: &str = include_str!("cases.json");
    const STYLES: &str = include_str!("styles.json");

    #[derive(Deserialize)]
    struct Case {
        locale: String,
        style: String,
        input: String,
        expected: String,
    }

    fn cases() -> Vec<Case> {
        serde_json::from_str(CASES).expect("cases.json is a list of cases")
    }

    /// The case's input as its function takes it (the conventions are
    /// formatting.spec.ts's too): "2026-12-02", "2026-12-02T09:05",
    /// "1250000", "12500050 EUR" (cents), "625" (per mille), "-2" (days).
    fn run(case: &Case) -> Result<String, String> {
        let locale = Locale::ALL
            .into_iter()
            .find(|l| l.tag() == case.locale)
            .ok_or_else(|| format!("unknown locale {}", case.locale))?;
        let input = case.input.as_str();
        let day =
            || NaiveDate::parse_from_str(input, "%Y-%m-%d").map_err(|e| format!("{input}: {e}"));
        let at = || {
            NaiveDateTime::parse_from_str(input, "%Y-%m-%dT%H:%M")
                .map_err(|e| format!("{input}: {e}"))
        };
        let int = |s: &str| s.parse::<i64>().map_err(|e| format!("{input}: {e}"));
        let cents_currency = || -> Result<(i64, &str), String> {
            let (cents, currency) = input
                .split_once(' ')
                .ok_or_else(|| format!("{input}: no currency"))?;
            Ok((int(cents)?, currency))
        };
        Ok(match case.style.as_str() {
            "day_heading" => day_heading(locale, day()?),
            "date" => date(locale, day()?),
            "weekday_date" => weekday_date(locale, day()?),
            "month_year" => month_year(locale, day()?),
            "month_year_short" => month_year_short(locale, day()?),
            "month_short" => month_short(locale, day()?),
            "date_time" => date_time(locale, at()?),
            "day_time" => day_time(locale, at()?),
            "time" => time(locale, at()?.time()),
            "number" => number(locale, int(input)?),
            "money" => {
                let (cents, currency) = cents_currency()?;
                money(locale, cents, currency)
            }
            "money_short" => {
                let (cents, currency) = cents_currency()?;
                money_short(locale, cents, currency)
            }
            "percent" => percent(locale, int(input)?),
            "relative_days" => relative_days(locale, int(input)?),
            other => return Err(format!("unknown style {other}")),
        })
    }

    #[test]
    fn the_server_writes_every_case_as_chromium_does() {
        let cases = cases();
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|case| match run(case) {
                Ok(got) if got == case.expected => None,
                Ok(got) => Some(format!(
                    "{} {} {}: expected {:?}, got {:?}",
                    case.locale, case.style, case.input, case.expected, got
                )),
                Err(e) => Some(format!("{} {}: {e}", case.locale, case.style)),
            })
            .collect();
        assert!(
            wrong.is_empty(),
            "{} of {} cases differ:\n{}",
            wrong.len(),
            cases.len(),
            wrong.join("\n")
        );
    }

    fn style_keys() -> BTreeSet<String> {
        let styles: serde_json::Value = serde_json::from_str(STYLES).expect("styles.json is JSON");
        ["DateTimeFormat", "NumberFormat", "RelativeTimeFormat"]
            .iter()
            .flat_map(|constructor| {
                styles[constructor]
                    .as_object()
                    .map(|o| o.keys().cloned().collect::<Vec<_>>())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn every_style_is_in_styles_json_and_has_cases_in_every_language() {
        let keys = style_keys();
        let expected: BTreeSet<String> = DateStyle::ALL
            .iter()
            .map(|s| s.key())
            .chain(["number", "money", "money_short", "percent", "relative_days"])
            .map(String::from)
            .collect();
        assert_eq!(keys, expected, "styles.json names each style once");
        let covered: BTreeSet<(String, String)> =
            cases().into_iter().map(|c| (c.locale, c.style)).collect();
        for locale in Locale::ALL {
            for style in &keys {
                assert!(
                    covered.contains(&(locale.tag().to_string(), style.clone())),
                    "cases.json has no {style} case in {}",
                    locale.tag()
                );
            }
        }
    }

    #[test]
    fn decimals_are_exact() {
        assert_eq!(decimal(1_250_050, 2), "12500.50");
        assert_eq!(decimal(-5, 2), "-0.05");
        assert_eq!(decimal(625, 3), "0.625");
        assert_eq!(decimal(i64::MIN, 0), "-9223372036854775808");
        assert_eq!(currency_code(" eur"), Some("EUR".into()));
        assert_eq!(currency_code("EURO"), None);
    }

    #[test]
    fn an_unknown_currency_still_shows_the_amount() {
        assert_eq!(money(Locale::En, 1_250_050, "€"), "12,500.50");
        assert_eq!(money(Locale::En, 1_250_000, "XYZ"), "XYZ\u{a0}12,500");
        assert_eq!(money_short(Locale::Lv, 165_000, "bad!"), "1,7\u{a0}tūkst.");
    }
}
