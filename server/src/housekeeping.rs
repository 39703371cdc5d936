//! Periodic clean-up: expired sessions and sign-in attempts too old to count.
//! Each sign-in also removes its own user's expired sessions; this catches the
//! users who never come back.

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
        }
    });
}

pub async fn sweep(pool: &PgPool) -> Result<(u64, u64), app::error::AppError> {
    let sessions = session::remove_expired(pool, None).await?;
    let attempts = throttle::remove_expired(pool).await?;
    if sessions + attempts > 0 {
        tracing::info!(sessions, attempts, "removed expired sign-in records");
    }
    Ok((sessions, attempts))
}
