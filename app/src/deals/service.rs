//! Deal use cases: authorize, validate, then write. Every change to a column's
//! order runs under its pipeline's lock, so concurrent moves never take the same
//! position. Positions are spaced (see `model::position_between`): a move writes
//! the moved deal alone, and a column is respaced only when a spot has no room.

use sqlx::{PgConnection, PgExecutor, PgPool, Postgres, Transaction};
use uuid::Uuid;

use super::{
    db,
    model::{
        position_between, respaced, Board, BoardQuery, Deal, DealDetail, DealEvent, DealMove,
        DealPatch, DealStatus, NewDeal, Outcome, Slot,
    },
};
use crate::{
    auth::{model::CurrentUser, session},
    connect::Connect,
    customers,
    error::AppError,
    i18n::Text,
    pipelines,
};

fn not_found() -> AppError {
    AppError::NotFound("This deal".into())
}

/// A deal the user may see, or `NotFound` / `Forbidden`.
pub async fn get(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    id: Uuid,
) -> Result<Deal, AppError> {
    let deal = db::find(executor, id).await?.ok_or_else(not_found)?;
    if !user.can_access(deal.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(deal)
}

pub async fn detail(pool: &PgPool, user: &CurrentUser, id: Uuid) -> Result<DealDetail, AppError> {
    let deal = get(pool, user, id).await?;
    let history = db::history(pool, id).await?;
    // A rep may own a deal at a customer they do not own: then no contacts to pick.
    let contacts = match crate::contacts::service::for_company(pool, user, deal.company_id).await {
        Ok(contacts) => contacts.into_iter().map(|c| (c.id, c.name)).collect(),
        Err(AppError::Forbidden | AppError::NotFound(_)) => Vec::new(),
        Err(other) => return Err(other),
    };
    Ok(DealDetail {
        deal,
        history,
        contacts,
    })
}

/// The deal events on a customer's timeline: the customer must be the user's to see.
pub async fn events_for_company(
    pool: &PgPool,
    user: &CurrentUser,
    company_id: Uuid,
) -> Result<Vec<DealEvent>, AppError> {
    customers::service::get(pool, user, company_id).await?;
    let visible_to = (!user.is_manager()).then_some(user.id);
    db::events_for_company(pool, company_id, visible_to, 200).await
}

pub async fn board(
    pool: &PgPool,
    user: &CurrentUser,
    query: &BoardQuery,
) -> Result<Board, AppError> {
    let pipelines = pipelines::db::list(pool).await?;
    let chosen = query
        .pipeline_id
        .filter(|id| pipelines.iter().any(|p| p.id == *id))
        .or_else(|| pipelines.first().map(|p| p.id));
    let pipeline = match chosen {
        Some(id) => pipelines::db::find(pool, id).await?,
        None => None,
    };
    // Reps see their own deals whatever filter they send.
    let owner = if !user.is_manager() || query.mine {
        Some(user.id)
    } else {
        query.owner_id
    };
    let deals = match &pipeline {
        Some(p) => db::open_in_pipeline(pool, p.id, owner).await?,
        None => Vec::new(),
    };
    let team = session::team_for(pool, user).await?;
    Ok(Board {
        pipelines,
        pipeline,
        deals,
        team,
        as_of: chrono::Utc::now(),
        owner_filter: owner,
    })
}

pub async fn for_company(
    pool: &PgPool,
    user: &CurrentUser,
    company_id: Uuid,
) -> Result<Vec<Deal>, AppError> {
    customers::service::get(pool, user, company_id).await?;
    let owner = (!user.is_manager()).then_some(user.id);
    db::for_company(pool, company_id, owner).await
}

async fn check_owner(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    owner_id: Uuid,
) -> Result<(), AppError> {
    if owner_id != user.id && !user.is_manager() {
        return Err(AppError::Forbidden);
    }
    if !session::user_exists(executor, owner_id).await? {
        return Err(AppError::validation(
            "owner_id",
            Text::new("deals-error-owner-not-in-team"),
        ));
    }
    Ok(())
}

async fn check_contact(
    executor: impl PgExecutor<'_>,
    contact_id: Uuid,
    company_id: Uuid,
) -> Result<(), AppError> {
    if db::contact_company(executor, contact_id).await? != Some(company_id) {
        return Err(AppError::validation(
            "contact_id",
            Text::new("deals-error-contact-elsewhere"),
        ));
    }
    Ok(())
}

pub async fn create(
    conn: impl Connect,
    user: &CurrentUser,
    deal: NewDeal,
) -> Result<Deal, AppError> {
    let mut conn = conn.connect().await?;
    let id = deal.id;
    write_create(&mut conn, user, deal).await?;
    get(&mut *conn, user, id).await
}

/// `create` without reading the deal back (see `write_update`).
pub async fn write_create(
    conn: &mut PgConnection,
    user: &CurrentUser,
    deal: NewDeal,
) -> Result<(), AppError> {
    let deal = deal.normalized();
    deal.validate()?;
    let company_id = deal.company_id.ok_or(AppError::Internal)?;
    match customers::service::get(&mut *conn, user, company_id).await {
        Ok(_) => {}
        Err(AppError::NotFound(_)) => {
            return Err(AppError::validation(
                "company_id",
                Text::new("deals-error-customer-gone"),
            ))
        }
        Err(other) => return Err(other),
    }
    let owner_id = deal.owner_id.unwrap_or(user.id);
    check_owner(&mut *conn, user, owner_id).await?;
    if let Some(contact) = deal.contact_id {
        check_contact(&mut *conn, contact, company_id).await?;
    }
    if db::find(&mut *conn, deal.id).await?.is_some() {
        return Err(AppError::AlreadyExists("deal".into()));
    }
    let pipeline_id = match deal.pipeline_id {
        Some(id) => id,
        None => pipelines::db::list(&mut *conn)
            .await?
            .first()
            .map(|p| p.id)
            .ok_or_else(|| AppError::Conflict(Text::new("deals-error-no-pipeline")))?,
    };
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    if !pipelines::db::lock(&mut *tx, pipeline_id).await? {
        return Err(AppError::validation(
            "pipeline_id",
            Text::new("deals-error-pipeline-gone"),
        ));
    }
    let pipeline = pipelines::db::find(&mut *tx, pipeline_id)
        .await?
        .ok_or(AppError::Internal)?;
    let stage = match deal.stage_id {
        Some(id) => pipeline.stage(id),
        None => pipeline.stages.first(),
    }
    .ok_or_else(|| AppError::validation("stage_id", Text::new("deals-error-stage-required")))?;
    // New deals go on top of their column, where the rep will look for them.
    let position = slot(&mut tx, stage.id, Slot::Top, deal.id).await?;
    db::insert(
        &mut *tx,
        &deal,
        company_id,
        pipeline_id,
        stage.id,
        owner_id,
        position,
    )
    .await?;
    db::record_history(
        &mut *tx,
        deal.id,
        None,
        Some(stage.id),
        None,
        DealStatus::Open,
        user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn update(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    patch: DealPatch,
) -> Result<Deal, AppError> {
    let mut conn = conn.connect().await?;
    write_update(&mut conn, user, id, patch).await?;
    get(&mut *conn, user, id).await
}

/// `update` without reading the deal back: a sync push reports only whether
/// each edit was applied, and reading back (a join with the company and the
/// owner) was the dearest of an edit's queries.
pub async fn write_update(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    patch: DealPatch,
) -> Result<(), AppError> {
    patch.validate()?;
    let mut tx = sqlx::Connection::begin(conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    let locked = db::lock(&mut *tx, id).await?.ok_or_else(not_found)?;
    if !user.can_access(locked.owner_id) {
        return Err(AppError::Forbidden);
    }
    if let Some(owner) = patch.owner_id.filter(|o| *o != locked.owner_id) {
        check_owner(&mut *tx, user, owner).await?;
    }
    if let Some(Some(contact)) = patch.contact_id {
        check_contact(&mut *tx, contact, locked.company_id).await?;
    }
    db::update(&mut *tx, id, &patch).await?;
    tx.commit().await?;
    Ok(())
}

/// Locks the deal's pipeline, then the deal, and checks the user may change it.
async fn lock_for_change(
    tx: &mut Transaction<'_, Postgres>,
    user: &CurrentUser,
    id: Uuid,
) -> Result<db::Locked, AppError> {
    crate::sync::db::act_as(tx, user.id).await?;
    let pipeline_id = db::pipeline_of(&mut **tx, id)
        .await?
        .ok_or_else(not_found)?;
    // Pipeline first, deal second: every writer takes them in this order. (A sync push
    // holds the locks of its earlier edits too; it retries if it ever deadlocks.)
    pipelines::db::lock(&mut **tx, pipeline_id).await?;
    let locked = db::lock(&mut **tx, id).await?.ok_or_else(not_found)?;
    if !user.can_access(locked.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(locked)
}

/// The position for `deal` at `at` in a column: between its new neighbours,
/// or, when they have no room left, in the column respaced around it.
async fn slot(
    tx: &mut Transaction<'_, Postgres>,
    stage_id: Uuid,
    at: Slot,
    deal: Uuid,
) -> Result<i32, AppError> {
    let around = match at {
        Slot::Before(before) if before != deal => {
            db::around(&mut **tx, stage_id, before, deal).await?
        }
        _ => None,
    };
    let (ahead, behind) = match (around, &at) {
        (Some((ahead, behind)), _) => (ahead, Some(behind)),
        (None, Slot::Top) => (None, db::ends(&mut **tx, stage_id, deal).await?.0),
        (None, _) => (db::ends(&mut **tx, stage_id, deal).await?.1, None),
    };
    if let Some(position) = position_between(ahead, behind) {
        return Ok(position);
    }
    let mut column = db::column_ids(&mut **tx, stage_id, deal).await?;
    let index = at.index(&column);
    column.insert(index, deal);
    db::respace(&mut **tx, &column).await?;
    respaced(column.len()).nth(index).ok_or(AppError::Internal)
}

/// Moves a deal to a stage, in front of `before_id` or at the end of the column.
pub async fn move_deal(
    conn: impl Connect,
    user: &CurrentUser,
    mv: DealMove,
) -> Result<Deal, AppError> {
    let mut conn = conn.connect().await?;
    let id = mv.deal_id;
    write_move(&mut conn, user, mv).await?;
    get(&mut *conn, user, id).await
}

/// `move_deal` without reading the deal back (see `write_update`).
pub async fn write_move(
    conn: &mut PgConnection,
    user: &CurrentUser,
    mv: DealMove,
) -> Result<(), AppError> {
    let mut tx = sqlx::Connection::begin(conn).await?;
    let locked = lock_for_change(&mut tx, user, mv.deal_id).await?;
    if locked.status != DealStatus::Open {
        return Err(AppError::Conflict(Text::new("deals-error-move-closed")));
    }
    let target = pipelines::db::find_stage(&mut *tx, mv.stage_id)
        .await?
        .filter(|s| s.pipeline_id == locked.pipeline_id)
        .ok_or_else(|| {
            AppError::validation("stage_id", Text::new("deals-error-stage-elsewhere"))
        })?;
    let from = locked.stage_id.ok_or(AppError::Internal)?;
    let position = slot(&mut tx, target.id, Slot::of_move(&mv), mv.deal_id).await?;
    db::place(&mut *tx, mv.deal_id, target.id, position).await?;
    if from != target.id {
        db::record_history(
            &mut *tx,
            mv.deal_id,
            Some(from),
            Some(target.id),
            Some(DealStatus::Open),
            DealStatus::Open,
            user.id,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// Marks an open deal won or lost; it leaves its column.
pub async fn close(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    outcome: Outcome,
) -> Result<Deal, AppError> {
    let mut conn = conn.connect().await?;
    write_close(&mut conn, user, id, outcome).await?;
    get(&mut *conn, user, id).await
}

/// `close` without reading the deal back (see `write_update`).
pub async fn write_close(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    outcome: Outcome,
) -> Result<(), AppError> {
    outcome.validate()?;
    let mut tx = sqlx::Connection::begin(conn).await?;
    let locked = lock_for_change(&mut tx, user, id).await?;
    if locked.status != DealStatus::Open {
        return Err(AppError::Conflict(Text::new(match locked.status {
            DealStatus::Won => "deals-error-already-won",
            _ => "deals-error-already-lost",
        })));
    }
    let status = outcome.status();
    db::set_status(&mut *tx, id, status, outcome.reason()).await?;
    db::record_history(
        &mut *tx,
        id,
        locked.stage_id,
        locked.stage_id,
        Some(DealStatus::Open),
        status,
        user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Puts a won or lost deal back on top of its stage (or the first stage if that was deleted).
pub async fn reopen(conn: impl Connect, user: &CurrentUser, id: Uuid) -> Result<Deal, AppError> {
    let mut conn = conn.connect().await?;
    write_reopen(&mut conn, user, id).await?;
    get(&mut *conn, user, id).await
}

/// `reopen` without reading the deal back (see `write_update`).
pub async fn write_reopen(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
) -> Result<(), AppError> {
    let mut tx = sqlx::Connection::begin(conn).await?;
    let locked = lock_for_change(&mut tx, user, id).await?;
    if locked.status == DealStatus::Open {
        return Err(AppError::Conflict(Text::new("deals-error-already-open")));
    }
    let pipeline = pipelines::db::find(&mut *tx, locked.pipeline_id)
        .await?
        .ok_or(AppError::Internal)?;
    let stage = locked
        .stage_id
        .and_then(|s| pipeline.stage(s))
        .or(pipeline.stages.first())
        .ok_or(AppError::Internal)?;
    let position = slot(&mut tx, stage.id, Slot::Top, id).await?;
    db::set_status(&mut *tx, id, DealStatus::Open, "").await?;
    db::place(&mut *tx, id, stage.id, position).await?;
    db::record_history(
        &mut *tx,
        id,
        locked.stage_id,
        Some(stage.id),
        Some(locked.status),
        DealStatus::Open,
        user.id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
