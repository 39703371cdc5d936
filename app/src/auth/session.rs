//! Password checks and database-backed sessions (server only).

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{CurrentUser, Role, TeamMember};
use crate::error::AppError;

pub const COOKIE_NAME: &str = "fieldbook_session";
/// Reps stay signed in for a month: they must not be locked out offline.
pub const SESSION_DAYS: i64 = 30;

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

fn password_matches(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

fn token_hash(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: Uuid,
    name: String,
    email: String,
    role: String,
}

impl UserRow {
    fn into_user(self) -> Result<CurrentUser, AppError> {
        let role = Role::parse(&self.role).ok_or_else(|| {
            tracing::error!(role = %self.role, "unknown role in users table");
            AppError::Internal
        })?;
        Ok(CurrentUser {
            id: self.id,
            name: self.name,
            email: self.email,
            role,
        })
    }
}

/// The same answer for an unknown email and a wrong password: no account probing.
pub async fn verify_login(
    pool: &PgPool,
    email: &str,
    password: &str,
) -> Result<CurrentUser, AppError> {
    let row: Option<(Uuid, String, String, String, String)> = sqlx::query_as(
        "select id, name, email, role, password_hash from users where lower(email) = lower($1)",
    )
    .bind(email.trim())
    .fetch_optional(pool)
    .await?;
    let rejected = || AppError::validation("password", "The email or password is incorrect.");
    let (id, name, email, role, hash) = row.ok_or_else(rejected)?;
    if !password_matches(password, &hash) {
        return Err(rejected());
    }
    UserRow {
        id,
        name,
        email,
        role,
    }
    .into_user()
}

/// Starts a session and returns the cookie token (only its hash is stored).
pub async fn create_session(pool: &PgPool, user_id: Uuid) -> Result<String, AppError> {
    let token = format!("{}{}", Uuid::new_v4().simple(), Uuid::new_v4().simple());
    sqlx::query("insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)")
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(Utc::now() + Duration::days(SESSION_DAYS))
        .execute(pool)
        .await?;
    Ok(token)
}

pub async fn user_for_token(pool: &PgPool, token: &str) -> Result<Option<CurrentUser>, AppError> {
    let row: Option<UserRow> = sqlx::query_as(
        "select u.id, u.name, u.email, u.role
           from sessions s join users u on u.id = s.user_id
          where s.token_hash = $1 and s.expires_at > now()",
    )
    .bind(token_hash(token))
    .fetch_optional(pool)
    .await?;
    row.map(UserRow::into_user).transpose()
}

pub async fn delete_session(pool: &PgPool, token: &str) -> Result<(), AppError> {
    sqlx::query("delete from sessions where token_hash = $1")
        .bind(token_hash(token))
        .execute(pool)
        .await?;
    Ok(())
}

/// Managers pick from the whole team; a rep only ever sees themself.
pub async fn team_for(pool: &PgPool, viewer: &CurrentUser) -> Result<Vec<TeamMember>, AppError> {
    let rows: Vec<(Uuid, String, String)> = sqlx::query_as(
        "select id, name, role from users where $1 or id = $2 order by role desc, name",
    )
    .bind(viewer.is_manager())
    .bind(viewer.id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, name, role)| Role::parse(&role).map(|role| TeamMember { id, name, role }))
        .collect())
}

pub async fn user_exists(executor: impl PgExecutor<'_>, id: Uuid) -> Result<bool, AppError> {
    let found: Option<(Uuid,)> = sqlx::query_as("select id from users where id = $1")
        .bind(id)
        .fetch_optional(executor)
        .await?;
    Ok(found.is_some())
}

pub fn token_from_headers(headers: &http::HeaderMap) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE_NAME)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// HttpOnly keeps scripts away from the token; Lax blocks cross-site form posts.
pub fn session_cookie(token: &str) -> String {
    format!(
        "{COOKIE_NAME}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}",
        SESSION_DAYS * 24 * 3600
    )
}

pub fn clear_cookie() -> String {
    format!("{COOKIE_NAME}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_token_is_read_from_among_other_cookies() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::COOKIE,
            http::HeaderValue::from_static("theme=dark; fieldbook_session=abc123; x=1"),
        );
        assert_eq!(token_from_headers(&headers).as_deref(), Some("abc123"));
        assert_eq!(token_from_headers(&http::HeaderMap::new()), None);
    }

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let hash = hash_password("correct horse").expect("hash");
        assert!(password_matches("correct horse", &hash));
        assert!(!password_matches("wrong", &hash));
        assert!(!password_matches("correct horse", "not a hash"));
    }
}
