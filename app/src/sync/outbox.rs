//! Edits made on this device that the server has not confirmed yet, and the
//! words for one it refused.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::Mutation;
use crate::error::AppError;

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
    pub what: String,
    pub error: AppError,
}

impl Refusal {
    pub fn message(&self) -> String {
        let why = match &self.error {
            AppError::Validation(fields) => fields
                .0
                .values()
                .flatten()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_string(),
        };
        format!("{} was not saved: {why}", self.what)
    }
}
