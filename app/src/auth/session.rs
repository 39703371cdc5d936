//! Password checks and database-backed sessions (server only).

use chrono::{Duration, Utc};
use sha2::{Digest, Sha256};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{CurrentUser, Role, TeamMember};
use super::password::verify as verify_password;
use crate::error::AppError;

pub use super::password::hash_password;

pub const COOKIE_NAME: &str = "fieldbook_session";
/// Reps stay signed in for a month: they must not be locked out offline.
pub const SESSION_DAYS: i64 = 30;

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

/// The same answer, after the same work, for an unknown email and a wrong
/// password: neither the words nor the time tell which accounts exist.
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
    let hash = row.as_ref().map(|(.., hash)| hash.as_str());
    let matches = verify_password(password, hash).await?;
    match row {
        Some((id, name, email, role, _)) if matches => UserRow {
            id,
            name,
            email,
            role,
        }
        .into_user(),
        _ => Err(AppError::validation(
            "password",
            crate::i18n::Text::new("login-wrong-password"),
        )),
    }
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

/// Signs the user out on every device (their sessions, not their devices' unsent edits).
pub async fn delete_user_sessions(pool: &PgPool, user_id: Uuid) -> Result<u64, AppError> {
    let done = sqlx::query("delete from sessions where user_id = $1")
        .bind(user_id)
        .execute(pool)
        .await?;
    Ok(done.rows_affected())
}

/// Expired sessions no longer sign anyone in; this drops their rows. Run at each
/// sign-in for that user and periodically for everyone.
pub async fn remove_expired(pool: &PgPool, user_id: Option<Uuid>) -> Result<u64, AppError> {
    let done = sqlx::query(
        "delete from sessions where expires_at <= now() and ($1::uuid is null or user_id = $1)",
    )
    .bind(user_id)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
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
    cookie_value(headers, COOKIE_NAME)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The value of the request's cookie `name`, if it sent one.
pub fn cookie_value<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// How the session cookie is sent; the server provides it to server functions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CookiePolicy {
    /// Only over https (`Secure`): set when the app is served over https.
    pub secure: bool,
}

impl CookiePolicy {
    fn attributes(self) -> &'static str {
        if self.secure {
            "Path=/; HttpOnly; SameSite=Lax; Secure"
        } else {
            "Path=/; HttpOnly; SameSite=Lax"
        }
    }
}

/// HttpOnly keeps scripts away from the token; Lax blocks cross-site form posts
/// from sending it (the CSRF check refuses them anyway).
pub fn session_cookie(token: &str, policy: CookiePolicy) -> String {
    format!(
        "{COOKIE_NAME}={token}; {}; Max-Age={}",
        policy.attributes(),
        SESSION_DAYS * 24 * 3600
    )
}

pub fn clear_cookie(policy: CookiePolicy) -> String {
    format!("{COOKIE_NAME}=; {}; Max-Age=0", policy.attributes())
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
    fn the_cookie_is_secure_only_when_the_policy_says_so() {
        let plain = session_cookie("t", CookiePolicy::default());
        let secure = session_cookie("t", CookiePolicy { secure: true });
        assert!(!plain.contains("Secure"), "{plain}");
        assert!(secure.contains("; Secure;"), "{secure}");
        assert!(clear_cookie(CookiePolicy { secure: true }).contains("Secure"));
    }
}
