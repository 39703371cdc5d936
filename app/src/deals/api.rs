//! Server functions for deals: thin wrappers over the service.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};
use uuid::Uuid;

use super::model::{
    Board, BoardQuery, Deal, DealDetail, DealEvent, DealMove, DealPatch, NewDeal, Outcome,
};
use crate::error::AppError;

#[server(endpoint = "deals/board", input = GetUrl)]
pub async fn get_board(query: BoardQuery) -> Result<Board, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::board(&pool, &user, &query).await
}

#[server(endpoint = "deals/detail", input = GetUrl)]
pub async fn get_deal(id: Uuid) -> Result<DealDetail, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::detail(&pool, &user, id).await
}

#[server(endpoint = "deals/for_company", input = GetUrl)]
pub async fn company_deals(company_id: Uuid) -> Result<Vec<Deal>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::for_company(&pool, &user, company_id).await
}

/// Stage and status changes of a customer's deals, for its timeline.
#[server(endpoint = "deals/events_for_company", input = GetUrl)]
pub async fn company_deal_events(company_id: Uuid) -> Result<Vec<DealEvent>, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::events_for_company(&pool, &user, company_id).await
}

#[server(endpoint = "deals/create", input = Json)]
pub async fn create_deal(deal: NewDeal) -> Result<Deal, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::create(&pool, &user, deal).await
}

#[server(endpoint = "deals/update", input = Json)]
pub async fn update_deal(id: Uuid, patch: DealPatch) -> Result<Deal, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::update(&pool, &user, id, patch).await
}

#[server(endpoint = "deals/move", input = Json)]
pub async fn move_deal(mv: DealMove) -> Result<Deal, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::move_deal(&pool, &user, mv).await
}

#[server(endpoint = "deals/close", input = Json)]
pub async fn close_deal(id: Uuid, outcome: Outcome) -> Result<Deal, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::close(&pool, &user, id, outcome).await
}

#[server(endpoint = "deals/reopen", input = Json)]
pub async fn reopen_deal(id: Uuid) -> Result<Deal, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::reopen(&pool, &user, id).await
}
