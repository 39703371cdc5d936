//! Password hashing (server only). Argon2 is slow on purpose, so it runs on
//! tokio's blocking pool, and at most half the cores hash at once: a burst of
//! sign-ins queues here instead of stalling every other request.

use std::sync::{Arc, OnceLock};

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use tokio::sync::Semaphore;

use crate::error::AppError;

pub fn hash_password(password: &str) -> Result<String, AppError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| {
            tracing::error!(error = %e, "password hashing failed");
            AppError::Internal
        })
}

pub(crate) fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// How many hashes may run at once: half the cores, at least one.
pub fn hashing_slots() -> usize {
    std::thread::available_parallelism().map_or(1, |n| (n.get() / 2).max(1))
}

fn hashing_gate() -> Arc<Semaphore> {
    static GATE: OnceLock<Arc<Semaphore>> = OnceLock::new();
    GATE.get_or_init(|| Arc::new(Semaphore::new(hashing_slots())))
        .clone()
}

/// A hash of a random password nobody knows, with the same parameters as real
/// ones: an unknown email is checked against it, so it costs what a known one does.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let secret = SaltString::generate(&mut OsRng);
        hash_password(secret.as_str()).unwrap_or_default()
    })
}

/// Makes the dummy hash now (on the blocking pool), so that not even the first
/// unknown email after a restart answers differently.
pub fn warm_up() {
    tokio::task::spawn_blocking(|| {
        dummy_hash();
    });
}

/// Checks `password` against `hash` (or against the dummy when there is no
/// account), off the async workers and within the hashing slots.
pub async fn verify(password: &str, hash: Option<&str>) -> Result<bool, AppError> {
    let slot = hashing_gate().acquire_owned().await.map_err(|_| {
        tracing::error!("the hashing gate was closed");
        AppError::Internal
    })?;
    let password = password.to_string();
    let hash = hash.map(str::to_string);
    // The slot moves into the task: a caller that goes away does not free it early.
    tokio::task::spawn_blocking(move || {
        let _slot = slot;
        match hash {
            Some(hash) => password_matches(&password, &hash),
            None => {
                // Same work as a real check, and never a match.
                let _ = password_matches(&password, dummy_hash());
                false
            }
        }
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "password check panicked");
        AppError::Internal
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(password_matches("correct horse", &hash));
        assert!(!password_matches("wrong", &hash));
        assert!(!password_matches("correct horse", "not a hash"));
    }

    #[test]
    fn the_dummy_hash_is_a_real_argon2_hash_that_matches_nothing_guessable() {
        assert!(PasswordHash::new(dummy_hash()).is_ok());
        assert!(!password_matches("", dummy_hash()));
    }

    #[test]
    fn hashing_never_takes_every_core() {
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        assert!(hashing_slots() >= 1);
        assert!(hashing_slots() <= cores.div_ceil(2));
    }
}
