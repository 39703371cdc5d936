//! Runs sync: loads the copy at start, then push-and-pull rounds whenever
//! there is something to do (an edit, a live event, the network coming back,
//! a slow poll), with backoff while the server cannot be reached.

use chrono::Utc;
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::{closure::Closure, JsCast};

use super::{
    storage::{load_base, load_outbox},
    Sync,
};
use crate::{
    auth::model::CurrentUser,
    error::AppError,
    i18n::Text,
    sync::{
        api::{sync_company, sync_pull, sync_push},
        model::{PullRequest, PushRequest, MAX_PUSH},
        outbox::{Outbox, Problem},
        replica::Replica,
        stored::OutboxLoad,
    },
};

const RETRY_MIN_MS: u32 = 2_000;
const RETRY_MAX_MS: u32 = 30_000;
/// A safety net: live events normally trigger pulls long before this.
const POLL_MS: u64 = 60_000;

/// Where rounds and saves stand.
#[derive(Debug, Default)]
pub(super) struct Work {
    /// A round is running; `again`: run one more when it ends.
    pub running: bool,
    pub again: bool,
    /// The wait before the next retry after a failed round.
    pub retry_ms: u32,
    /// A save of the copy is waiting to run.
    pub save_queued: bool,
    /// Saves in steps started over in a row because pulls kept landing.
    pub save_restarts: u32,
    /// Whose local copy is being read from the device's database (it is async).
    pub loading: Option<uuid::Uuid>,
    /// The stored outbox as this tab last read or wrote it: while it is unchanged
    /// no other tab queued anything, and it need not be parsed again (that parse
    /// ran on every edit, a dropped card included).
    pub outbox_seen: Option<String>,
}

impl Sync {
    /// Loads `user`'s local copy and starts syncing it (once per page load and user).
    pub fn start(&self, user: CurrentUser) {
        let same = self
            .replica
            .with_value(|r| r.as_ref().is_some_and(|r| r.user.id == user.id));
        if same || self.work.with_value(|w| w.loading == Some(user.id)) {
            return;
        }
        self.work.update_value(|w| w.loading = Some(user.id));
        let sync = *self;
        spawn_local(async move {
            let base = load_base(&user).await;
            if sync.work.with_value(|w| w.loading != Some(user.id)) {
                return; // signed out (or someone else signed in) meanwhile
            }
            sync.work.update_value(|w| w.loading = None);
            let first = sync.replica.with_value(Option::is_none);
            // Read after the await: a tab may have queued edits meanwhile.
            let outbox = match load_outbox(&user) {
                OutboxLoad::Fresh => Outbox::new(),
                OutboxLoad::Ready(outbox) => outbox,
                OutboxLoad::Held { format } => {
                    sync.hold(format);
                    Outbox::new()
                }
            };
            let has_data = base.cursor > 0;
            sync.replica
                .set_value(Some(Replica::new(user, base, outbox)));
            keep_storage();
            sync.ready.set(has_data);
            sync.touch();
            if first {
                sync.listen();
            }
            sync.schedule();
        });
    }

    pub(super) fn problem(&self, message: impl Into<Problem>) {
        let message = message.into();
        self.problems.update(|list| {
            if !list.contains(&message) {
                list.push(message);
            }
        });
    }

    /// Runs a sync round soon; a round already running runs once more instead.
    pub fn schedule(&self) {
        if self.work.with_value(|w| w.running) {
            self.work.update_value(|w| w.again = true);
            return;
        }
        self.work.update_value(|w| w.running = true);
        let sync = *self;
        spawn_local(async move { sync.run().await });
    }

    async fn run(self) {
        self.syncing.set(true);
        loop {
            self.work.update_value(|w| w.again = false);
            if let Err(error) = self.round().await {
                self.failed(error);
                break;
            }
            let unsent = self
                .replica
                .with_value(|r| r.as_ref().is_some_and(|r| !r.outbox.unsent(1).is_empty()));
            if !self.work.with_value(|w| w.again) && !unsent {
                break;
            }
        }
        self.work.update_value(|w| w.running = false);
        self.syncing.set(false);
    }

    /// Push everything queued, then pull everything new.
    async fn round(&self) -> Result<(), AppError> {
        self.adopt_stored_outbox();
        self.push_all().await?;
        let mut news = !self.ready.get_untracked();
        loop {
            let Some(request) = self.replica.with_value(|r| {
                r.as_ref().map(|r| PullRequest {
                    client_id: r.outbox.client_id,
                    cursor: r.pull_cursor(),
                    kept: r.kept_for_pull(),
                })
            }) else {
                return Ok(());
            };
            let response = sync_pull(request).await?;
            let more = response.more;
            news |= self
                .replica
                .try_update_value(|r| {
                    r.as_mut()
                        .is_some_and(|r| r.apply_pull(response, Utc::now()))
                })
                .unwrap_or_default();
            let fresh = self
                .replica
                .with_value(|r| r.as_ref().is_some_and(Replica::reading_fresh));
            if !more && !fresh {
                // Nothing new (the echo of this device's push, a poll): pages
                // keep what they show and the stored copy is still current.
                if news {
                    self.save_data_soon();
                    self.ready.set(true);
                    self.touch();
                }
                break;
            }
        }
        self.read_wanted_companies().await?;
        self.online.set(true);
        self.last_synced.set(Some(Utc::now()));
        self.work.update_value(|w| w.retry_ms = 0);
        Ok(())
    }

