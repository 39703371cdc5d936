//! The browser's side: the platform's `Intl`, given `styles.json`'s options
//! as they are. The wasm carries no formatting data, only the options.
//!
//! Building an `Intl` object is the slow part, so each one is kept, by
//! locale, style and currency, for the page's life.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDateTime, Timelike};
use js_sys::{Array, Function, Intl, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

use super::{currency_code, decimal, plain, DateStyle, Locale};

const STYLES: &str = include_str!("styles.json");

#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Date(Locale, DateStyle),
    /// A `NumberFormat` style, with the currency money adds.
    Number(Locale, &'static str, Option<String>),
    RelativeDays(Locale),
}

thread_local! {
    static STYLE_OPTIONS: Option<JsValue> = JSON::parse(STYLES).ok();
    /// A bound `format` function (`DateTimeFormat`, `NumberFormat`) or a
    /// `RelativeTimeFormat`.
    static FORMATTERS: RefCell<HashMap<Key, JsValue>> = RefCell::new(HashMap::new());
}

fn cached(key: Key, make: impl FnOnce() -> Option<JsValue>) -> Option<JsValue> {
    if let Some(found) = FORMATTERS.with(|formatters| formatters.borrow().get(&key).cloned()) {
        return Some(found);
    }
    let made = make()?;
    FORMATTERS.with(|formatters| formatters.borrow_mut().insert(key, made.clone()));
    Some(made)
}

/// A copy of the style's options (`styles.json`), for the caller to add to.
fn options(constructor: &str, style: &str) -> Option<Object> {
    STYLE_OPTIONS.with(|styles| {
        let by_style = Reflect::get(styles.as_ref()?, &JsValue::from_str(constructor)).ok()?;
        let options: Object = Reflect::get(&by_style, &JsValue::from_str(style))
            .ok()?
            .dyn_into()
            .ok()?;
        Some(Object::assign(&Object::new(), &options))
    })
}

fn locales(locale: Locale) -> Array {
    Array::of1(&JsValue::from_str(locale.tag()))
}

fn call(format: &JsValue, argument: &JsValue) -> Option<String> {
    let format: &Function = format.dyn_ref()?;
    format
        .call1(&JsValue::UNDEFINED, argument)
        .ok()?
        .as_string()
}

// ---- Dates and times ------------------------------------------------------

pub(super) fn date_time(locale: Locale, style: DateStyle, at: NaiveDateTime) -> String {
    format_date_time(locale, style, at).unwrap_or_else(|| plain::date_time(locale, style, at))
}

fn format_date_time(locale: Locale, style: DateStyle, at: NaiveDateTime) -> Option<String> {
    let format = cached(Key::Date(locale, style), || {
        let options = options("DateTimeFormat", style.key())?;
        Some(
            Intl::DateTimeFormat::new(&locales(locale), &options)
                .format()
                .into(),
        )
    })?;
    // The local-time constructor: the wall clock as it is, no time zone shift.
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        u32::try_from(at.year()).ok()?,
        at.month0() as i32,
        at.day() as i32,
        at.hour() as i32,
        at.minute() as i32,
    );
    call(&format, &date.into())
}

// ---- Numbers and money ----------------------------------------------------

fn number_format(locale: Locale, style: &'static str, currency: Option<String>) -> Option<JsValue> {
    cached(Key::Number(locale, style, currency.clone()), || {
        let options = options("NumberFormat", style)?;
        let money = style == "money" || style == "money_short";
        match currency {
            Some(code) => {
                Reflect::set(
                    &options,
                    &JsValue::from_str("currency"),
                    &JsValue::from_str(&code),
                )
                .ok()?;
            }
            // A malformed currency code (Intl would throw): the amount alone.
            None if money => {
                Reflect::delete_property(&options, &JsValue::from_str("style")).ok()?;
                if style == "money" {
                    Reflect::set(
                        &options,
                        &JsValue::from_str("minimumFractionDigits"),
                        &JsValue::from(2),
                    )
                    .ok()?;
                }
            }
            None => {}
        }
        Some(
            Intl::NumberFormat::new(&locales(locale), &options)
                .format()
                .into(),
        )
    })
}

/// Formats an exact decimal string ("12500.50"): `Intl.NumberFormat` reads
/// strings as decimals, so no `f64` rounding creeps in.
fn format_decimal(
    locale: Locale,
    style: &'static str,
    currency: Option<String>,
    value: String,
) -> Option<String> {
    call(
        &number_format(locale, style, currency)?,
        &JsValue::from_str(&value),
    )
}

pub(super) fn number(locale: Locale, value: i64) -> String {
    format_decimal(locale, "number", None, decimal(value, 0))
        .unwrap_or_else(|| plain::number(locale, value))
}

pub(super) fn money(locale: Locale, cents: i64, currency: &str, short: bool) -> String {
    let style = if short { "money_short" } else { "money" };
    format_decimal(locale, style, currency_code(currency), decimal(cents, 2))
        .unwrap_or_else(|| plain::money(locale, cents, currency, short))
}

pub(super) fn percent(locale: Locale, permille: i64) -> String {
    format_decimal(locale, "percent", None, decimal(permille, 3))
        .unwrap_or_else(|| plain::percent(locale, permille))
}

// ---- Relative days ----------------------------------------------------------

pub(super) fn relative_days(locale: Locale, days: i64) -> String {
    cached(Key::RelativeDays(locale), || {
        let options = options("RelativeTimeFormat", "relative_days")?;
        Some(Intl::RelativeTimeFormat::new(&locales(locale), &options).into())
    })
    .map(|formatter| {
        String::from(
            formatter
                .unchecked_into::<Intl::RelativeTimeFormat>()
                .format(days as f64, "day"),
        )
    })
    .unwrap_or_else(|| plain::relative_days(locale, days))
}
