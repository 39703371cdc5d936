use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    error::{AppError, FieldErrors},
    i18n::Text,
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
            errors.add("probability", Text::new("deals-error-probability"));
        }
        if !(0..=365).contains(&self.rotting_days) {
            errors.add("rotting_days", Text::new("deals-error-rotting-days"));
        }
    }
}

/// The stages a new pipeline starts with (message key, probability, rotting
/// days); managers rename and adjust them.
const DEFAULT_STAGES: [(&str, i16, i32); 4] = [
    ("deals-default-stage-lead", 10, 14),
    ("deals-default-stage-qualified", 25, 14),
    ("deals-default-stage-proposal", 50, 10),
    ("deals-default-stage-negotiation", 75, 7),
];

/// The stages a new pipeline starts with, named in English.
pub fn default_stages() -> Vec<StageInput> {
    default_stages_named(|key| {
        match key {
            "deals-default-stage-lead" => "Lead",
            "deals-default-stage-qualified" => "Qualified",
            "deals-default-stage-proposal" => "Proposal",
            _ => "Negotiation",
        }
        .to_string()
    })
}

/// The stages a new pipeline starts with, each named by `name` from its
/// message key (the manager's language: the names are data from then on).
pub fn default_stages_named(name: impl Fn(&str) -> String) -> Vec<StageInput> {
    DEFAULT_STAGES
        .into_iter()
        .map(|(key, probability, rotting_days)| StageInput {
            name: name(key),
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
        assert_eq!(fields.key("probability"), Some("deals-error-probability"));
        assert_eq!(fields.key("rotting_days"), Some("deals-error-rotting-days"));
        assert!(default_stages().iter().all(|s| s.validate().is_ok()));
    }

    #[test]
    fn new_pipelines_start_with_stages_named_in_the_managers_language() {
        use crate::i18n::{source, Locale, Messages};
        let english = Messages::parse(Locale::En, source(Locale::En));
        assert_eq!(
            default_stages_named(|key| english.text(key)),
            default_stages()
        );
        for locale in Locale::ALL {
            let messages = Messages::parse(locale, source(locale));
            for stage in default_stages_named(|key| {
                assert!(messages.has(key), "{} lacks {key}", locale.tag());
                messages.text(key)
            }) {
                assert!(stage.validate().is_ok(), "{}: {stage:?}", locale.tag());
            }
        }
    }
}
