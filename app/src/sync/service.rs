//! Push and pull. Every pushed mutation runs through the same use case as an
//! online edit (authorization and validation included), one at a time, in the
//! order the device made them, all in one transaction (a savepoint each) so a
//! push costs one durable commit; pulls return what changed since a cursor, in
//! commit order, filtered to what the user may see.

use std::collections::HashMap;

use sqlx::{Acquire, PgConnection, PgPool};
use uuid::Uuid;

use super::{
    db,
    entity::Entity,
    kinds::read_kind,
    model::{
        Change, Mutation, MutationOp, MutationResult, PullRequest, PullResponse, PushRequest,
        PushResponse, Record, MAX_PUSH,
    },
    scope::{self, Scope, TeamBounds, TeamScope},
};
use crate::{
    activities,
    archive::{self, model::ArchiveKind},
    auth::model::CurrentUser,
    contacts, customers, deals,
    error::AppError,
    i18n::Text,
};

/// Log rows per pull page.
pub const PULL_PAGE: i64 = 1_000;

/// How often a push that lost a deadlock is run again before the device is told to retry.
const PUSH_ATTEMPTS: usize = 3;

pub async fn push(
    pool: &PgPool,
    user: &CurrentUser,
    request: PushRequest,
) -> Result<PushResponse, AppError> {
    if request.mutations.len() > MAX_PUSH {
        return Err(AppError::validation(
            "mutations",
            Text::new("sync-too-many-edits").num("max", MAX_PUSH as i64),
        ));
    }
    // Waits in the user's line without a connection (see `gate`).
    let _turn = super::gate::turn(user.id).await?;
    let mut attempt = 1;
    loop {
        // A deadlock rolled the whole push back, so running it again is safe.
        match push_once(pool, user, &request).await {
            Err(AppError::Busy) if attempt < PUSH_ATTEMPTS => {
                // Not at once: the push that won needs a moment to take the
                // lock this one let go, or the two deadlock again.
                tokio::time::sleep(retry_pause(attempt)).await;
                attempt += 1;
            }
            other => return other,
        }
    }
}

/// 20–70 ms, longer each attempt, with jitter so two losers do not retry in step.
fn retry_pause(attempt: usize) -> std::time::Duration {
    let jitter = (Uuid::new_v4().as_u128() % 50) as u64;
    std::time::Duration::from_millis(20 * attempt as u64 + jitter)
}

async fn push_once(
    pool: &PgPool,
    user: &CurrentUser,
    request: &PushRequest,
) -> Result<PushResponse, AppError> {
    let mut tx = pool.begin().await?;
    // Locks the device's row until commit: a retry racing this push waits, then
    // finds these edits processed (exactly once, see the sync tests).
    let (owner, mut last) = db::client(&mut *tx, request.client_id, user.id).await?;
    if owner != user.id {
        return Err(AppError::Forbidden);
    }
    let mut results = Vec::with_capacity(request.mutations.len());
    for Mutation { id, op } in &request.mutations {
        if *id <= last {
            results.push((*id, MutationResult::AlreadyProcessed));
            continue;
        }
        // Each edit in its own savepoint: a refused one leaves no trace and does
        // not stop the others.
        let mut edit = Acquire::begin(&mut *tx).await?;
        let result = match apply(&mut edit, user, op.clone()).await {
            Ok(()) => {
                edit.commit().await?;
                MutationResult::Applied
            }
            // Nothing is wrong with the edit: the database is. The device keeps it.
            Err(error) if is_transient(&error) => return Err(error),
            // Anything else (refused, unstorable, a bug) would fail this edit every
            // time: reject it, or the device would be stuck behind it forever.
            // Rolling back its savepoint leaves the transaction usable.
            Err(error) => {
                edit.rollback().await?;
                MutationResult::Rejected(error)
            }
        };
        // Refused edits count as processed too, so one bad edit never blocks the queue.
        last = *id;
        results.push((*id, result));
    }
    db::set_last_mutation(&mut *tx, request.client_id, last).await?;
    tx.commit().await?;
    Ok(PushResponse {
        results,
        last_mutation_id: last,
    })
}

