//! The one error type that crosses the wire between server functions and the UI.

use std::collections::BTreeMap;

use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::i18n::Text;

/// Validation messages keyed by form field name, so each input can show its
/// own, in the reader's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldErrors(pub BTreeMap<String, Vec<Text>>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: Text) {
        self.0.entry(field.to_string()).or_default().push(message);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first message for `field`, as shown under its input.
    pub fn get(&self, field: &str) -> Option<&Text> {
        self.0.get(field).and_then(|m| m.first())
    }

    /// The key of the first message for `field` (tests, logs).
    pub fn key(&self, field: &str) -> Option<&str> {
        self.get(field).map(|text| text.key.as_str())
    }

    /// `Ok(())` when nothing was reported, the validation error otherwise.
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self))
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Please sign in to continue.")]
    Unauthorized,
    #[error("You do not have access to this record.")]
    Forbidden,
    #[error("{0} was not found. It may have been deleted.")]
    NotFound(String),
    #[error("Please correct the highlighted fields.")]
    Validation(FieldErrors),
    #[error("{0}")]
    Conflict(Text),
    /// A create whose id is taken by the record it made before: the same edit
    /// sent again (a retry whose answer was lost). Sync counts it as applied.
    #[error("This {0} was already created.")]
    AlreadyExists(String),
    /// Details are logged on the server, never shown.
    #[error("Something went wrong on our side. Please try again.")]
    Internal,
    /// Two changes waited on each other (a database deadlock); nothing was written.
    #[error("Fieldbook was busy with another change. Please try again.")]
    Busy,
    /// Too many failed attempts (sign-in): wait before trying again.
    #[error("Too many attempts. Please wait {retry_after_secs} seconds and try again.")]
    Throttled { retry_after_secs: u64 },
    /// The request itself could not be read (a malformed body or query).
    #[error("The request could not be read: {0}")]
    Malformed(String),
    /// The database is unreachable or every connection is taken; nothing was written.
    #[error("Fieldbook is temporarily unavailable. Please try again in a moment.")]
    Unavailable,
    /// The request never got a proper answer (offline, server down, bad response).
    #[error("Could not reach Fieldbook: {0}")]
    Network(String),
}

impl AppError {
    pub fn validation(field: &str, message: Text) -> Self {
        let mut errors = FieldErrors::default();
        errors.add(field, message);
        AppError::Validation(errors)
    }

    /// What the user is told, in their language (`I18n::show`). Details
    /// meant for logs (a parser's words, a lost connection's cause) stay out.
    pub fn text(&self) -> Text {
        match self {
            AppError::Unauthorized => Text::new("error-unauthorized"),
            AppError::Forbidden => Text::new("error-forbidden"),
            AppError::NotFound(_) => Text::new("error-not-found"),
            AppError::Validation(_) => Text::new("error-validation"),
            AppError::Conflict(text) => text.clone(),
            AppError::AlreadyExists(_) => Text::new("error-already-exists"),
            AppError::Internal => Text::new("error-internal"),
            AppError::Busy => Text::new("error-busy"),
            AppError::Throttled { retry_after_secs } => {
                Text::new("error-throttled").num("seconds", *retry_after_secs as i64)
            }
            AppError::Malformed(_) => Text::new("error-malformed"),
            AppError::Unavailable => Text::new("error-unavailable"),
            AppError::Network(_) => Text::new("error-network"),
        }
    }

    /// What to show beside `field`: its own message, else the error's.
    pub fn text_for(&self, field: &str) -> Text {
        self.field_errors()
            .and_then(|f| f.get(field))
            .cloned()
            .unwrap_or_else(|| self.text())
    }

    pub fn field_errors(&self) -> Option<&FieldErrors> {
        match self {
            AppError::Validation(errors) => Some(errors),
            _ => None,
        }
    }

    /// The HTTP status a server function answers with. The browser reads the
    /// error from the body whatever the status, so the words shown stay the same.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::Malformed(_) => S::BAD_REQUEST,
            AppError::Unauthorized => S::UNAUTHORIZED,
            AppError::Forbidden => S::FORBIDDEN,
            AppError::NotFound(_) => S::NOT_FOUND,
            AppError::Conflict(_) | AppError::AlreadyExists(_) => S::CONFLICT,
            AppError::Validation(_) => S::UNPROCESSABLE_ENTITY,
            AppError::Throttled { .. } => S::TOO_MANY_REQUESTS,
            AppError::Busy | AppError::Unavailable => S::SERVICE_UNAVAILABLE,
            // Network never leaves a server; were it to, it is a bug there.
            AppError::Internal | AppError::Network(_) => S::INTERNAL_SERVER_ERROR,
        }
    }

    /// Seconds a client should wait before trying again (`Retry-After`), if any.
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            AppError::Throttled { retry_after_secs } => Some(*retry_after_secs),
            AppError::Busy | AppError::Unavailable => Some(RETRY_AFTER_BUSY_SECS),
            _ => None,
        }
    }

    /// A request the server could not read: logged at WARN (the caller's
    /// mistake, not the server's), with the parser's words kept short.
    pub fn malformed(detail: &str) -> Self {
        const MAX: usize = 200;
        let detail: String = match detail.char_indices().nth(MAX) {
            Some((end, _)) => format!("{}…", &detail[..end]),
            None => detail.to_string(),
        };
        tracing::warn!(%detail, "malformed request");
        AppError::Malformed(detail)
    }
}

