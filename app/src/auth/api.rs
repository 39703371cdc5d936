//! Server functions for signing in and out.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::CurrentUser;
use crate::error::AppError;

/// Form-encoded so the sign-in form works even before the wasm has loaded.
/// Throttled per account and per client address (see `throttle`); a success
/// ends the browser's previous session and starts a fresh one.
#[server(endpoint = "login")]
pub async fn login(email: String, password: String) -> Result<CurrentUser, AppError> {
    use super::{session, throttle};
    use crate::{context, error::FieldErrors, validate};

    let mut errors = FieldErrors::default();
    validate::required(&mut errors, "email", &email, 254);
    if password.is_empty() {
        errors.add("password", crate::i18n::Text::new("login-password-missing"));
    }
    errors.into_result()?;

    let pool = context::pool()?;
    let keys = throttle::Keys::new(&email, context::client_addr());
    // `Throttled` is answered 429 with `Retry-After` where every server
    // function's error gets its status (server/src/status.rs).
    let attempt = throttle::begin_attempt(&pool, &keys).await?;
    let user = session::verify_login(&pool, &email, &password).await?;
    throttle::succeeded(&pool, &keys, attempt).await?;
    // Rotation: a session fixed by someone else before sign-in never becomes this one.
    if let Some(previous) = context::session_token() {
        session::delete_session(&pool, &previous).await?;
    }
    session::remove_expired(&pool, Some(user.id)).await?;
    let token = session::create_session(&pool, user.id).await?;
    set_cookie(&session::session_cookie(&token, context::cookie_policy()))?;
    leptos_axum::redirect("/customers");
    Ok(user)
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use super::session;
    use crate::context;

    let pool = context::pool()?;
    if let Some(token) = context::session_token() {
        session::delete_session(&pool, &token).await?;
    }
    set_cookie(&session::clear_cookie(context::cookie_policy()))?;
    leptos_axum::redirect("/login");
    Ok(())
}

/// Ends every session of the signed-in user: a lost phone, a shared computer.
#[server(endpoint = "logout_everywhere")]
pub async fn logout_everywhere() -> Result<(), AppError> {
    use super::session;
    use crate::context;

    let (pool, user) = context::require_user().await?;
    let ended = session::delete_user_sessions(&pool, user.id).await?;
    tracing::info!(user = %user.id, sessions = ended, "signed out everywhere");
    set_cookie(&session::clear_cookie(context::cookie_policy()))?;
    leptos_axum::redirect("/login");
    Ok(())
}

#[cfg(feature = "ssr")]
fn set_cookie(cookie: &str) -> Result<(), AppError> {
    let value = http::HeaderValue::from_str(cookie).map_err(|_| AppError::Internal)?;
    expect_context::<leptos_axum::ResponseOptions>().insert_header(http::header::SET_COOKIE, value);
    Ok(())
}

/// `None` when nobody is signed in: the shell then shows the sign-in page.
#[server(endpoint = "me", input = GetUrl)]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    match crate::context::require_user().await {
        Ok((_, user)) => Ok(Some(user)),
        Err(AppError::Unauthorized) => Ok(None),
        Err(other) => Err(other),
    }
}
