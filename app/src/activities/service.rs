//! Activity use cases: authorize, validate, then write. Sync pushes and tests call these.

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use super::{
    db,
    model::{Activity, ActivityKind, ActivityPatch, Agenda, CheckIn, NewActivity},
};
use crate::{
    auth::{model::CurrentUser, session},
    connect::Connect,
    customers, deals,
    error::AppError,
    i18n::Text,
};

fn not_found() -> AppError {
    AppError::NotFound("This activity".into())
}

pub async fn get(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    id: Uuid,
) -> Result<Activity, AppError> {
    let activity = db::find(executor, id).await?.ok_or_else(not_found)?;
    if !user.can_access(activity.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(activity)
}

/// A new activity goes on the list of the customer's rep unless a manager picks
/// someone else; a rep only plans their own work.
pub async fn create(
    conn: impl Connect,
    user: &CurrentUser,
    new: NewActivity,
) -> Result<Activity, AppError> {
    let mut conn = conn.connect().await?;
    let id = new.id;
    write_create(&mut conn, user, new).await?;
    get(&mut *conn, user, id).await
}

/// `create` without reading the activity back: a sync push reports only
/// whether each edit was applied.
pub async fn write_create(
    conn: &mut PgConnection,
    user: &CurrentUser,
    new: NewActivity,
) -> Result<(), AppError> {
    let new = new.normalized();
    new.validate()?;
    let company = match customers::service::get(&mut *conn, user, new.company_id).await {
        Err(AppError::NotFound(_)) => {
            return Err(AppError::validation(
                "company_id",
                Text::new("activities-customer-gone"),
            ))
        }
        other => other?,
    };
    if let Some(contact) = new.contact_id {
        if deals::db::contact_company(&mut *conn, contact).await? != Some(company.id) {
            return Err(AppError::validation(
                "contact_id",
                Text::new("activities-contact-elsewhere"),
            ));
        }
    }
    if let Some(deal) = new.deal_id {
        if deals::db::find(&mut *conn, deal)
            .await?
            .map(|d| d.company_id)
            != Some(company.id)
        {
            return Err(AppError::validation(
                "deal_id",
                Text::new("activities-deal-elsewhere"),
            ));
        }
    }
    let owner_id = new.owner_id.unwrap_or(company.owner_id);
    if owner_id != company.owner_id && !user.is_manager() {
        return Err(AppError::Forbidden);
    }
    if !session::user_exists(&mut *conn, owner_id).await? {
        return Err(AppError::validation(
            "owner_id",
            Text::new("activities-owner-not-in-team"),
        ));
    }
    if db::find(&mut *conn, new.id).await?.is_some() {
        return Err(AppError::AlreadyExists("activity".into()));
    }
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    db::insert(&mut *tx, &new, owner_id, user.id).await?;
    tx.commit().await?;
    Ok(())
}

/// Runs `write` on the activity locked in a transaction, if the user may change it.
async fn change<F>(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    write: F,
) -> Result<(), AppError>
where
    F: for<'t> FnOnce(
        &'t mut PgConnection,
        Activity,
    ) -> futures::future::BoxFuture<'t, Result<(), AppError>>,
{
    let mut tx = sqlx::Connection::begin(conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    let activity = db::lock(&mut *tx, id).await?.ok_or_else(not_found)?;
    if !user.can_access(activity.owner_id) {
        return Err(AppError::Forbidden);
    }
    write(&mut tx, activity).await?;
    tx.commit().await?;
    Ok(())
}

pub async fn update(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    patch: ActivityPatch,
) -> Result<Activity, AppError> {
    let mut conn = conn.connect().await?;
    write_update(&mut conn, user, id, patch).await?;
    get(&mut *conn, user, id).await
}

/// `update` without reading the activity back (see `write_create`).
pub async fn write_update(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    patch: ActivityPatch,
) -> Result<(), AppError> {
    patch.validate()?;
    change(conn, user, id, |conn, _| {
        Box::pin(async move { db::update(conn, id, &patch).await })
    })
    .await
}

pub async fn set_done(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    done: bool,
) -> Result<Activity, AppError> {
    let mut conn = conn.connect().await?;
    write_set_done(&mut conn, user, id, done).await?;
    get(&mut *conn, user, id).await
}

/// `set_done` without reading the activity back (see `write_create`).
pub async fn write_set_done(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    done: bool,
) -> Result<(), AppError> {
    change(conn, user, id, |conn, _| {
        Box::pin(async move { db::set_done(conn, id, done).await })
    })
    .await
}

pub async fn check_in(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    checkin: CheckIn,
) -> Result<Activity, AppError> {
    let mut conn = conn.connect().await?;
    write_check_in(&mut conn, user, id, checkin).await?;
    get(&mut *conn, user, id).await
}

/// `check_in` without reading the activity back (see `write_create`).
pub async fn write_check_in(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    checkin: CheckIn,
) -> Result<(), AppError> {
    checkin.validate()?;
    change(conn, user, id, |conn, activity| {
        Box::pin(async move {
            if activity.kind != ActivityKind::Visit {
                return Err(AppError::validation(
                    "checkin",
                    Text::new("activities-checkin-visits-only"),
                ));
            }
            db::check_in(conn, id, &checkin).await
        })
    })
    .await
}

/// What is late and what is due today for `user`, judged on their own wall clock
/// at `now` (their time zone, as their device last reported it).
pub async fn agenda(
    pool: &PgPool,
    user: &CurrentUser,
    now: DateTime<Utc>,
) -> Result<Agenda, AppError> {
    let (local_now, due) = db::due_by_today(pool, user.id, now).await?;
    Ok(Agenda::of(&due, local_now))
}

/// Devices report their IANA time zone ("Europe/Lisbon"); due times are read in it.
pub async fn set_time_zone(pool: &PgPool, user: &CurrentUser, name: &str) -> Result<(), AppError> {
    let name = name.trim();
    if name.is_empty()
        || name.len() > 64
        || name.chars().any(char::is_control)
        || !db::time_zone_exists(pool, name).await?
    {
        return Err(AppError::validation(
            "time_zone",
            Text::new("activities-time-zone-unknown"),
        ));
    }
    db::set_time_zone(pool, user.id, name).await
}
