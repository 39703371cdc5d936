//! Periodic clean-up: expired sessions and sign-in attempts too old to count
//! (each sign-in also removes its own user's expired sessions; this catches
//! the users who never come back), and the sync log's superseded rows.

use std::time::Duration;

use sqlx::PgPool;

use app::auth::{session, throttle};

const EVERY: Duration = Duration::from_secs(60 * 60);

/// Removes what has expired, now and then every hour, for as long as the server runs.
pub fn spawn(pool: PgPool) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        loop {
            tick.tick().await;
            if let Err(error) = sweep(&pool).await {
                tracing::warn!(%error, "could not remove expired sessions");
            }
            if let Err(error) = compact_log(&pool).await {
                tracing::warn!(%error, "could not compact the sync log");
            }
        }
    });
}

/// Compaction's batch: each is one short transaction, so writers never wait
/// on it for long, and a pause between batches leaves them the database.
const COMPACT_BATCH: i64 = 5_000;
const COMPACT_PAUSE: Duration = Duration::from_millis(200);

/// Removes the sync log's superseded rows, batch by batch, until none is left.
pub async fn compact_log(pool: &PgPool) -> Result<u64, app::error::AppError> {
    let mut removed = 0;
    loop {
        let batch = app::sync::db::compact_log(pool, COMPACT_BATCH).await?;
        removed += batch;
        if batch < COMPACT_BATCH as u64 {
            break;
        }
        tokio::time::sleep(COMPACT_PAUSE).await;
    }
    if removed > 0 {
        tracing::info!(removed, "compacted the sync log");
    }
    Ok(removed)
}

pub async fn sweep(pool: &PgPool) -> Result<(u64, u64), app::error::AppError> {
    let sessions = session::remove_expired(pool, None).await?;
    let attempts = throttle::remove_expired(pool).await?;
    if sessions + attempts > 0 {
        tracing::info!(sessions, attempts, "removed expired sign-in records");
    }
    Ok((sessions, attempts))
}
