//! Edits made on this device that the server has not confirmed yet, and the
//! words for one it refused.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::Mutation;
use crate::{error::AppError, i18n::Text};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    /// Identifies this device (for this user) to the server.
    pub client_id: Uuid,
    /// The id the next edit gets; ids only grow.
    pub next_id: i64,
    /// The server answered for every edit up to this id (they wait only for a pull).
    pub acked: i64,
    pub pending: Vec<Mutation>,
}

impl Outbox {
    pub fn new() -> Self {
        Outbox {
            client_id: Uuid::new_v4(),
            next_id: 1,
            acked: 0,
            pending: Vec::new(),
        }
    }

    /// The edits to send next: those the server has not answered yet, oldest first.
    pub fn unsent(&self, limit: usize) -> Vec<Mutation> {
        self.pending
            .iter()
            .filter(|m| m.id > self.acked)
            .take(limit)
            .cloned()
            .collect()
    }
}

impl Default for Outbox {
    fn default() -> Self {
        Self::new()
    }
}

/// A pushed edit the server refused, and why, for the user to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// "Moving the deal “Pump upgrade” was not saved:" (see `ops::describe`).
    pub what: Text,
    pub error: AppError,
}

impl Refusal {
    /// What the edit was, then why it was refused: the field messages of a
    /// validation error, else what the error tells the user.
    pub fn message(&self) -> Problem {
        let mut parts = vec![self.what.clone()];
        match &self.error {
            AppError::Validation(fields) => parts.extend(fields.0.values().flatten().cloned()),
            other => parts.push(other.text()),
        }
        Problem(parts)
    }
}

/// A sync problem as the user reads it: messages shown one after another, put
/// into words when shown, so a notice follows a change of language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub Vec<Text>);

impl From<Text> for Problem {
    fn from(text: Text) -> Self {
        Problem(vec![text])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::FieldErrors;

    #[test]
    fn a_refusal_says_what_was_not_saved_then_why() {
        let what = Text::new("sync-refused-move-deal").arg("name", "Pump upgrade");
        let mut fields = FieldErrors::default();
        fields.add("title", Text::new("validation-required"));
        fields.add("close_date", Text::new("validation-date-range"));
        let refusal = Refusal {
            what: what.clone(),
            error: AppError::Validation(fields),
        };
        assert_eq!(
            refusal.message(),
            Problem(vec![
                what.clone(),
                Text::new("validation-date-range"),
                Text::new("validation-required"),
            ])
        );
        let refusal = Refusal {
            what: what.clone(),
            error: AppError::NotFound("The deal".into()),
        };
        assert_eq!(
            refusal.message(),
            Problem(vec![what, Text::new("error-not-found")])
        );
    }
}