/// Errors that say nothing about the edit: a deadlock, or a database that is
/// down or out of connections. The push fails and the device sends it again.
fn is_transient(error: &AppError) -> bool {
    matches!(error, AppError::Busy | AppError::Unavailable)
}

/// Applies one edit through its use case's write (the record is not read
/// back: the device learns the outcome from the pull that follows).
async fn apply(
    conn: &mut PgConnection,
    user: &CurrentUser,
    op: MutationOp,
) -> Result<(), AppError> {
    match op {
        MutationOp::CreateCompany(company) => {
            created(customers::service::write_create(conn, user, company).await)
        }
        MutationOp::UpdateCompany { id, patch } => {
            customers::service::write_update(conn, user, id, patch).await
        }
        MutationOp::CreateContact(contact) => {
            created(contacts::service::write_create(conn, user, contact).await)
        }
        MutationOp::UpdateContact { id, patch } => {
            contacts::service::write_update(conn, user, id, patch).await
        }
        MutationOp::CreateDeal(deal) => {
            created(deals::service::write_create(conn, user, deal).await)
        }
        MutationOp::UpdateDeal { id, patch } => {
            deals::service::write_update(conn, user, id, patch).await
        }
        MutationOp::MoveDeal(mv) => deals::service::write_move(conn, user, mv).await,
        MutationOp::CloseDeal { id, outcome } => {
            deals::service::write_close(conn, user, id, outcome).await
        }
        MutationOp::ReopenDeal { id } => deals::service::write_reopen(conn, user, id).await,
        MutationOp::CreateActivity(new) => {
            created(activities::service::write_create(conn, user, new).await)
        }
        MutationOp::UpdateActivity { id, patch } => {
            activities::service::write_update(conn, user, id, patch).await
        }
        MutationOp::CompleteActivity { id, done } => {
            activities::service::write_set_done(conn, user, id, done).await
        }
        MutationOp::CheckIn { id, checkin } => {
            activities::service::write_check_in(conn, user, id, checkin).await
        }
        MutationOp::DeleteActivity { id } => {
            archive::service::write_archive(conn, user, ArchiveKind::Activity, id, false).await
        }
        MutationOp::ArchiveCompany { id, force } => {
            archive::service::write_archive(conn, user, ArchiveKind::Company, id, force).await
        }
        MutationOp::ArchiveContact { id } => {
            archive::service::write_archive(conn, user, ArchiveKind::Contact, id, false).await
        }
        MutationOp::ArchiveDeal { id } => {
            archive::service::write_archive(conn, user, ArchiveKind::Deal, id, false).await
        }
        MutationOp::Restore { kind, id } => archive::service::restore(conn, user, kind, id).await,
    }
}

/// A create whose record already exists was applied by an earlier, unacknowledged push.
fn created(result: Result<(), AppError>) -> Result<(), AppError> {
    match result {
        Err(AppError::AlreadyExists(_)) => Ok(()),
        other => other,
    }
}

