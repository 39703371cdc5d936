//! All SQL about deals and their history.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{Deal, DealEvent, DealPatch, DealStatus, HistoryEntry, NewDeal, POSITION_GAP};
use crate::{error::AppError, sync::scope::Scope};

#[derive(sqlx::FromRow)]
struct DealRow {
    id: Uuid,
    title: String,
    company_id: Uuid,
    company_name: String,
    contact_id: Option<Uuid>,
    owner_id: Uuid,
    owner_name: String,
    pipeline_id: Uuid,
    stage_id: Option<Uuid>,
    value_cents: i64,
    currency: String,
    close_date: Option<NaiveDate>,
    probability: Option<i16>,
    status: String,
    lost_reason: String,
    position: i32,
    stage_entered_at: DateTime<Utc>,
    closed_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn status(value: &str) -> Result<DealStatus, AppError> {
    DealStatus::parse(value).ok_or_else(|| {
        tracing::error!(%value, "unknown deal status");
        AppError::Internal
    })
}

impl TryFrom<DealRow> for Deal {
    type Error = AppError;

    fn try_from(r: DealRow) -> Result<Self, AppError> {
        Ok(Deal {
            status: status(&r.status)?,
            id: r.id,
            title: r.title,
            company_id: r.company_id,
            company_name: r.company_name,
            contact_id: r.contact_id,
            owner_id: r.owner_id,
            owner_name: r.owner_name,
            pipeline_id: r.pipeline_id,
            stage_id: r.stage_id,
            value_cents: r.value_cents,
            currency: r.currency,
            close_date: r.close_date,
            probability: r.probability,
            lost_reason: r.lost_reason,
            position: r.position,
            stage_entered_at: r.stage_entered_at,
            closed_at: r.closed_at,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

const SELECT_DEAL: &str = "select d.id, d.title, d.company_id, c.name as company_name,
        d.contact_id, d.owner_id, u.name as owner_name, d.pipeline_id, d.stage_id,
        d.value_cents, d.currency, d.close_date, d.probability, d.status, d.lost_reason,
        d.position, d.stage_entered_at, d.closed_at, d.created_at, d.updated_at
   from deals d
   join companies c on c.id = d.company_id
   join users u on u.id = d.owner_id";

pub async fn find(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Deal>, AppError> {
    let row: Option<DealRow> = sqlx::query_as(&format!(
        "{SELECT_DEAL} where d.archived_at is null and d.id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    row.map(Deal::try_from).transpose()
}

/// The deals among `ids` that exist and `scope` keeps (sync pulls; the rule
/// in SQL of `local`'s `OnTeamDevice`).
pub async fn find_many(pool: &PgPool, ids: &[Uuid], scope: &Scope) -> Result<Vec<Deal>, AppError> {
    let rows: Vec<DealRow> = sqlx::query_as(&format!(
        "{SELECT_DEAL} where d.archived_at is null and d.id = any($1)
           and (d.owner_id = $2 or ($3 and (d.status = 'open' or d.closed_at >= $4 or d.company_id = any($5))))"
    ))
    .bind(ids)
    .bind(scope.me())
    .bind(scope.is_team())
    .bind(scope.since())
    .bind(scope.kept())
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Deal::try_from).collect()
}

/// The open deals of a pipeline in board order. `owner`: only that rep's.
pub async fn open_in_pipeline(
    pool: &PgPool,
    pipeline_id: Uuid,
    owner: Option<Uuid>,
) -> Result<Vec<Deal>, AppError> {
    let rows: Vec<DealRow> = sqlx::query_as(&format!(
        "{SELECT_DEAL}
          join stages s on s.id = d.stage_id
         where d.archived_at is null and d.pipeline_id = $1 and d.status = 'open' and ($2::uuid is null or d.owner_id = $2)
         order by s.position, d.position, d.created_at, d.id"
    ))
    .bind(pipeline_id)
    .bind(owner)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Deal::try_from).collect()
}

/// All deals of a company, open ones first, newest first (as the card shows
/// them from the device's copy). `owner`: only that rep's.
pub async fn for_company(
    pool: &PgPool,
    company_id: Uuid,
    owner: Option<Uuid>,
) -> Result<Vec<Deal>, AppError> {
    let rows: Vec<DealRow> = sqlx::query_as(&format!(
        "{SELECT_DEAL}
         where d.archived_at is null and d.company_id = $1 and ($2::uuid is null or d.owner_id = $2)
         order by d.status = 'open' desc, d.created_at desc, d.id"
    ))
    .bind(company_id)
    .bind(owner)
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Deal::try_from).collect()
}

/// The deal's row under lock, for checks and the writes they guard.
pub struct Locked {
    pub owner_id: Uuid,
    pub company_id: Uuid,
    pub pipeline_id: Uuid,
    pub stage_id: Option<Uuid>,
    pub status: DealStatus,
}

pub async fn lock(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Locked>, AppError> {
    let row: Option<(Uuid, Uuid, Uuid, Option<Uuid>, String)> = sqlx::query_as(
        "select owner_id, company_id, pipeline_id, stage_id, status from deals where id = $1 and archived_at is null for update",
    )
    .bind(id)
    .fetch_optional(executor)
    .await?;
    row.map(|(owner_id, company_id, pipeline_id, stage_id, s)| {
        Ok(Locked {
            owner_id,
            company_id,
            pipeline_id,
            stage_id,
            status: status(&s)?,
        })
    })
    .transpose()
}

/// The pipeline a deal is on, read without a lock (it never changes after creation).
pub async fn pipeline_of(
    executor: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<Uuid>, AppError> {
    let row: Option<(Uuid,)> = sqlx::query_as("select pipeline_id from deals where id = $1")
        .bind(id)
        .fetch_optional(executor)
        .await?;
    Ok(row.map(|(p,)| p))
}

/// The positions around `before` in its column: the card ahead of it (if any)
/// and its own. `None` if `before` is not an open deal of `stage_id`.
pub async fn around(
    executor: impl PgExecutor<'_>,
    stage_id: Uuid,
    before: Uuid,
    except: Uuid,
) -> Result<Option<(Option<i32>, i32)>, AppError> {
    let row: Option<(Option<i32>, i32)> = sqlx::query_as(
        "select (select max(d.position) from deals d
                  where d.stage_id = $1 and d.status = 'open' and d.archived_at is null
                    and d.id <> $3 and d.position < b.position),
                b.position
           from deals b
          where b.id = $2 and b.stage_id = $1 and b.status = 'open' and b.archived_at is null
            and b.id <> $3",
    )
    .bind(stage_id)
    .bind(before)
    .bind(except)
    .fetch_optional(executor)
    .await?;
    Ok(row)
}

/// The first and last positions in a column, without `except`.
pub async fn ends(
    executor: impl PgExecutor<'_>,
    stage_id: Uuid,
    except: Uuid,
) -> Result<(Option<i32>, Option<i32>), AppError> {
    let row: (Option<i32>, Option<i32>) = sqlx::query_as(
        "select min(position), max(position) from deals
          where stage_id = $1 and status = 'open' and archived_at is null and id <> $2",
    )
    .bind(stage_id)
    .bind(except)
    .fetch_one(executor)
    .await?;
    Ok(row)
}

/// A column's open deals in order, without `except`.
pub async fn column_ids(
    executor: impl PgExecutor<'_>,
    stage_id: Uuid,
    except: Uuid,
) -> Result<Vec<Uuid>, AppError> {
    let rows: Vec<(Uuid,)> = sqlx::query_as(
        "select id from deals
          where stage_id = $1 and status = 'open' and archived_at is null and id <> $2
          order by position, created_at, id",
    )
    .bind(stage_id)
    .bind(except)
    .fetch_all(executor)
    .await?;
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Gives `ids` (a column, in order) evenly spaced positions.
pub async fn respace(executor: impl PgExecutor<'_>, ids: &[Uuid]) -> Result<(), AppError> {
    sqlx::query(
        "update deals d set position = (o.ord - 1) * $2
           from unnest($1::uuid[]) with ordinality o(id, ord)
          where d.id = o.id",
    )
    .bind(ids)
    .bind(POSITION_GAP)
    .execute(executor)
    .await?;
    Ok(())
}

/// Places a deal in a column; entering a new stage restarts its stage clock.
pub async fn place(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    stage_id: Uuid,
    position: i32,
) -> Result<(), AppError> {
    sqlx::query(
        "update deals set
            stage_entered_at = case when stage_id is distinct from $2 then now() else stage_entered_at end,
            stage_id = $2,
            position = $3
          where id = $1",
    )
    .bind(id)
    .bind(stage_id)
    .bind(position)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn set_status(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    status: DealStatus,
    lost_reason: &str,
) -> Result<(), AppError> {
    sqlx::query(
        "update deals set status = $2, lost_reason = $3,
                closed_at = case when $2 = 'open' then null else now() end
          where id = $1",
    )
    .bind(id)
    .bind(status.as_str())
    .bind(lost_reason)
    .execute(executor)
    .await?;
    Ok(())
}

/// Records a stage or status change with the stage names as they are now.
pub async fn record_history(
    executor: impl PgExecutor<'_>,
    deal_id: Uuid,
    from_stage: Option<Uuid>,
    to_stage: Option<Uuid>,
    from_status: Option<DealStatus>,
    to_status: DealStatus,
    by: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into deal_history (deal_id, from_stage_name, to_stage_name, from_status, to_status, changed_by)
         values ($1, (select name from stages where id = $2), (select name from stages where id = $3), $4, $5, $6)",
    )
    .bind(deal_id)
    .bind(from_stage)
    .bind(to_stage)
    .bind(from_status.map(DealStatus::as_str))
    .bind(to_status.as_str())
    .bind(by)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn history(pool: &PgPool, deal_id: Uuid) -> Result<Vec<HistoryEntry>, AppError> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        Option<String>,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
        DateTime<Utc>,
    )> = sqlx::query_as(
        "select h.from_stage_name, h.to_stage_name, h.from_status, h.to_status, u.name, h.changed_at
           from deal_history h left join users u on u.id = h.changed_by
          where h.deal_id = $1
          order by h.id desc",
    )
    .bind(deal_id)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|(from_stage, to_stage, from_status, to_status, by, at)| {
            Ok(HistoryEntry {
                from_stage_name: from_stage,
                to_stage_name: to_stage,
                from_status: from_status.as_deref().map(status).transpose()?,
                to_status: status(&to_status)?,
                changed_by_name: by,
                changed_at: at,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct EventRow {
    deal_id: Uuid,
    pipeline_id: Uuid,
    title: String,
    from_stage_name: Option<String>,
    to_stage_name: Option<String>,
    from_status: Option<String>,
    to_status: String,
    changed_by: Option<String>,
    changed_at: DateTime<Utc>,
}

/// Stage and status changes of a customer's deals (`visible_to`'s deals only when
/// given), newest first, at most `limit`.
pub async fn events_for_company(
    pool: &PgPool,
    company_id: Uuid,
    visible_to: Option<Uuid>,
    limit: i64,
) -> Result<Vec<DealEvent>, AppError> {
    let rows: Vec<EventRow> = sqlx::query_as(
        "select h.deal_id, d.pipeline_id, d.title, h.from_stage_name, h.to_stage_name,
                h.from_status, h.to_status, u.name as changed_by, h.changed_at
           from deal_history h
           join deals d on d.id = h.deal_id
           left join users u on u.id = h.changed_by
          where d.archived_at is null and d.company_id = $1 and ($2::uuid is null or d.owner_id = $2)
          order by h.changed_at desc, h.id desc
          limit $3",
    )
    .bind(company_id)
    .bind(visible_to)
    .bind(limit)
    .fetch_all(pool)
    .await?;
    rows.into_iter()
        .map(|r| {
            Ok(DealEvent {
                deal_id: r.deal_id,
                pipeline_id: r.pipeline_id,
                deal_title: r.title,
                entry: HistoryEntry {
                    from_stage_name: r.from_stage_name,
                    to_stage_name: r.to_stage_name,
                    from_status: r.from_status.as_deref().map(status).transpose()?,
                    to_status: status(&r.to_status)?,
                    changed_by_name: r.changed_by,
                    changed_at: r.changed_at,
                },
            })
        })
        .collect()
}

pub async fn insert(
    executor: impl PgExecutor<'_>,
    deal: &NewDeal,
    company_id: Uuid,
    pipeline_id: Uuid,
    stage_id: Uuid,
    owner_id: Uuid,
    position: i32,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into deals (id, title, company_id, contact_id, owner_id, pipeline_id, stage_id,
                            value_cents, currency, close_date, probability, position)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(deal.id)
    .bind(&deal.title)
    .bind(company_id)
    .bind(deal.contact_id)
    .bind(owner_id)
    .bind(pipeline_id)
    .bind(stage_id)
    .bind(deal.value_cents)
    .bind(&deal.currency)
    .bind(deal.close_date)
    .bind(deal.probability)
    .bind(position)
    .execute(executor)
    .await?;
    Ok(())
}

/// Writes only the fields present in the patch.
pub async fn update(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    patch: &DealPatch,
) -> Result<(), AppError> {
    sqlx::query(
        "update deals set
            title = coalesce($2, title),
            value_cents = coalesce($3, value_cents),
            currency = coalesce($4, currency),
            close_date = case when $5 then $6 else close_date end,
            probability = case when $7 then $8 else probability end,
            owner_id = coalesce($9, owner_id),
            contact_id = case when $10 then $11 else contact_id end
          where id = $1",
    )
    .bind(id)
    .bind(patch.title.as_ref().map(|t| t.trim().to_string()))
    .bind(patch.value_cents)
    .bind(patch.currency.as_ref().map(|c| c.trim().to_uppercase()))
    .bind(patch.close_date.is_some())
    .bind(patch.close_date.flatten())
    .bind(patch.probability.is_some())
    .bind(patch.probability.flatten())
    .bind(patch.owner_id)
    .bind(patch.contact_id.is_some())
    .bind(patch.contact_id.flatten())
    .execute(executor)
    .await?;
    Ok(())
}

/// The contact's company, to check a deal's contact works where the deal is.
pub async fn contact_company(
    executor: impl PgExecutor<'_>,
    contact_id: Uuid,
) -> Result<Option<Uuid>, AppError> {
    let row: Option<(Uuid,)> =
        sqlx::query_as("select company_id from contacts where id = $1 and archived_at is null")
            .bind(contact_id)
            .fetch_optional(executor)
            .await?;
    Ok(row.map(|(c,)| c))
}

/// A customer changes hands with its open deals: the previous rep's open deals
/// there follow it (closed ones stay with who won or lost them).
pub async fn reassign_open_for_company(
    executor: impl PgExecutor<'_>,
    company_id: Uuid,
    from: Uuid,
    to: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "update deals set owner_id = $3
          where company_id = $1 and owner_id = $2 and status = 'open' and archived_at is null",
    )
    .bind(company_id)
    .bind(from)
    .bind(to)
    .execute(executor)
    .await?;
    Ok(())
}
