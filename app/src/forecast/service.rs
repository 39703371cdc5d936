//! Forecast use cases: managers see the team, a rep only their own numbers.

use sqlx::PgPool;

use super::{
    db,
    model::{compute, Forecast, ForecastQuery, Quota, Thresholds},
};
use crate::{
    auth::{model::CurrentUser, session},
    deals::model::MAX_VALUE_CENTS,
    error::{AppError, FieldErrors},
    i18n::Text,
};

pub async fn forecast(
    pool: &PgPool,
    user: &CurrentUser,
    query: ForecastQuery,
) -> Result<Forecast, AppError> {
    if !user.is_manager() && query.owner_id != Some(user.id) {
        return Err(AppError::Forbidden);
    }
    query.validate()?;
    let thresholds = db::thresholds(pool).await?;
    let deals = db::candidate_deals(pool, &query, user.id).await?;
    let quotas = db::quotas(pool, &query).await?;
    let team = session::team_for(pool, user).await?;
    Ok(compute(&query, thresholds, deals, &quotas, &team))
}

fn managers_only(user: &CurrentUser) -> Result<(), AppError> {
    if user.is_manager() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Sets one rep's quota for one month and currency; `amount_cents: None` clears it.
pub async fn set_quota(
    pool: &PgPool,
    user: &CurrentUser,
    quota: Quota,
    amount_cents: Option<i64>,
) -> Result<(), AppError> {
    managers_only(user)?;
    let mut errors = FieldErrors::default();
    if quota.month != super::model::month_of(quota.month) {
        errors.add("month", Text::new("forecast-error-quota-month"));
    }
    crate::validate::date_in_range(&mut errors, "month", quota.month);
    if quota.currency.len() != 3 || !quota.currency.chars().all(|c| c.is_ascii_uppercase()) {
        errors.add("currency", Text::new("forecast-error-currency"));
    }
    if amount_cents.is_some_and(|a| !(0..=MAX_VALUE_CENTS).contains(&a)) {
        errors.add("amount", Text::new("forecast-error-amount"));
    }
    if !session::user_exists(pool, quota.user_id).await? {
        errors.add("user_id", Text::new("forecast-error-team-member"));
    }
    errors.into_result()?;
    db::set_quota(pool, &quota, amount_cents, user.id).await
}

pub async fn set_thresholds(
    pool: &PgPool,
    user: &CurrentUser,
    thresholds: Thresholds,
) -> Result<(), AppError> {
    managers_only(user)?;
    thresholds.validate()?;
    db::set_thresholds(pool, thresholds).await
}
