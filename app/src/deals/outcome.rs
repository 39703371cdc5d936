//! How a deal closes: won or lost, always with a reason.

use serde::{Deserialize, Serialize};

use super::model::DealStatus;
use crate::{
    error::{AppError, FieldErrors},
    i18n::Text,
    validate,
};

/// Reasons offered when a deal is lost; "Other" asks for words. Each is
/// stored in English (so reports group them whatever the rep's language) and
/// shown through its message key (`reason_key`).
pub const LOST_REASONS: &[(&str, &str)] = &[
    ("Price too high", "deals-lost-reason-price"),
    ("Chose a competitor", "deals-lost-reason-competitor"),
    ("No budget", "deals-lost-reason-budget"),
    ("No decision / went quiet", "deals-lost-reason-no-decision"),
    ("Timing not right", "deals-lost-reason-timing"),
    ("Product gap", "deals-lost-reason-product-gap"),
];

/// Reasons offered when a deal is won; "Other" asks for words.
pub const WON_REASONS: &[(&str, &str)] = &[
    ("Best price", "deals-won-reason-price"),
    ("Product fit", "deals-won-reason-fit"),
    ("Relationship", "deals-won-reason-relationship"),
    ("Service and support", "deals-won-reason-service"),
    ("Delivery time", "deals-won-reason-delivery"),
    ("Referral", "deals-won-reason-referral"),
];

/// A stored reason that starts with a listed one ("Price too high", or
/// "Price too high: 20% over budget"): that reason's message key and the
/// words added after it (empty if none), so it shows in the reader's language.
pub fn reason_key(stored: &str) -> Option<(&'static str, &str)> {
    LOST_REASONS
        .iter()
        .chain(WON_REASONS)
        .find_map(|(words, key)| match stored.strip_prefix(words)? {
            "" => Some((*key, "")),
            rest => rest.strip_prefix(": ").map(|detail| (*key, detail)),
        })
}

/// The longest close reason, won or lost.
pub const MAX_LOST_REASON: usize = 300;

/// How a deal closed, and why: a reason is asked for either way (a team learns
/// from its wins as much as from its losses). Both are kept in the deal's
/// `lost_reason` column, the one place a close reason has always been stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "OutcomeWire")]
pub enum Outcome {
    Won { reason: String },
    Lost { reason: String },
}

/// What a stored outbox may hold: edits queued before won reasons were asked
/// for say just `"Won"`. They still load (an outbox that fails to parse would
/// lose every edit in it); the server then refuses them for want of a reason.
#[derive(Deserialize)]
#[serde(untagged)]
enum OutcomeWire {
    Legacy(LegacyOutcome),
    Current(CurrentOutcome),
}

#[derive(Deserialize)]
enum LegacyOutcome {
    Won,
}

#[derive(Deserialize)]
enum CurrentOutcome {
    Won { reason: String },
    Lost { reason: String },
}

impl From<OutcomeWire> for Outcome {
    fn from(wire: OutcomeWire) -> Self {
        match wire {
            OutcomeWire::Legacy(LegacyOutcome::Won) => Outcome::Won {
                reason: String::new(),
            },
            OutcomeWire::Current(CurrentOutcome::Won { reason }) => Outcome::Won { reason },
            OutcomeWire::Current(CurrentOutcome::Lost { reason }) => Outcome::Lost { reason },
        }
    }
}

impl Outcome {
    pub fn status(&self) -> DealStatus {
        match self {
            Outcome::Won { .. } => DealStatus::Won,
            Outcome::Lost { .. } => DealStatus::Lost,
        }
    }

    /// The reason as stored: trimmed.
    pub fn reason(&self) -> &str {
        match self {
            Outcome::Won { reason } | Outcome::Lost { reason } => reason.trim(),
        }
    }

    /// The form field its reason is asked in (and its errors are keyed by).
    pub fn field(&self) -> &'static str {
        match self {
            Outcome::Won { .. } => "won_reason",
            Outcome::Lost { .. } => "lost_reason",
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        let (field, reason) = (self.field(), self.reason());
        if reason.is_empty() {
            let why = match self {
                Outcome::Won { .. } => Text::new("deals-won-reason-required"),
                Outcome::Lost { .. } => Text::new("deals-lost-reason-required"),
            };
            errors.add(field, why);
        } else {
            validate::multi_line(&mut errors, field, reason, MAX_LOST_REASON);
        }
        errors.into_result()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_needs_a_reason() {
        let lost = Outcome::Lost {
            reason: "  ".into(),
        };
        let err = lost.validate().expect_err("no reason");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("lost_reason")),
            Some("deals-lost-reason-required")
        );
    }

    #[test]
    fn won_needs_a_reason_too() {
        let won = Outcome::Won {
            reason: " \n ".into(),
        };
        let err = won.validate().expect_err("no reason");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("won_reason")),
            Some("deals-won-reason-required")
        );
        let won = Outcome::Won {
            reason: "Best price: beat the incumbent".into(),
        };
        assert!(won.validate().is_ok());
        assert_eq!(won.status(), DealStatus::Won);
        let long = Outcome::Won {
            reason: "x".repeat(MAX_LOST_REASON + 1),
        };
        assert!(long.validate().is_err(), "as long as a lost reason may be");
        let control = Outcome::Won {
            reason: "ok\u{7}".into(),
        };
        assert!(control.validate().is_err(), "no control characters");
    }

    #[test]
    fn listed_reasons_are_shown_by_their_keys_with_the_words_added() {
        assert_eq!(
            reason_key("Price too high"),
            Some(("deals-lost-reason-price", ""))
        );
        assert_eq!(
            reason_key("Referral: via Ana"),
            Some(("deals-won-reason-referral", "via Ana"))
        );
        assert_eq!(reason_key("Price too highly rated"), None);
        assert_eq!(reason_key("Our own words"), None);
    }

    #[test]
    fn a_won_queued_before_reasons_still_loads_and_is_then_refused() {
        let legacy: Outcome = serde_json::from_str("\"Won\"").expect("the old format");
        assert_eq!(
            legacy,
            Outcome::Won {
                reason: String::new()
            }
        );
        assert!(legacy.validate().is_err());
        let current = Outcome::Won {
            reason: "Relationship".into(),
        };
        let json = serde_json::to_string(&current).expect("json");
        assert_eq!(json, r#"{"Won":{"reason":"Relationship"}}"#);
        assert_eq!(
            serde_json::from_str::<Outcome>(&json).expect("round trip"),
            current
        );
        let lost: Outcome =
            serde_json::from_str(r#"{"Lost":{"reason":"No budget"}}"#).expect("lost");
        assert_eq!(lost.reason(), "No budget");
    }
}
