//! All SQL about sync: the change log (filled by triggers), clients and field history.

use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use crate::error::AppError;

/// Records who makes this transaction's changes, for the field history.
pub async fn act_as(conn: &mut PgConnection, user_id: Uuid) -> Result<(), AppError> {
    sqlx::query("select set_config('fieldbook.user_id', $1, true)")
        .bind(user_id.to_string())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// One logged change: (version, entity, id, op).
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct LoggedChange {
    pub version: i64,
    pub entity: String,
    pub entity_id: Uuid,
    pub op: String,
}

/// Changes after `cursor` that `visible_to` may see (`None`: everything), in
/// commit order, at most `limit` + 1 rows (the extra one says "there is more").
pub async fn changes_after(
    pool: &PgPool,
    cursor: i64,
    visible_to: Option<Uuid>,
    limit: i64,
) -> Result<Vec<LoggedChange>, AppError> {
    Ok(sqlx::query_as(
        // A change's version is its transaction's (see the migration
        // `stamp_each_transaction_once`).
        "select t.version, l.entity, l.entity_id, l.op
           from sync_txn t join change_log l on l.txid = t.txid
          where t.version > $1 and ($2::uuid is null or l.owner_id = $2 or l.owner_id is null)
          order by t.version, l.seq
          limit $3 + 1",
    )
    .bind(cursor)
    .bind(visible_to)
    .bind(limit)
    .fetch_all(pool)
    .await?)
}

/// All changes of one version visible to `visible_to` (a version never spans pages).
pub async fn changes_at(
    pool: &PgPool,
    version: i64,
    visible_to: Option<Uuid>,
) -> Result<Vec<LoggedChange>, AppError> {
    Ok(sqlx::query_as(
        "select t.version, l.entity, l.entity_id, l.op
           from sync_txn t join change_log l on l.txid = t.txid
          where t.version = $1 and ($2::uuid is null or l.owner_id = $2 or l.owner_id is null)
          order by l.seq",
    )
    .bind(version)
    .bind(visible_to)
    .fetch_all(pool)
    .await?)
}

/// Removes up to `limit` log rows that a later row of the same record, for
/// the same owner, supersedes, and returns how many went. A pull sends each
/// record's state as it is now, so only a record's last row per owner says
/// anything; an owner's `del` stays until that owner's row comes after it.
/// For one record, log order is commit order (its row lock orders the
/// writers), and only committed rows are seen here, so a device behind the
/// removed row still meets the later one.
pub async fn compact_log(pool: &PgPool, limit: i64) -> Result<u64, AppError> {
    let removed = sqlx::query(
        "delete from change_log where seq in (
            select l.seq from change_log l
             where exists (select 1 from change_log n
                            where n.entity_id = l.entity_id and n.seq > l.seq
                              and n.entity = l.entity
                              and n.owner_id is not distinct from l.owner_id)
             limit $1)",
    )
    .bind(limit)
    .execute(pool)
    .await?
    .rows_affected();
    Ok(removed)
}

/// Removes up to `limit` transactions none of whose log rows are left (after
/// `compact_log` and `drop_tombstones`): pulls need not look at them.
pub async fn drop_empty_transactions(pool: &PgPool, limit: i64) -> Result<u64, AppError> {
    Ok(sqlx::query(
        "delete from sync_txn where txid in (
            select t.txid from sync_txn t
             where t.version is not null
               and not exists (select 1 from change_log l where l.txid = t.txid)
             limit $1)",
    )
    .bind(limit)
    .execute(pool)
    .await?
    .rows_affected())
}

