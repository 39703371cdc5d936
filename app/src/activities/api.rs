//! Server functions for activities. Edits travel through sync pushes; these
//! answer what the device cannot know by itself.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use crate::error::AppError;

/// How many of the signed-in user's follow-ups are overdue, on their own clock:
/// the navigation badge shows it before the device's copy has loaded.
#[server(endpoint = "activities/overdue_count", input = GetUrl)]
pub async fn overdue_count() -> Result<usize, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    let agenda = super::service::agenda(&pool, &user, chrono::Utc::now()).await?;
    Ok(agenda.overdue.len())
}

/// The device's time zone (IANA name), in which due times are read.
#[server(endpoint = "me/time_zone", input = Json)]
pub async fn set_time_zone(name: String) -> Result<(), AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::set_time_zone(&pool, &user, &name).await
}
