//! Dates, numbers and money in the reader's language.
//!
//! Placeholder: every function writes English, as the app did before
//! languages; the browser's `Intl` and the server's equivalent replace these
//! bodies (issue 18). Views call these already, so they change in one place.

use chrono::{NaiveDate, NaiveDateTime};

use super::Locale;

/// "Wednesday 2 December": a day's heading (My day).
pub fn day_heading(_locale: Locale, day: NaiveDate) -> String {
    day.format("%A %-d %B").to_string()
}

/// "2 Dec 2026": a date in a list or on a card.
pub fn date(_locale: Locale, day: NaiveDate) -> String {
    day.format("%-d %b %Y").to_string()
}

/// "Wed 2 Dec": a day in the coming week.
pub fn weekday_date(_locale: Locale, day: NaiveDate) -> String {
    day.format("%a %-d %b").to_string()
}

/// "December 2026": a month as a heading or a choice.
pub fn month_year(_locale: Locale, month: NaiveDate) -> String {
    month.format("%B %Y").to_string()
}

/// "Dec 2026": a month where room is short (chart labels).
pub fn month_year_short(_locale: Locale, month: NaiveDate) -> String {
    month.format("%b %Y").to_string()
}

/// "Dec": a month on a chart's axis.
pub fn month_short(_locale: Locale, month: NaiveDate) -> String {
    month.format("%b").to_string()
}

/// "2 Dec 2026 10:00": a moment on the device's wall clock.
pub fn date_time(_locale: Locale, at: NaiveDateTime) -> String {
    at.format("%-d %b %Y %H:%M").to_string()
}

/// "2 Dec 10:00": a recent moment (this year).
pub fn day_time(_locale: Locale, at: NaiveDateTime) -> String {
    at.format("%-d %b %H:%M").to_string()
}

/// "12,500": a count or a whole number.
pub fn number(_locale: Locale, value: i64) -> String {
    crate::deals::money::format_amount(value * 100)
}

/// "€12,500.50"; whole amounts drop the cents.
pub fn money(_locale: Locale, cents: i64, currency: &str) -> String {
    crate::deals::money::format_money(cents, currency)
}

/// "€1.2M", "€350K": where room is short (column headers).
pub fn money_short(_locale: Locale, cents: i64, currency: &str) -> String {
    crate::deals::money::format_money_short(cents, currency)
}

/// "62.5%" from per mille (625).
pub fn percent(_locale: Locale, permille: i64) -> String {
    format!("{}%", crate::forecast::model::format_permille(permille))
}

/// "tomorrow", "in 3 days", "2 days ago".
pub fn relative_days(_locale: Locale, days: i64) -> String {
    match days {
        0 => "today".into(),
        1 => "tomorrow".into(),
        -1 => "yesterday".into(),
        d if d > 1 => format!("in {d} days"),
        d => format!("{} days ago", -d),
    }
}
