//! What a server function needs from its request: the pool and the signed-in user.

use leptos::prelude::use_context;
use sqlx::PgPool;

use crate::{auth::model::CurrentUser, auth::session, error::AppError};

pub fn pool() -> Result<PgPool, AppError> {
    use_context::<PgPool>().ok_or_else(|| {
        tracing::error!("database pool missing from the request context");
        AppError::Internal
    })
}

/// The session token sent by the browser, if any.
pub fn session_token() -> Option<String> {
    let parts = use_context::<http::request::Parts>()?;
    session::token_from_headers(&parts.headers)
}

/// The signed-in user, or `Unauthorized`. Called first by every protected server function.
pub async fn require_user() -> Result<(PgPool, CurrentUser), AppError> {
    let pool = pool()?;
    let token = session_token().ok_or(AppError::Unauthorized)?;
    let user = session::user_for_token(&pool, &token)
        .await?
        .ok_or(AppError::Unauthorized)?;
    Ok((pool, user))
}
