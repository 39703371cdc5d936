//! Server functions for forecasts: thin wrappers over the service.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};

use super::model::{Forecast, ForecastQuery, Quota, Thresholds};
use crate::error::AppError;

#[server(endpoint = "forecast/get", input = GetUrl)]
pub async fn get_forecast(query: ForecastQuery) -> Result<Forecast, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::forecast(&pool, &user, query).await
}

#[server(endpoint = "forecast/quota", input = Json)]
pub async fn set_quota(quota: Quota, amount_cents: Option<i64>) -> Result<(), AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::set_quota(&pool, &user, quota, amount_cents).await
}

#[server(endpoint = "forecast/thresholds", input = Json)]
pub async fn set_thresholds(thresholds: Thresholds) -> Result<(), AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::set_thresholds(&pool, &user, thresholds).await
}
