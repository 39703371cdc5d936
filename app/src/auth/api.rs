//! Server functions for signing in and out.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

use super::model::{CurrentUser, TeamMember};
use crate::error::AppError;

/// Form-encoded so the sign-in form works even before the wasm has loaded.
#[server(endpoint = "login")]
pub async fn login(email: String, password: String) -> Result<CurrentUser, AppError> {
    use super::session;
    use crate::{error::FieldErrors, validate};

    let mut errors = FieldErrors::default();
    validate::required(&mut errors, "email", &email, 254);
    if password.is_empty() {
        errors.add("password", "Enter your password.");
    }
    errors.into_result()?;

    let pool = crate::context::pool()?;
    let user = session::verify_login(&pool, &email, &password).await?;
    let token = session::create_session(&pool, user.id).await?;
    let response = expect_context::<leptos_axum::ResponseOptions>();
    response.insert_header(
        http::header::SET_COOKIE,
        http::HeaderValue::from_str(&session::session_cookie(&token))
            .map_err(|_| AppError::Internal)?,
    );
    leptos_axum::redirect("/customers");
    Ok(user)
}

#[server(endpoint = "logout")]
pub async fn logout() -> Result<(), AppError> {
    use super::session;

    let pool = crate::context::pool()?;
    if let Some(token) = crate::context::session_token() {
        session::delete_session(&pool, &token).await?;
    }
    let response = expect_context::<leptos_axum::ResponseOptions>();
    response.insert_header(
        http::header::SET_COOKIE,
        http::HeaderValue::from_str(&session::clear_cookie()).map_err(|_| AppError::Internal)?,
    );
    leptos_axum::redirect("/login");
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

#[server(endpoint = "team", input = GetUrl)]
pub async fn team() -> Result<Vec<TeamMember>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::session::team_for(&pool, &user).await
}