    /// Reads whole the companies a manager's device was asked to keep (after
    /// the pull that named them, so later changes reach it by pulls).
    async fn read_wanted_companies(&self) -> Result<(), AppError> {
        let wanted = self
            .replica
            .with_value(|r| r.as_ref().map(Replica::wanted))
            .unwrap_or_default();
        for company in wanted {
            let records = match sync_company(company).await {
                Ok(records) => Some(records),
                Err(error @ (AppError::Network(_) | AppError::Unavailable | AppError::Busy)) => {
                    return Err(error)
                }
                // Archived or out of reach meanwhile: nothing to keep.
                Err(_) => None,
            };
            self.replica.update_value(|r| {
                if let Some(r) = r.as_mut() {
                    r.take_company(company, records, Utc::now());
                }
            });
            self.save_data_soon();
            self.touch();
        }
        Ok(())
    }

    /// Sends the outbox, `MAX_PUSH` edits at a time; refused edits leave the
    /// screen and say why.
    async fn push_all(&self) -> Result<(), AppError> {
        loop {
            let Some((client_id, mutations)) = self.replica.with_value(|r| {
                r.as_ref()
                    .map(|r| (r.outbox.client_id, r.outbox.unsent(MAX_PUSH)))
            }) else {
                return Ok(());
            };
            if mutations.is_empty() {
                return Ok(());
            }
            let response = sync_push(PushRequest {
                client_id,
                mutations,
            })
            .await?;
            let refused = self
                .replica
                .try_update_value(|r| {
                    r.as_mut()
                        .map(|r| r.apply_push(&response, Utc::now()))
                        .unwrap_or_default()
                })
                .unwrap_or_default();
            self.saved_outbox();
            // Accepted edits already show; only refused ones leave the screen.
            if refused.is_empty() {
                self.show_pending();
            } else {
                self.touch();
            }
            for refusal in refused {
                self.problem(refusal.message());
            }
        }
    }

    fn failed(&self, error: AppError) {
        match error {
            AppError::Network(_) => self.online.set(false),
            AppError::Unauthorized => {
                self.problem(Text::new("sync-signed-out"));
                return;
            }
            other => leptos::logging::warn!("sync failed: {other}"),
        }
        let wait = (self.work.with_value(|w| w.retry_ms) * 2).clamp(RETRY_MIN_MS, RETRY_MAX_MS);
        self.work.update_value(|w| w.retry_ms = wait);
        let sync = *self;
        set_timeout(
            move || sync.schedule(),
            std::time::Duration::from_millis(wait.into()),
        );
    }

    /// Network changes, live events from the server, and a slow poll.
    fn listen(&self) {
        let sync = *self;
        self.online.set(window().navigator().on_line());
        let on_online = window_event_listener(leptos::ev::online, move |_| {
            sync.work.update_value(|w| w.retry_ms = 0);
            sync.schedule();
        });
        let on_offline =
            window_event_listener(leptos::ev::offline, move |_| sync.online.set(false));
        // Another tab queued an edit: show it here too, and send it.
        let on_storage = window_event_listener(leptos::ev::storage, move |_| {
            sync.adopt_stored_outbox();
            sync.schedule();
        });
        // They live as long as the page.
        std::mem::forget((on_online, on_offline, on_storage));

        if let Ok(source) = web_sys::EventSource::new("/sync/live") {
            let on_event = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |_| {
                sync.schedule();
            });
            for name in ["hello", "change"] {
                let _ = source
                    .add_event_listener_with_callback(name, on_event.as_ref().unchecked_ref());
            }
            on_event.forget();
            std::mem::forget(source);
        }
        let _ = set_interval_with_handle(
            move || sync.schedule(),
            std::time::Duration::from_millis(POLL_MS),
        );
    }
}

/// Asks the browser to keep this origin's storage under pressure, so the
/// device copy and the outbox are not evicted (Chromium decides without a
/// prompt; where the API is missing nothing happens).
fn keep_storage() {
    let navigator = window().navigator();
    let key = wasm_bindgen::JsValue::from_str("storage");
    let present = js_sys::Reflect::get(&navigator, &key).is_ok_and(|value| !value.is_undefined());
    if present {
        let _ = navigator.storage().persist();
    }
}
