//! The language kept on the user's account, so a new device or browser
//! starts in it: read when a page is rendered and after sign-in, saved when
//! the user picks one under More.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;

/// The signed-in user's language, if they chose one.
#[server(endpoint = "account_language", input = GetUrl)]
pub async fn account_language() -> Result<Option<String>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    Ok(db::language_of(&pool, user.id)
        .await?
        .map(|locale| locale.tag().to_string()))
}

/// Keeps `tag` (a language Fieldbook speaks) on the signed-in user's account.
#[server(endpoint = "save_language", input = Json)]
pub async fn save_language(tag: String) -> Result<(), AppError> {
    let locale = super::Locale::from_exact_tag(&tag).ok_or_else(|| {
        AppError::validation("language", crate::i18n::Text::new("language-unknown"))
    })?;
    let (pool, user) = crate::context::require_user().await?;
    db::save_language(&pool, user.id, locale).await
}

#[cfg(feature = "ssr")]
pub mod db {
    use sqlx::PgPool;
    use uuid::Uuid;

    use crate::{error::AppError, i18n::Locale};

    pub async fn language_of(pool: &PgPool, user_id: Uuid) -> Result<Option<Locale>, AppError> {
        let tag: Option<Option<String>> =
            sqlx::query_scalar("select language from users where id = $1")
                .bind(user_id)
                .fetch_optional(pool)
                .await?;
        Ok(tag.flatten().as_deref().and_then(Locale::from_tag))
    }

    pub async fn save_language(
        pool: &PgPool,
        user_id: Uuid,
        locale: Locale,
    ) -> Result<(), AppError> {
        sqlx::query("update users set language = $2 where id = $1")
            .bind(user_id)
            .bind(locale.tag())
            .execute(pool)
            .await?;
        Ok(())
    }
}
