//! Server functions for deals: thin wrappers over the service. The board and
//! every edit go through the device's copy and sync; these read the history
//! the device does not keep.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use uuid::Uuid;

use super::model::{DealDetail, DealEvent};
use crate::error::AppError;

#[server(endpoint = "deals/detail", input = GetUrl)]
pub async fn get_deal(id: Uuid) -> Result<DealDetail, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::detail(&pool, &user, id).await
}

/// Stage and status changes of a customer's deals, for its timeline.
#[server(endpoint = "deals/events_for_company", input = GetUrl)]
pub async fn company_deal_events(company_id: Uuid) -> Result<Vec<DealEvent>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::events_for_company(&pool, &user, company_id).await
}
