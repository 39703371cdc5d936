//! Periodic clean-up: expired sessions and sign-in attempts too old to count
//! (each sign-in also removes its own user's expired sessions; this catches
//! the users who never come back), and the sync log's superseded rows.

use std::time::Duration;

use sqlx::PgPool;

use app::auth::{session, throttle};

const EVERY: Duration = Duration::from_secs(60 * 60);

/// Removes what has expired, now and then every hour, for as long as the server runs.
pub fn spawn(pool: PgPool, tombstone_horizon: Duration) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            if let Err(error) = sweep(&pool).await {
                tracing::warn!(%error, "could not remove expired sessions");
            }
            if let Err(error) = compact_log(&pool, tombstone_horizon).await {
                tracing::warn!(%error, "could not compact the sync log");
            }
        }
    });
}

/// Compaction's batch: each is one short transaction, so writers never wait
/// on it for long, and a pause between batches leaves them the database.
const COMPACT_BATCH: i64 = 5_000;
const COMPACT_PAUSE: Duration = Duration::from_millis(200);

/// Removes the sync log's superseded rows, then its deletions older than
/// `tombstone_horizon`, batch by batch, until none is left.
pub async fn compact_log(
    pool: &PgPool,
    tombstone_horizon: Duration,
) -> Result<(u64, u64), app::error::AppError> {
    use app::sync::db;

    let removed = in_batches(|| db::compact_log(pool, COMPACT_BATCH)).await?;
    let older_than = chrono::Utc::now()
        - chrono::Duration::from_std(tombstone_horizon).unwrap_or(chrono::Duration::MAX);
    let dropped = in_batches(|| db::drop_tombstones(pool, older_than, COMPACT_BATCH)).await?;
    in_batches(|| db::drop_empty_transactions(pool, COMPACT_BATCH)).await?;
    if removed + dropped > 0 {
        tracing::info!(removed, dropped, "compacted the sync log");
    }
    Ok((removed, dropped))
}

/// Runs `batch` until one does less than a full batch; what they did in all.
async fn in_batches<F, Fut>(mut batch: F) -> Result<u64, app::error::AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<u64, app::error::AppError>>,
{
    let mut done = 0;
    loop {
        let n = batch().await?;
        done += n;
        if n < COMPACT_BATCH as u64 {
            return Ok(done);
        }
        tokio::time::sleep(COMPACT_PAUSE).await;
    }
}

pub async fn sweep(pool: &PgPool) -> Result<(u64, u64), app::error::AppError> {
    let sessions = session::remove_expired(pool, None).await?;
    let attempts = throttle::remove_expired(pool).await?;
    if sessions + attempts > 0 {
        tracing::info!(sessions, attempts, "removed expired sign-in records");
    }
    Ok((sessions, attempts))
}
