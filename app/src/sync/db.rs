//! All SQL about sync: the change log (filled by triggers), clients and field history.

use std::future::Future;

use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use crate::error::AppError;

tokio::task_local! {
    /// The pushed mutation (client, id) being applied by this task.
    static RECEIPT: (Uuid, i64);
}

/// Runs `work` as the application of one pushed mutation: the write transaction
/// that applies it also records it as processed (see [`act_as`]), so a crash
/// between the two can never make a retried push apply it twice.
pub async fn applying<F: Future>(client_id: Uuid, mutation_id: i64, work: F) -> F::Output {
    RECEIPT.scope((client_id, mutation_id), work).await
}

/// What `act_as` answers when another push of the same device got there first.
pub const ALREADY_APPLIED: &str = "This edit was already applied.";

/// Records who makes this transaction's changes (for the field history) and,
/// inside [`applying`], marks the pushed mutation processed in the same
/// transaction. The conditional update takes the device's row lock, so if a
/// retried push races the original, exactly one of them applies the edit; the
/// other gets `ALREADY_APPLIED` and its transaction rolls back.
pub async fn act_as(conn: &mut PgConnection, user_id: Uuid) -> Result<(), AppError> {
    sqlx::query("select set_config('fieldbook.user_id', $1, true)")
        .bind(user_id.to_string())
        .execute(&mut *conn)
        .await?;
    if let Ok((client_id, id)) = RECEIPT.try_with(|receipt| *receipt) {
        let claimed = sqlx::query(
            "update sync_clients set last_mutation_id = $2
              where client_id = $1 and last_mutation_id < $2",
        )
        .bind(client_id)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        if claimed.rows_affected() == 0 {
            return Err(AppError::Conflict(ALREADY_APPLIED.into()));
        }
    }
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
        "select version, entity, entity_id, op from change_log
          where version > $1 and ($2::uuid is null or owner_id = $2 or owner_id is null)
          order by version, seq
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
        "select version, entity, entity_id, op from change_log
          where version = $1 and ($2::uuid is null or owner_id = $2 or owner_id is null)
          order by seq",
    )
    .bind(version)
    .bind(visible_to)
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
/// the last mutation it had processed.
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

pub async fn set_last_mutation(
    executor: impl PgExecutor<'_>,
    client_id: Uuid,
    id: i64,
) -> Result<(), AppError> {
    sqlx::query("update sync_clients set last_mutation_id = greatest(last_mutation_id, $2) where client_id = $1")
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
