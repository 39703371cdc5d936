use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    error::{AppError, FieldErrors},
    validate,
};

pub const MAX_STAGE_NAME: usize = 60;
pub const MAX_STAGES: usize = 20;

#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stage {
    pub id: Uuid,
    pub pipeline_id: Uuid,
    pub name: String,
    pub position: i32,
    /// Default win probability (0-100) of a deal in this stage.
    pub probability: i16,
    /// Days a deal may sit in this stage before it is flagged as rotting; 0 = never.
    pub rotting_days: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pipeline {
    pub id: Uuid,
    pub name: String,
    pub position: i32,
    /// In board order.
    pub stages: Vec<Stage>,
}

impl Pipeline {
    pub fn stage(&self, id: Uuid) -> Option<&Stage> {
        self.stages.iter().find(|s| s.id == id)
    }
}

/// A pipeline as listed in a picker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PipelineRef {
    pub id: Uuid,
    pub name: String,
    /// Pipelines are listed in this order (the first is the default board).
    pub position: i32,
}

/// The stage fields a manager sets; ids are made by the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageInput {
    pub name: String,
    pub probability: i16,
    pub rotting_days: i32,
}

impl StageInput {
    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        self.check(&mut errors);
        errors.into_result()
    }

    fn check(&self, errors: &mut FieldErrors) {
        validate::required(errors, "name", &self.name, MAX_STAGE_NAME);
        if !(0..=100).contains(&self.probability) {
            errors.add("probability", "Enter a probability from 0 to 100.");
        }
        if !(0..=365).contains(&self.rotting_days) {
            errors.add(
                "rotting_days",
                "Enter a number of days from 0 (never) to 365.",
            );
        }
    }
}

/// The stages a new pipeline starts with; managers rename and adjust them.
pub fn default_stages() -> Vec<StageInput> {
    [
        ("Lead", 10, 14),
        ("Qualified", 25, 14),
        ("Proposal", 50, 10),
        ("Negotiation", 75, 7),
    ]
    .into_iter()
    .map(|(name, probability, rotting_days)| StageInput {
        name: name.to_string(),
        probability,
        rotting_days,
    })
    .collect()
}

pub fn validate_pipeline_name(name: &str) -> Result<(), AppError> {
    let mut errors = FieldErrors::default();
    validate::required(&mut errors, "name", name, MAX_STAGE_NAME);
    errors.into_result()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stage_inputs_are_checked_field_by_field() {
        let bad = StageInput {
            name: " ".into(),
            probability: 101,
            rotting_days: -1,
        };
        let err = bad.validate().expect_err("invalid");
        let fields = err.field_errors().expect("field errors");
        assert!(fields.get("name").is_some());
        assert!(fields.get("probability").is_some());
        assert!(fields.get("rotting_days").is_some());
        assert!(default_stages().iter().all(|s| s.validate().is_ok()));
    }
}
