//! Locale-free renderings: what a build with neither side formats with, and
//! the fallback should a formatter refuse (ICU4X without data for a locale,
//! `Intl` throwing). ISO 8601 dates, ASCII digits.

use chrono::NaiveDateTime;

use super::{decimal, DateStyle, Locale};

pub(super) fn date_time(_locale: Locale, style: DateStyle, at: NaiveDateTime) -> String {
    let pattern = match style {
        DateStyle::DayHeading | DateStyle::Date | DateStyle::WeekdayDate => "%Y-%m-%d",
        DateStyle::MonthYear | DateStyle::MonthYearShort => "%Y-%m",
        DateStyle::MonthShort => "%m",
        DateStyle::DateTime | DateStyle::DayTime => "%Y-%m-%d %H:%M",
        DateStyle::Time => "%H:%M",
    };
    at.format(pattern).to_string()
}

pub(super) fn number(_locale: Locale, value: i64) -> String {
    value.to_string()
}

/// "EUR 12500.50", "12500" without a currency.
pub(super) fn money(_locale: Locale, cents: i64, currency: &str, _short: bool) -> String {
    let amount = if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        decimal(cents, 2)
    };
    match super::currency_code(currency) {
        Some(code) => format!("{code} {amount}"),
        None => amount,
    }
}

pub(super) fn percent(_locale: Locale, permille: i64) -> String {
    let tenths = decimal(permille, 1);
    format!("{}%", tenths.strip_suffix(".0").unwrap_or(&tenths))
}

pub(super) fn relative_days(_locale: Locale, days: i64) -> String {
    format!("{days:+} d")
}
