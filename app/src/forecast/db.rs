//! All SQL about forecasts: the candidate deals, quotas and thresholds.

use chrono::NaiveDate;
use sqlx::PgPool;
use uuid::Uuid;

use super::model::{ForecastDeal, ForecastQuery, Quota, Thresholds};
use crate::{deals::model::DealStatus, error::AppError};

#[derive(sqlx::FromRow)]
struct Row {
    id: Uuid,
    title: String,
    company_name: String,
    owner_id: Uuid,
    owner_name: String,
    pipeline_id: Uuid,
    stage_name: Option<String>,
    status: String,
    value_cents: i64,
    currency: String,
    probability: Option<i16>,
    stage_probability: Option<i16>,
    close_date: Option<NaiveDate>,
    won_on: Option<NaiveDate>,
}

/// Open deals closing in the period or with no close date, and deals won in the
/// period (the day read in `viewer`'s time zone), narrowed like the query.
pub async fn candidate_deals(
    pool: &PgPool,
    query: &ForecastQuery,
    viewer: Uuid,
) -> Result<Vec<ForecastDeal>, AppError> {
    let rows: Vec<Row> = sqlx::query_as(
        "with viewer as (select time_zone from users where id = $5)
         select d.id, d.title, c.name as company_name, d.owner_id, u.name as owner_name,
                d.pipeline_id, s.name as stage_name, d.status, d.value_cents, d.currency,
                d.probability, s.probability as stage_probability, d.close_date,
                case when d.status = 'won'
                     then (d.closed_at at time zone (select time_zone from viewer))::date end as won_on
           from deals d
           join companies c on c.id = d.company_id
           join users u on u.id = d.owner_id
           left join stages s on s.id = d.stage_id
          where d.archived_at is null
            and ($3::uuid is null or d.pipeline_id = $3)
            and ($4::uuid is null or d.owner_id = $4)
            and ((d.status = 'open' and (d.close_date is null or (d.close_date >= $1 and d.close_date < $2)))
              or (d.status = 'won'
                  and (d.closed_at at time zone (select time_zone from viewer))::date >= $1
                  and (d.closed_at at time zone (select time_zone from viewer))::date < $2))",
    )
    .bind(query.from)
    .bind(query.end())
    .bind(query.pipeline_id)
    .bind(query.owner_id)
    .bind(viewer)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(ForecastDeal {
                status: DealStatus::parse(&r.status)?,
                id: r.id,
                title: r.title,
                company_name: r.company_name,
                owner_id: r.owner_id,
                owner_name: r.owner_name,
                pipeline_id: r.pipeline_id,
                stage_name: r.stage_name,
                value_cents: r.value_cents,
                currency: r.currency,
                probability: r.probability,
                stage_probability: r.stage_probability,
                close_date: r.close_date,
                won_on: r.won_on,
            })
        })
        .collect())
}

pub async fn quotas(pool: &PgPool, query: &ForecastQuery) -> Result<Vec<Quota>, AppError> {
    let rows: Vec<(Uuid, NaiveDate, String, i64)> = sqlx::query_as(
        "select user_id, month, currency, amount_cents from quotas
          where month >= $1 and month <= $2 and ($3::uuid is null or user_id = $3)",
    )
    .bind(query.from)
    .bind(query.to)
    .bind(query.owner_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(user_id, month, currency, amount_cents)| Quota {
            user_id,
            month,
            currency,
            amount_cents,
        })
        .collect())
}

/// Sets a quota; `None` removes it.
pub async fn set_quota(
    pool: &PgPool,
    quota: &Quota,
    amount: Option<i64>,
    by: Uuid,
) -> Result<(), AppError> {
    match amount {
        Some(cents) => {
            sqlx::query(
                "insert into quotas (user_id, month, currency, amount_cents, updated_by)
                 values ($1, $2, $3, $4, $5)
                 on conflict (user_id, month, currency)
                 do update set amount_cents = excluded.amount_cents,
                               updated_by = excluded.updated_by, updated_at = now()",
            )
            .bind(quota.user_id)
            .bind(quota.month)
            .bind(&quota.currency)
            .bind(cents)
            .bind(by)
            .execute(pool)
            .await?;
        }
        None => {
            sqlx::query("delete from quotas where user_id = $1 and month = $2 and currency = $3")
                .bind(quota.user_id)
                .bind(quota.month)
                .bind(&quota.currency)
                .execute(pool)
                .await?;
        }
    }
    Ok(())
}

pub async fn thresholds(pool: &PgPool) -> Result<Thresholds, AppError> {
    let (commit_min, best_case_min): (i16, i16) =
        sqlx::query_as("select commit_min, best_case_min from forecast_settings")
            .fetch_one(pool)
            .await?;
    Ok(Thresholds {
        commit_min,
        best_case_min,
    })
}

pub async fn set_thresholds(pool: &PgPool, thresholds: Thresholds) -> Result<(), AppError> {
    sqlx::query("update forecast_settings set commit_min = $1, best_case_min = $2")
        .bind(thresholds.commit_min)
        .bind(thresholds.best_case_min)
        .execute(pool)
        .await?;
    Ok(())
}
