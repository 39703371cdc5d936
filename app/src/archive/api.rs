//! Server functions for the Archive page. Archiving and restoring are edits
//! like any other and travel through sync (offline too); erasing is a
//! manager's deliberate act and needs the server.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};
use uuid::Uuid;

use super::model::{ArchiveKind, ArchivedItem, CompanyReach, Erased};
use crate::error::AppError;

#[server(endpoint = "archive/list", input = GetUrl)]
pub async fn list_archived() -> Result<Vec<ArchivedItem>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::list(&pool, &user).await
}

/// What archiving a company would take with it, including what others still have there.
#[server(endpoint = "archive/reach", input = GetUrl)]
pub async fn archive_reach(id: Uuid) -> Result<CompanyReach, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::company_reach(&pool, &user, id).await
}

#[server(endpoint = "archive/erase", input = Json)]
pub async fn erase_archived(kind: ArchiveKind, id: Uuid) -> Result<Erased, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::erase(&pool, &user, kind, id).await
}
