//! Field checks shared by forms (instant feedback) and server functions (the authority).

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::{error::FieldErrors, i18n::Text};

pub const MAX_NAME: usize = 200;
pub const MAX_TEXT: usize = 500;
pub const MAX_NOTES: usize = 5_000;

/// Dates people mean fall well inside this; PostgreSQL and chrono's month
/// arithmetic fail far outside it (year 262143 panics a `+ 1 month`).
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// A one-line field: required, at most `max` characters, no control characters.
pub fn required(errors: &mut FieldErrors, field: &str, value: &str, max: usize) {
    if value.trim().is_empty() {
        errors.add(field, Text::new("validation-required"));
    } else {
        max_len(errors, field, value, max);
    }
}

/// A one-line field: at most `max` characters, no control characters.
pub fn max_len(errors: &mut FieldErrors, field: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.add(field, too_long(max));
    } else if value.chars().any(char::is_control) {
        errors.add(field, Text::new("validation-control-characters"));
    }
}

/// Notes and addresses: line breaks and tabs are text there, other control
/// characters (NUL, which PostgreSQL cannot store, escapes…) are not.
pub fn multi_line(errors: &mut FieldErrors, field: &str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.add(field, too_long(max));
    } else if value
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        errors.add(field, Text::new("validation-control-characters"));
    }
}

pub fn date_in_range(errors: &mut FieldErrors, field: &str, day: NaiveDate) {
    if !YEARS.contains(&day.year()) {
        errors.add(field, date_range_message());
    }
}

pub fn time_in_range(errors: &mut FieldErrors, field: &str, at: DateTime<Utc>) {
    date_in_range(errors, field, at.date_naive());
}

/// "Pick a date between the years 1900 and 2200."
pub fn date_range_message() -> Text {
    Text::new("validation-date-range")
        .num("from", i64::from(*YEARS.start()))
        .num("to", i64::from(*YEARS.end()))
}

/// "Keep this under 200 characters."
fn too_long(max: usize) -> Text {
    Text::new("validation-too-long").num("max", i64::try_from(max).unwrap_or(i64::MAX))
}

/// Empty is allowed (the field is optional); anything else must look like an address.
pub fn optional_email(errors: &mut FieldErrors, field: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    if !is_email(value) {
        errors.add(field, Text::new("validation-email"));
    }
}

pub fn is_email(value: &str) -> bool {
    if value.len() > 254 || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return false;
    }
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

pub fn optional_phone(errors: &mut FieldErrors, field: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    let digits = value.chars().filter(char::is_ascii_digit).count();
    if !allowed || !(5..=20).contains(&digits) {
        errors.add(field, Text::new("validation-phone"));
    }
}

pub fn optional_website(errors: &mut FieldErrors, field: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        return;
    }
    let host = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
        .unwrap_or(value);
    let host = host.split('/').next().unwrap_or_default();
    if value.len() > MAX_TEXT
        || value.chars().any(|c| c.is_whitespace() || c.is_control())
        || !host.contains('.')
        || host.ends_with('.')
    {
        errors.add(field, Text::new("validation-website"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_need_a_local_part_and_a_dotted_domain() {
        assert!(is_email("ana@acme.com"));
        assert!(is_email("a.b+crm@mail.acme.co.uk"));
        for bad in [
            "",
            "ana",
            "ana@",
            "@acme.com",
            "ana@acme",
            "ana@@acme.com",
            "a na@acme.com",
            "ana@acme..com",
        ] {
            assert!(!is_email(bad), "{bad} should be rejected");
        }
        let mut errors = FieldErrors::default();
        optional_email(&mut errors, "email", " ");
        assert!(errors.is_empty());
        optional_email(&mut errors, "email", "ana@");
        assert_eq!(errors.key("email"), Some("validation-email"));
    }

    #[test]
    fn phone_numbers_allow_common_punctuation_only() {
        let mut errors = FieldErrors::default();
        optional_phone(&mut errors, "phone", "+49 (30) 123-456");
        optional_phone(&mut errors, "phone", "");
        assert!(errors.is_empty());
        optional_phone(&mut errors, "phone", "call me");
        assert_eq!(errors.key("phone"), Some("validation-phone"));
    }

    #[test]
    fn required_fields_reject_blank_and_overlong_values() {
        let mut errors = FieldErrors::default();
        required(&mut errors, "name", "   ", MAX_NAME);
        assert_eq!(errors.key("name"), Some("validation-required"));
        let mut errors = FieldErrors::default();
        required(&mut errors, "name", &"x".repeat(MAX_NAME + 1), MAX_NAME);
        assert_eq!(
            errors.get("name"),
            Some(&Text::new("validation-too-long").num("max", 200))
        );
    }

    #[test]
    fn control_characters_are_refused_but_notes_keep_their_line_breaks() {
        let mut errors = FieldErrors::default();
        max_len(&mut errors, "name", "Acme\0", MAX_NAME);
        required(&mut errors, "title", "a\u{1b}[31m", MAX_NAME);
        multi_line(&mut errors, "notes", "bad\u{7}", MAX_NOTES);
        for field in ["name", "title", "notes"] {
            assert_eq!(
                errors.key(field),
                Some("validation-control-characters"),
                "{field}"
            );
        }
        let mut errors = FieldErrors::default();
        multi_line(&mut errors, "notes", "line one\r\n\tline two", MAX_NOTES);
        max_len(&mut errors, "name", "Ünïcødé 東京 🚀", MAX_NAME);
        assert!(errors.is_empty(), "{errors:?}");
    }

    #[test]
    fn dates_must_fall_between_1900_and_2200() {
        let mut errors = FieldErrors::default();
        for (field, y) in [
            ("a", 1900),
            ("b", 2200),
            ("c", 1899),
            ("d", 2201),
            ("e", 262_142),
        ] {
            let day = NaiveDate::from_ymd_opt(y, 12, 1).expect("valid");
            date_in_range(&mut errors, field, day);
        }
        assert!(errors.get("a").is_none() && errors.get("b").is_none());
        for field in ["c", "d", "e"] {
            assert_eq!(
                errors.get(field),
                Some(
                    &Text::new("validation-date-range")
                        .num("from", 1900)
                        .num("to", 2200)
                ),
                "{field}"
            );
        }
    }

    #[test]
    fn websites_need_a_host_with_a_dot() {
        let mut errors = FieldErrors::default();
        optional_website(&mut errors, "website", "https://acme.com/about");
        optional_website(&mut errors, "website", "acme.io");
        assert!(errors.is_empty());
        optional_website(&mut errors, "website", "acme");
        assert_eq!(errors.key("website"), Some("validation-website"));
    }
}
