//! Fair turns for pushes. Each user has at most `per_user` pushes running at
//! once; the others wait in line, first come first served (tokio's semaphore
//! is fair), without holding a database connection. So one device sending
//! dozens of big pushes in parallel takes at most `per_user` connections, and
//! everyone else's requests still find the pool open. A push that waits longer
//! than `wait` is answered Busy (503): the device keeps its edits and retries.
//!
//! The line is per server process, which is what the pool is too.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, OnceLock},
    time::Duration,
};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use uuid::Uuid;

use crate::error::AppError;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PushLimits {
    /// Pushes of one user running at once.
    pub per_user: usize,
    /// How long a push waits for its turn before the device is told to retry.
    pub wait: Duration,
}

impl Default for PushLimits {
    fn default() -> Self {
        PushLimits {
            per_user: 2,
            wait: Duration::from_secs(10),
        }
    }
}

static LIMITS: OnceLock<PushLimits> = OnceLock::new();
static LINES: OnceLock<Mutex<HashMap<Uuid, Arc<Semaphore>>>> = OnceLock::new();

/// Sets this process's limits; call once at start-up, before serving.
pub fn set_limits(limits: PushLimits) {
    if LIMITS.set(limits).is_err() {
        tracing::warn!("push limits were already set; keeping the first");
    }
}

fn limits() -> PushLimits {
    *LIMITS.get_or_init(PushLimits::default)
}

fn lines() -> std::sync::MutexGuard<'static, HashMap<Uuid, Arc<Semaphore>>> {
    LINES
        .get_or_init(Default::default)
        .lock()
        // A panic elsewhere while holding the map leaves it usable.
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A user's turn to push; the next in line goes when it is dropped.
pub struct Turn {
    user: Uuid,
    line: Arc<Semaphore>,
    permit: Option<OwnedSemaphorePermit>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        drop(self.permit.take());
        let mut lines = lines();
        // Only the map and this turn hold the line: nobody waits, forget it.
        if Arc::strong_count(&self.line) == 2 {
            lines.remove(&self.user);
        }
    }
}

/// Waits for `user`'s turn to push, at most the configured wait.
pub async fn turn(user: Uuid) -> Result<Turn, AppError> {
    let PushLimits { per_user, wait } = limits();
    let line = lines()
        .entry(user)
        .or_insert_with(|| Arc::new(Semaphore::new(per_user.max(1))))
        .clone();
    match tokio::time::timeout(wait, line.clone().acquire_owned()).await {
        Ok(Ok(permit)) => Ok(Turn {
            user,
            line,
            permit: Some(permit),
        }),
        // The semaphore is never closed; a timeout means a long line.
        _ => {
            tracing::warn!(%user, "push waited too long for its turn");
            Err(AppError::Busy)
        }
    }
}