/// Drops up to `limit` tombstones committed before `older_than` and moves the
/// tombstone horizon past them, in one statement: a device whose cursor is
/// behind the horizon may have missed one, so its next pull tells it to read
/// everything again. A tombstone is a row that tells devices a record went:
/// a deletion (`del`), or any row of a record that is archived now (a pull
/// sends those as deletions).
pub async fn drop_tombstones(
    pool: &PgPool,
    older_than: chrono::DateTime<chrono::Utc>,
    limit: i64,
) -> Result<u64, AppError> {
    let (dropped,): (i64,) = sqlx::query_as(
        "with doomed as (
            select l.seq, t.version from change_log l join sync_txn t on t.txid = l.txid
             where t.committed_at < $1
               and (l.op = 'del'
                    or (l.entity = 'company' and exists (select 1 from companies r
                          where r.id = l.entity_id and r.archived_at is not null))
                    or (l.entity = 'contact' and exists (select 1 from contacts r
                          where r.id = l.entity_id and r.archived_at is not null))
                    or (l.entity = 'deal' and exists (select 1 from deals r
                          where r.id = l.entity_id and r.archived_at is not null))
                    or (l.entity = 'activity' and exists (select 1 from activities r
                          where r.id = l.entity_id and r.archived_at is not null)))
             order by t.version
             limit $2),
         gone as (delete from change_log where seq in (select seq from doomed))
         update sync_horizon
            set version = greatest(version, (select coalesce(max(version), 0) from doomed))
         returning (select count(*) from doomed)",
    )
    .bind(older_than)
    .bind(limit)
    .fetch_one(pool)
    .await?;
    Ok(dropped as u64)
}

/// Everything up to this version may have lost its deletions (see `drop_tombstones`).
pub async fn tombstone_horizon(pool: &PgPool) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar("select version from sync_horizon")
        .fetch_one(pool)
        .await?)
}

/// (kind, id) of every live record at a company, the company included.
pub async fn company_record_ids(
    pool: &PgPool,
    company_id: Uuid,
) -> Result<Vec<(String, Uuid)>, AppError> {
    Ok(sqlx::query_as(
        "select 'company', id from companies where id = $1 and archived_at is null
         union all select 'contact', id from contacts where company_id = $1 and archived_at is null
         union all select 'deal', id from deals where company_id = $1 and archived_at is null
         union all select 'activity', id from activities where company_id = $1 and archived_at is null",
    )
    .bind(company_id)
    .fetch_all(pool)
    .await?)
}

pub async fn current_version(pool: &PgPool) -> Result<i64, AppError> {
    let (v,): (i64,) = sqlx::query_as("select version from sync_version")
        .fetch_one(pool)
        .await?;
    Ok(v)
}

/// Registers the client for `user_id` (or finds it) and returns its owner and
/// the last mutation it had processed. Inside a push's transaction this holds
/// the device's row lock until the push commits, so a retried push that races
/// the original waits for it and then sees its edits as processed.
pub async fn client(
    executor: impl PgExecutor<'_>,
    client_id: Uuid,
    user_id: Uuid,
) -> Result<(Uuid, i64), AppError> {
    Ok(sqlx::query_as(
        "insert into sync_clients (client_id, user_id) values ($1, $2)
         on conflict (client_id) do update set last_seen_at = now()
         returning user_id, last_mutation_id",
    )
    .bind(client_id)
    .bind(user_id)
    .fetch_one(executor)
    .await?)
}

/// The client's owner and last processed mutation, registering it only if new:
/// pulls stay read-only (no commit to wait for) once a device is known.
pub async fn known_client(
    pool: &PgPool,
    client_id: Uuid,
    user_id: Uuid,
) -> Result<(Uuid, i64), AppError> {
    let found: Option<(Uuid, i64)> =
        sqlx::query_as("select user_id, last_mutation_id from sync_clients where client_id = $1")
            .bind(client_id)
            .fetch_optional(pool)
            .await?;
    match found {
        Some(found) => Ok(found),
        None => client(pool, client_id, user_id).await,
    }
}

pub async fn set_last_mutation(
    executor: impl PgExecutor<'_>,
    client_id: Uuid,
    id: i64,
) -> Result<(), AppError> {
    sqlx::query(
        "update sync_clients set last_mutation_id = greatest(last_mutation_id, $2)
          where client_id = $1",
    )
    .bind(client_id)
    .bind(id)
    .execute(executor)
    .await?;
    Ok(())
}

/// (field, old value, new value, who) of a record's overwritten fields, newest first.
pub async fn field_history(
    pool: &PgPool,
    entity: &str,
    id: Uuid,
) -> Result<Vec<(String, serde_json::Value, serde_json::Value, Option<Uuid>)>, AppError> {
    Ok(sqlx::query_as(
        "select field, coalesce(old_value, 'null'), coalesce(new_value, 'null'), changed_by
           from field_history where entity = $1 and entity_id = $2 order by id desc",
    )
    .bind(entity)
    .bind(id)
    .fetch_all(pool)
    .await?)
}
