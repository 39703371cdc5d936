//! Amounts as people type and read them: "12 500,50" in, "€12,500.50" out.

use super::model::MAX_VALUE_CENTS;
use crate::i18n::Text;

/// "12 500,50", "12,500.50", "12500" -> minor units. Accepts the separators people type.
/// A refusal says why, as a message to show (`I18n::show`).
pub fn parse_amount(input: &str) -> Result<i64, Text> {
    let malformed = || Text::new("deals-error-amount-format");
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '_')
        .collect();
    if cleaned.is_empty() {
        return Ok(0);
    }
    if cleaned.starts_with('-') {
        return Err(Text::new("deals-error-amount-negative"));
    }
    // The last '.' or ',' followed by one or two digits is the decimal mark; others group thousands.
    let (whole, fraction) = match cleaned.rfind(['.', ',']) {
        Some(i) if (1..=2).contains(&(cleaned.len() - i - 1)) => (&cleaned[..i], &cleaned[i + 1..]),
        _ => (cleaned.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(malformed());
    }
    let too_large = || Text::new("deals-error-amount-too-large");
    // Digits only by now: a number that does not parse is too long for an i64.
    let units: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| too_large())?
    };
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| malformed())? * 10,
        _ => fraction.parse().map_err(|_| malformed())?,
    };
    units
        .checked_mul(100)
        .and_then(|u| u.checked_add(cents))
        .filter(|v| *v <= MAX_VALUE_CENTS)
        .ok_or_else(too_large)
}

/// 1250050 -> "12,500.50"; whole amounts drop the cents.
pub fn format_amount(cents: i64) -> String {
    let units = cents / 100;
    let rest = cents % 100;
    let digits = units.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if rest == 0 {
        grouped
    } else {
        format!("{grouped}.{rest:02}")
    }
}

/// "€12,500"; unknown currencies show their code.
pub fn format_money(cents: i64, currency: &str) -> String {
    let amount = format_amount(cents);
    match currency {
        "EUR" => format!("€{amount}"),
        "USD" => format!("${amount}"),
        "GBP" => format!("£{amount}"),
        other => format!("{other} {amount}"),
    }
}

/// "€1.2M", "€350k": column headers have room for a few characters only.
pub fn format_money_short(cents: i64, currency: &str) -> String {
    let units = cents as f64 / 100.0;
    let short = if units >= 1_000_000.0 {
        format!("{:.1}M", units / 1_000_000.0)
    } else if units >= 10_000.0 {
        format!("{:.0}k", units / 1_000.0)
    } else if units >= 1_000.0 {
        format!("{:.1}k", units / 1_000.0)
    } else {
        format!("{units:.0}")
    };
    match currency {
        "EUR" => format!("€{short}"),
        "USD" => format!("${short}"),
        "GBP" => format!("£{short}"),
        other => format!("{other} {short}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_parse_with_the_separators_people_type() {
        assert_eq!(parse_amount("12500"), Ok(1_250_000));
        assert_eq!(parse_amount("12 500,5"), Ok(1_250_050));
        assert_eq!(parse_amount("12,500.50"), Ok(1_250_050));
        assert_eq!(parse_amount("1.250.000"), Ok(125_000_000));
        assert_eq!(parse_amount(""), Ok(0));
        let key = |input: &str| parse_amount(input).map_err(|t| t.key);
        assert_eq!(key("-5"), Err("deals-error-amount-negative".into()));
        assert_eq!(key("ten"), Err("deals-error-amount-format".into()));
        assert_eq!(key(","), Err("deals-error-amount-format".into()));
        assert_eq!(
            key("99999999999999999999"),
            Err("deals-error-amount-too-large".into())
        );
    }

    #[test]
    fn amounts_format_with_grouping_and_currency() {
        assert_eq!(format_amount(1_250_050), "12,500.50");
        assert_eq!(format_money(100_000_000, "EUR"), "€1,000,000");
        assert_eq!(format_money(5, "CHF"), "CHF 0.05");
        assert_eq!(format_money_short(35_000_000, "USD"), "$350k");
        assert_eq!(format_money_short(120_000_000, "EUR"), "€1.2M");
    }
}