/// What a busy or unreachable server asks clients to wait.
const RETRY_AFTER_BUSY_SECS: u64 = 5;

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            ServerFnErrorErr::Request(msg) | ServerFnErrorErr::Response(msg) => {
                AppError::Network(msg)
            }
            ServerFnErrorErr::Args(msg) => AppError::malformed(&msg),
            ServerFnErrorErr::MissingArg(name) => {
                AppError::malformed(&format!("{name} is missing"))
            }
            // On the server this is a body that is not what the codec expects
            // (bad JSON, not UTF-8, too large); in the browser, an unreadable answer.
            ServerFnErrorErr::Deserialization(msg) if cfg!(feature = "ssr") => {
                AppError::malformed(&msg)
            }
            other => {
                tracing::error!(error = %other, "server function plumbing failed");
                AppError::Internal
            }
        }
    }
}

#[cfg(feature = "ssr")]
mod db {
    use super::AppError;
    use crate::i18n::Text;

    /// Unique constraints whose violation is the user's to fix: the field, and
    /// the key of the message to show beside it.
    pub(super) const CONSTRAINT_MESSAGES: &[(&str, &str, &str)] = &[
        ("companies_name_key", "name", "error-company-name-taken"),
        ("users_email_key", "email", "error-email-taken"),
        ("stages_name_key", "name", "error-stage-name-taken"),
        ("pipelines_name_key", "name", "error-pipeline-name-taken"),
    ];

    impl From<sqlx::Error> for AppError {
        fn from(err: sqlx::Error) -> Self {
            match &err {
                sqlx::Error::RowNotFound => return AppError::NotFound("The record".into()),
                // Every connection taken, or the database unreachable: nothing
                // was written, and trying again later is the answer.
                sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::Protocol(_)
                | sqlx::Error::WorkerCrashed => {
                    tracing::warn!(error = ?err, "database unavailable");
                    return AppError::Unavailable;
                }
                _ => {}
            }
            if let Some(db_err) = err.as_database_error() {
                let code = db_err.code();
                let code = code.as_deref().unwrap_or_default();
                // deadlock_detected, serialization_failure: the whole transaction rolled back.
                if matches!(code, "40P01" | "40001") {
                    tracing::warn!(error = ?err, "transaction rolled back, to be retried");
                    return AppError::Busy;
                }
                // Class 08 (connection), 53 (out of resources), 57P0x (shutting down,
                // starting up): the database, not the request, is the problem.
                if code.starts_with("08") || code.starts_with("53") || code.starts_with("57P0") {
                    tracing::warn!(error = ?err, "database unavailable");
                    return AppError::Unavailable;
                }
                // Class 22 (data exception: a NUL byte, a date or number out of
                // range) is the request's data, which validation should have
                // caught; the caller gets a 400, the log a warning to fix that.
                if code.starts_with("22") {
                    tracing::warn!(error = ?err, "value the database cannot store");
                    return AppError::Malformed(
                        "a value is out of range or contains characters that cannot be stored"
                            .into(),
                    );
                }
                if let Some(constraint) = db_err.constraint() {
                    if let Some((_, field, message)) = CONSTRAINT_MESSAGES
                        .iter()
                        .find(|(name, _, _)| *name == constraint)
                    {
                        return AppError::validation(field, Text::new(*message));
                    }
                    if db_err.is_foreign_key_violation() {
                        return AppError::Conflict(Text::new("error-linked-record-gone"));
                    }
                }
            }
            tracing::error!(error = ?err, "database error");
            AppError::Internal
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_the_server_cannot_read_are_malformed_and_said_briefly() {
        let long = AppError::from_server_fn_error(ServerFnErrorErr::Args("x".repeat(5_000)));
        match &long {
            AppError::Malformed(detail) => assert!(detail.chars().count() <= 201, "{detail}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(long.status(), http::StatusCode::BAD_REQUEST);
        assert_eq!(
            AppError::from_server_fn_error(ServerFnErrorErr::MissingArg("id".into())),
            AppError::Malformed("id is missing".into())
        );
        // Only a fault of the server's own is a 500.
        assert_eq!(
            AppError::from_server_fn_error(ServerFnErrorErr::ServerError("boom".into())).status(),
            http::StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn what_the_user_is_told_is_a_key_with_its_values() {
        assert_eq!(
            AppError::Throttled {
                retry_after_secs: 30
            }
            .text(),
            Text::new("error-throttled").num("seconds", 30)
        );
        let errors = AppError::validation("name", Text::new("validation-required"));
        assert_eq!(errors.text(), Text::new("error-validation"));
        assert_eq!(errors.text_for("name"), Text::new("validation-required"));
        assert_eq!(errors.text_for("email"), Text::new("error-validation"));
    }

    /// The database's messages are keys looked up at run time: each must be
    /// in every language (the scan of the code does not see them).
    #[cfg(feature = "ssr")]
    #[test]
    fn database_constraint_messages_are_in_every_language() {
        use crate::i18n::{source, Locale, Messages};
        for locale in Locale::ALL {
            let messages = Messages::parse(locale, source(locale));
            for (_, _, key) in super::db::CONSTRAINT_MESSAGES {
                assert!(messages.has(key), "{} lacks {key}", locale.tag());
            }
        }
    }
}
