//! All SQL about activities and users' time zones.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{Activity, ActivityKind, ActivityPatch, CheckIn, NewActivity};
use crate::{error::AppError, sync::scope::Scope};

const SELECT_ACTIVITY: &str = "select id, kind, subject, body, company_id, contact_id, deal_id,
        owner_id, due_on, due_time, done_at, checkin_at, checkin_lat_e6, checkin_lng_e6,
        checkin_accuracy_m, created_by, created_at, updated_at from activities";

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: Uuid,
    kind: String,
    subject: String,
    body: String,
    company_id: Uuid,
    contact_id: Option<Uuid>,
    deal_id: Option<Uuid>,
    owner_id: Uuid,
    due_on: Option<NaiveDate>,
    due_time: Option<NaiveTime>,
    done_at: Option<DateTime<Utc>>,
    checkin_at: Option<DateTime<Utc>>,
    checkin_lat_e6: Option<i32>,
    checkin_lng_e6: Option<i32>,
    checkin_accuracy_m: Option<i32>,
    created_by: Option<Uuid>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl From<ActivityRow> for Activity {
    fn from(r: ActivityRow) -> Self {
        Activity {
            id: r.id,
            // The table's check constraint admits only known kinds.
            kind: ActivityKind::parse(&r.kind).unwrap_or(ActivityKind::Task),
            subject: r.subject,
            body: r.body,
            company_id: r.company_id,
            contact_id: r.contact_id,
            deal_id: r.deal_id,
            owner_id: r.owner_id,
            due_on: r.due_on,
            due_time: r.due_time,
            done_at: r.done_at,
            checkin: r.checkin_at.map(|at| CheckIn {
                at,
                lat_e6: r.checkin_lat_e6,
                lng_e6: r.checkin_lng_e6,
                accuracy_m: r.checkin_accuracy_m,
            }),
            created_by: r.created_by,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

pub async fn find(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Activity>, AppError> {
    let row: Option<ActivityRow> = sqlx::query_as(&format!(
        "{SELECT_ACTIVITY} where archived_at is null and id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(Activity::from))
}

/// The activity, locked until the transaction ends (edits of one activity queue up).
pub async fn lock(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Activity>, AppError> {
    let row: Option<ActivityRow> = sqlx::query_as(&format!(
        "{SELECT_ACTIVITY} where archived_at is null and id = $1 for update"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(Activity::from))
}

/// The activities among `ids` that exist and `scope` keeps (sync pulls; the
/// rule in SQL of `local`'s `OnTeamDevice`).
pub async fn find_many(
    pool: &PgPool,
    ids: &[Uuid],
    scope: &Scope,
) -> Result<Vec<Activity>, AppError> {
    let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
        "{SELECT_ACTIVITY} where archived_at is null and id = any($1)
           and (owner_id = $2 or ($3 and (done_at is null or done_at >= $4 or company_id = any($5))))"
    ))
    .bind(ids)
    .bind(scope.me())
    .bind(scope.is_team())
    .bind(scope.since())
    .bind(scope.kept())
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Activity::from).collect())
}

pub async fn insert(
    executor: impl PgExecutor<'_>,
    new: &NewActivity,
    owner_id: Uuid,
    created_by: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into activities (id, kind, subject, body, company_id, contact_id, deal_id,
                                 owner_id, due_on, due_time, done_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
                 case when $11 then coalesce($13, now()) end, $12)",
    )
    .bind(new.id)
    .bind(new.kind.as_str())
    .bind(&new.subject)
    .bind(&new.body)
    .bind(new.company_id)
    .bind(new.contact_id)
    .bind(new.deal_id)
    .bind(owner_id)
    .bind(new.due.on)
    .bind(new.due.time)
    .bind(new.done)
    .bind(created_by)
    .bind(new.done_at)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn update(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    patch: &ActivityPatch,
) -> Result<(), AppError> {
    sqlx::query(
        "update activities set
            kind = coalesce($2, kind),
            subject = coalesce($3, subject),
            body = coalesce($4, body),
            due_on = case when $5 then $6 else due_on end,
            due_time = case when $5 then $7 else due_time end
          where id = $1",
    )
    .bind(id)
    .bind(patch.kind.map(ActivityKind::as_str))
    .bind(patch.subject.as_deref().map(str::trim))
    .bind(patch.body.as_deref().map(str::trim_end))
    .bind(patch.due.is_some())
    .bind(patch.due.and_then(|d| d.on))
    .bind(patch.due.and_then(|d| d.time))
    .execute(executor)
    .await?;
    Ok(())
}

/// Marks done (keeping the first completion time when done twice) or open again.
pub async fn set_done(executor: impl PgExecutor<'_>, id: Uuid, done: bool) -> Result<(), AppError> {
    sqlx::query(
        "update activities set done_at = case when $2 then coalesce(done_at, now()) end
          where id = $1",
    )
    .bind(id)
    .bind(done)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn check_in(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    checkin: &CheckIn,
) -> Result<(), AppError> {
    sqlx::query(
        "update activities set checkin_at = $2, checkin_lat_e6 = $3, checkin_lng_e6 = $4,
                checkin_accuracy_m = $5
          where id = $1",
    )
    .bind(id)
    .bind(checkin.at)
    .bind(checkin.lat_e6)
    .bind(checkin.lng_e6)
    .bind(checkin.accuracy_m)
    .execute(executor)
    .await?;
    Ok(())
}

/// A customer changes hands with its history: the previous rep's activities follow it.
pub async fn reassign_for_company(
    executor: impl PgExecutor<'_>,
    company_id: Uuid,
    from: Uuid,
    to: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "update activities set owner_id = $3
          where company_id = $1 and owner_id = $2 and archived_at is null",
    )
    .bind(company_id)
    .bind(from)
    .bind(to)
    .execute(executor)
    .await?;
    Ok(())
}

/// The user's wall clock at `now` (in their time zone), and their open activities
/// due up to that day: everything the agenda can contain.
pub async fn due_by_today(
    pool: &PgPool,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> Result<(NaiveDateTime, Vec<Activity>), AppError> {
    let (local_now,): (NaiveDateTime,) =
        sqlx::query_as("select $2::timestamptz at time zone time_zone from users where id = $1")
            .bind(user_id)
            .bind(now)
            .fetch_one(pool)
            .await?;
    let rows: Vec<ActivityRow> = sqlx::query_as(&format!(
        "{SELECT_ACTIVITY} where archived_at is null and owner_id = $1 and done_at is null and due_on <= $2"
    ))
    .bind(user_id)
    .bind(local_now.date())
    .fetch_all(pool)
    .await?;
    Ok((local_now, rows.into_iter().map(Activity::from).collect()))
}

pub async fn time_zone_exists(pool: &PgPool, name: &str) -> Result<bool, AppError> {
    let (found,): (bool,) =
        sqlx::query_as("select exists (select 1 from pg_timezone_names where name = $1)")
            .bind(name)
            .fetch_one(pool)
            .await?;
    Ok(found)
}

pub async fn set_time_zone(pool: &PgPool, user_id: Uuid, name: &str) -> Result<(), AppError> {
    sqlx::query("update users set time_zone = $2 where id = $1 and time_zone <> $2")
        .bind(user_id)
        .bind(name)
        .execute(pool)
        .await?;
    Ok(())
}
