//! Live updates: every committed change version is announced by Postgres
//! (`pg_notify('fieldbook_changes', version)` in the change-log trigger). Each
//! server process keeps one listening connection and fans the versions out to
//! its browsers over server-sent events, so any number of processes behind a
//! load balancer all tell their browsers about every change. Browsers then pull:
//! the event carries no data, so it can never leak a record to the wrong user.

use std::{convert::Infallible, time::Duration};

use axum::response::sse::{Event, KeepAlive, Sse};
use futures::{Stream, StreamExt};
use sqlx::{postgres::PgListener, PgPool};
use tokio::sync::broadcast;

pub const CHANNEL: &str = "fieldbook_changes";

/// This process's fan-out of change versions.
#[derive(Clone)]
pub struct Hub {
    sender: broadcast::Sender<i64>,
}

impl Hub {
    /// Starts listening (and re-listening after a lost connection) in the background.
    pub fn start(pool: PgPool) -> Hub {
        let (sender, _) = broadcast::channel(256);
        let hub = Hub { sender };
        let out = hub.sender.clone();
        tokio::spawn(async move {
            loop {
                if let Err(error) = listen(&pool, &out).await {
                    tracing::warn!(%error, "change listener lost its connection; retrying");
                }
                tokio::time::sleep(Duration::from_secs(1)).await;
                // Browsers may have missed something while we were away: make them pull.
                let _ = out.send(0);
            }
        });
        hub
    }

    /// An event stream for one browser: `change` with the version, whenever one commits.
    pub fn events(&self) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
        let receiver = self.sender.subscribe();
        let hello = futures::stream::once(async { Ok(Event::default().event("hello").data("0")) });
        let changes = futures::stream::unfold(receiver, |mut receiver| async move {
            let version = match receiver.recv().await {
                Ok(version) => version,
                // Fell behind: one event is enough, the pull fetches everything.
                Err(broadcast::error::RecvError::Lagged(_)) => 0,
                Err(broadcast::error::RecvError::Closed) => return None,
            };
            let event = Event::default().event("change").data(version.to_string());
            Some((Ok(event), receiver))
        });
        Sse::new(hello.chain(changes))
            .keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
    }
}

async fn listen(pool: &PgPool, out: &broadcast::Sender<i64>) -> Result<(), sqlx::Error> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    loop {
        let notification = listener.recv().await?;
        let version = notification.payload().parse().unwrap_or(0);
        // No browser connected is fine: nobody to tell.
        let _ = out.send(version);
    }
}
