//! Server functions for sync: thin wrappers over the service.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;

use uuid::Uuid;

use super::model::{PullRequest, PullResponse, PushRequest, PushResponse, Record};
use crate::error::AppError;

#[server(endpoint = "sync/push", input = Json)]
pub async fn sync_push(request: PushRequest) -> Result<PushResponse, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::push(&pool, &user, request).await
}

/// POST, not GET: a pull registers the device and must never be served from a cache.
#[server(endpoint = "sync/pull", input = Json)]
pub async fn sync_pull(request: PullRequest) -> Result<PullResponse, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::pull(&pool, &user, request).await
}

/// Everything at one company, for a manager's device to keep whole (a card
/// opened online; see `scope`).
#[server(endpoint = "sync/company", input = Json)]
pub async fn sync_company(id: Uuid) -> Result<Vec<Record>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::company_records(&pool, &user, id).await
}