pub async fn pull(
    pool: &PgPool,
    user: &CurrentUser,
    request: PullRequest,
) -> Result<PullResponse, AppError> {
    let (owner, last_mutation_id) = db::known_client(pool, request.client_id, user.id).await?;
    if owner != user.id {
        return Err(AppError::Forbidden);
    }
    let bounds = user
        .is_manager()
        .then(|| TeamBounds::at(chrono::Utc::now(), scope::bounds()));
    let scope = device_scope(user, bounds, &request.kept);
    let visible_to = scope.owner_only();
    let mut rows = db::changes_after(pool, request.cursor.max(0), visible_to, PULL_PAGE).await?;
    let more = rows.len() as i64 > PULL_PAGE;
    if more {
        rows.truncate(PULL_PAGE as usize);
        // A page ends on a whole version, so the cursor never splits a transaction.
        let last = rows.last().map(|r| r.version).unwrap_or_default();
        if rows.first().map(|r| r.version) == Some(last) {
            rows = db::changes_at(pool, last, visible_to).await?;
        } else {
            rows.retain(|r| r.version < last);
        }
    }
    // Read after the changes: deletions dropped since are then seen here.
    if request.cursor > 0 && request.cursor < db::tombstone_horizon(pool).await? {
        return Ok(PullResponse {
            cursor: 0,
            changes: Vec::new(),
            more: true,
            last_mutation_id,
            team: Some(crate::auth::session::team_for(pool, user).await?),
            reset: true,
            scope: bounds,
        });
    }
    let cursor = match rows.last() {
        Some(row) => row.version,
        None if request.cursor <= 0 => db::current_version(pool).await?,
        None => request.cursor,
    };

    // The latest operation per record decides: put (send its current state) or del.
    let mut latest: HashMap<(Entity, Uuid), (usize, bool)> = HashMap::new();
    for (i, row) in rows.into_iter().enumerate() {
        let Some(entity) = Entity::parse(&row.entity) else {
            // Logged by a newer release (a rollback): this one cannot send it.
            tracing::error!(entity = %row.entity, "the change log names an unknown kind");
            continue;
        };
        latest.insert((entity, row.entity_id), (i, row.op == "put"));
    }
    let mut wanted: HashMap<Entity, Vec<Uuid>> = HashMap::new();
    let mut order: Vec<((Entity, Uuid), usize)> = Vec::with_capacity(latest.len());
    for (&(entity, id), &(i, put)) in &latest {
        if put {
            wanted.entry(entity).or_default().push(id);
        }
        order.push(((entity, id), i));
    }
    order.sort_by_key(|(_, i)| *i);

    let mut found: HashMap<(Entity, Uuid), Record> = HashMap::new();
    for record in read_records(pool, &wanted, &scope).await? {
        found.insert((record.entity(), record.id()), record);
    }

    // Deleted since, or no longer on this device: the device drops its copy
    // (a fresh device has nothing to drop).
    let fresh = request.cursor <= 0;
    let changes = order
        .into_iter()
        .filter_map(|((entity, id), _)| match found.remove(&(entity, id)) {
            Some(record) => Some(Change::Put(record)),
            None => (!fresh).then_some(Change::Del { entity, id }),
        })
        .collect();
    let team = Some(crate::auth::session::team_for(pool, user).await?);
    Ok(PullResponse {
        cursor,
        changes,
        more,
        last_mutation_id,
        team,
        reset: false,
        scope: bounds,
    })
}

/// What this device keeps: a rep's book, or a manager's share of the team's
/// with the companies the device keeps whole (at most the bound's latest).
fn device_scope(user: &CurrentUser, bounds: Option<TeamBounds>, kept: &[Uuid]) -> Scope {
    match bounds {
        None => Scope::Own(user.id),
        Some(bounds) => Scope::Team(TeamScope {
            me: user.id,
            since: bounds.since,
            kept: kept[kept.len().saturating_sub(bounds.cards)..].to_vec(),
        }),
    }
}

/// Everything at one company that the user may see, for a manager's device
/// to keep whole (a card opened online). Reading it is allowed to whoever
/// may open the card; a rep gets their own records, which they have already.
pub async fn company_records(
    pool: &PgPool,
    user: &CurrentUser,
    company_id: Uuid,
) -> Result<Vec<Record>, AppError> {
    customers::service::get(pool, user, company_id).await?;
    // Kept whole: everything at it, whatever its age.
    let bounds = user.is_manager().then(|| TeamBounds {
        since: chrono::Utc::now(),
        cards: 1,
    });
    let scope = device_scope(user, bounds, &[company_id]);
    let mut wanted: HashMap<Entity, Vec<Uuid>> = HashMap::new();
    for (entity, id) in db::company_record_ids(pool, company_id).await? {
        if let Some(entity) = Entity::parse(&entity) {
            wanted.entry(entity).or_default().push(id);
        }
    }
    read_records(pool, &wanted, &scope).await
}

/// The current state of the records a pull sends, those in the device's
/// `scope` (one read per kind: most pulls follow a small edit). A record not
/// returned is gone, or no longer on the device.
async fn read_records(
    pool: &PgPool,
    wanted: &HashMap<Entity, Vec<Uuid>>,
    scope: &Scope,
) -> Result<Vec<Record>, AppError> {
    let mut records = Vec::new();
    for (entity, ids) in wanted {
        records.extend(read_kind(pool, *entity, ids, scope).await?);
    }
    Ok(records)
}
