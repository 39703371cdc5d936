//! The browser side of sync: loads the device's copy from local storage, queues
//! edits durably, pushes and pulls whenever there is something to do (an edit, a
//! live event, the network coming back, a timer), and tells pages when the data
//! they show has changed.
//!
//! On the server (SSR) nothing runs and `ready` stays false, so pages render
//! their loading state there and on the first (hydrating) render in the browser;
//! the local copy appears right after, without waiting for the network.

use chrono::Utc;
use leptos::prelude::*;

use super::{
    model::MutationOp,
    replica::{Replica, Snapshot},
};
#[cfg(not(feature = "hydrate"))]
use crate::auth::model::CurrentUser;
use crate::error::AppError;

#[derive(Clone, Copy)]
pub struct Sync {
    replica: StoredValue<Option<Replica>>,
    /// Bumped whenever the view changes; reading data through `with_view` subscribes to it.
    changed: RwSignal<u64>,
    /// The local copy is loaded (false on the server and while hydrating).
    pub ready: RwSignal<bool>,
    /// Whether the last attempt to reach the server worked.
    pub online: RwSignal<bool>,
    pub syncing: RwSignal<bool>,
    /// Edits waiting for the server.
    pub pending: RwSignal<usize>,
    /// Refused edits and sync problems, in words, until the user dismisses them.
    pub problems: RwSignal<Vec<String>>,
    /// When this device last finished a sync round with the server.
    pub last_synced: RwSignal<Option<chrono::DateTime<Utc>>>,
    // Only the browser syncs; the server renders the loading state.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    running: StoredValue<bool>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    again: StoredValue<bool>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    retry_ms: StoredValue<u32>,
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    data_save_queued: StoredValue<bool>,
    /// Saves in steps started over in a row because pulls kept landing.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    data_save_restarts: StoredValue<u32>,
    /// Whose local copy is being read from the device's database (it is async).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    loading: StoredValue<Option<uuid::Uuid>>,
    /// The stored outbox as this tab last read or wrote it: while it is unchanged
    /// no other tab queued anything, and it need not be parsed again (that parse
    /// ran on every edit, a dropped card included).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    outbox_seen: StoredValue<Option<String>>,
    /// The stored outbox is one this release cannot read (see `stored`): it
    /// is left as it is, and no edit is queued until a release that reads it runs.
    held: StoredValue<bool>,
}

pub fn provide_sync() -> Sync {
    let sync = Sync {
        replica: StoredValue::new(None),
        changed: RwSignal::new(0),
        ready: RwSignal::new(false),
        online: RwSignal::new(true),
        syncing: RwSignal::new(false),
        pending: RwSignal::new(0),
        problems: RwSignal::new(Vec::new()),
        last_synced: RwSignal::new(None),
        running: StoredValue::new(false),
        again: StoredValue::new(false),
        retry_ms: StoredValue::new(0),
        data_save_queued: StoredValue::new(false),
        data_save_restarts: StoredValue::new(0),
        loading: StoredValue::new(None),
        outbox_seen: StoredValue::new(None),
        held: StoredValue::new(false),
    };
    provide_context(sync);
    sync
}

pub fn use_sync() -> Sync {
    expect_context::<Sync>()
}

impl Sync {
    /// Reads the data pages show; `None` until the local copy is loaded. Tracks changes.
    pub fn with_view<R>(&self, f: impl FnOnce(&Snapshot) -> R) -> Option<R> {
        self.changed.track();
        if !self.ready.get() {
            return None;
        }
        self.replica.with_value(|r| r.as_ref().map(|r| f(r.view())))
    }

    /// Checks an edit, shows it at once, keeps it in the outbox (which survives
    /// reloads and restarts) and sends it as soon as the server is reachable.
    /// Field errors come back here, before anything is queued.
    pub fn submit(&self, op: MutationOp) -> Result<(), AppError> {
        // Never reuse an id another tab gave its edit: the server would skip ours.
        self.adopt_stored_outbox();
        if self.held.get_value() {
            return Err(AppError::Conflict(
                "Edits saved by another version of Fieldbook wait on this device: reload to update before editing."
                    .into(),
            ));
        }
        let result = self.replica.try_update_value(|r| match r {
            Some(replica) => replica.submit(op, Utc::now()).map(drop),
            None => Err(AppError::Network(
                "your data is still loading. Try again in a moment.".into(),
            )),
        });
        result.unwrap_or(Err(AppError::Internal))?;
        // Adopted just above, with nothing in between: write without reading again.
        self.write_outbox();
        self.after_paint();
        Ok(())
    }

    /// Makes pages read the data again (e.g. to undo what a screen showed too early).
    pub fn refresh_views(&self) {
        self.touch();
    }

    /// The view changed because of the user's own action, which the screen already
    /// shows (a dropped card): let that frame paint before pages recompute and
    /// before the push and pull (and their work on the main thread) start.
    fn after_paint(&self) {
        self.show_pending();
        #[cfg(feature = "hydrate")]
        {
            let sync = *self;
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        sync.changed.update(|v| *v += 1);
                        sync.schedule();
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
        #[cfg(not(feature = "hydrate"))]
        self.changed.update(|v| *v += 1);
    }

    fn touch(&self) {
        self.show_pending();
        self.changed.update(|v| *v += 1);
    }

    fn show_pending(&self) {
        let pending = self
            .replica
            .with_value(|r| r.as_ref().map(Replica::pending).unwrap_or(0));
        self.pending.set(pending);
    }

    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    fn problem(&self, message: String) {
        self.problems.update(|list| {
            if !list.contains(&message) {
                list.push(message);
            }
        });
    }
}

#[cfg(not(feature = "hydrate"))]
impl Sync {
    fn adopt_stored_outbox(&self) {}
    pub fn start(&self, _user: CurrentUser) {}
    pub fn schedule(&self) {}
    pub fn forget_local_data(&self) {}
    fn write_outbox(&self) {}
}

#[cfg(feature = "hydrate")]
mod browser {
    use chrono::Utc;
    use gloo_storage::{LocalStorage, Storage};
    use js_sys::JsString;
    use leptos::{prelude::*, task::spawn_local};
    use wasm_bindgen::{closure::Closure, JsCast};

    use super::{super::local_db, Sync};
    use crate::{
        auth::model::CurrentUser,
        error::AppError,
        offline,
        sync::{
            api::{sync_pull, sync_push},
            model::{PullRequest, PushRequest},
            replica::{stored_layout, Outbox, Piece, Replica, Snapshot, SAVE_CHUNK},
            stored::{self, CopyLoad, OutboxLoad},
        },
    };

    const MAX_PUSH: usize = 200;
    const RETRY_MIN_MS: u32 = 2_000;
    const RETRY_MAX_MS: u32 = 30_000;
    /// A safety net: live events normally trigger pulls long before this.
    const POLL_MS: u64 = 60_000;
    const DATA_SAVE_DELAY_MS: u64 = 1_000;
    /// Saves in steps started over in a row before one runs in a single task.
    const MAX_SAVE_RESTARTS: u32 = 3;

    fn data_key(user: &CurrentUser) -> String {
        format!("fieldbook.v1.{}.data", user.id)
    }

    fn outbox_key(user: &CurrentUser) -> String {
        format!("fieldbook.v1.{}.outbox", user.id)
    }

    /// The replica, if its base is still the one a save started from.
    fn still_at(replica: &Option<Replica>, user: uuid::Uuid, cursor: i64) -> Option<&Replica> {
        replica
            .as_ref()
            .filter(|r| r.user.id == user && r.base.cursor == cursor)
    }

    /// Resolves in a later task, so that input waiting meanwhile (a finger
    /// starting a drag) is handled first.
    async fn next_task() {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback(&resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }

    /// The stored copy of `user`'s data: from IndexedDB, else from local storage
    /// (where copies lived before), else empty (the first pull fills it). One
    /// in a format this release does not read is pulled again (see `stored`).
    async fn load_base(user: &CurrentUser) -> Snapshot {
        let key = data_key(user);
        let json = match local_db::get(&key).await {
            Ok(Some(json)) => Some(json),
            Ok(None) => LocalStorage::raw().get_item(&key).ok().flatten(),
            Err(error) => {
                leptos::logging::warn!("could not read the local copy: {error}");
                LocalStorage::raw().get_item(&key).ok().flatten()
            }
        };
        let copy = stored::read_copy(json.as_deref());
        if let CopyLoad::Dropped { format } = &copy {
            leptos::logging::warn!("the local copy (format {format:?}) is pulled again");
        }
        copy.into_snapshot()
    }

    /// The outbox as stored, or why it cannot be used (see `stored`).
    fn load_outbox(user: &CurrentUser) -> OutboxLoad {
        let raw = LocalStorage::raw()
            .get_item(&outbox_key(user))
            .ok()
            .flatten();
        stored::read_outbox(raw.as_deref())
    }

    impl Sync {
        /// Loads `user`'s local copy and starts syncing it (once per page load and user).
        pub fn start(&self, user: CurrentUser) {
            let same = self
                .replica
                .with_value(|r| r.as_ref().is_some_and(|r| r.user.id == user.id));
            if same || self.loading.get_value() == Some(user.id) {
                return;
            }
            self.loading.set_value(Some(user.id));
            let sync = *self;
            spawn_local(async move {
                let base = load_base(&user).await;
                if sync.loading.get_value() != Some(user.id) {
                    return; // signed out (or someone else signed in) meanwhile
                }
                sync.loading.set_value(None);
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

        /// Signing out of a shared phone: the customer data goes, edits still
        /// waiting stay (they are sent when this user signs in again).
        pub fn forget_local_data(&self) {
            // The kept pages show this user's name and role.
            offline::forget_pages();
            if let Some(user) = self
                .replica
                .with_value(|r| r.as_ref().map(|r| r.user.clone()))
            {
                LocalStorage::delete(data_key(&user));
                crate::forecast::view::forget_cached(user.id);
                spawn_local(async move {
                    if let Err(error) = local_db::delete(&data_key(&user)).await {
                        leptos::logging::warn!("could not delete the local copy: {error}");
                    }
                });
            }
            self.loading.set_value(None);
            self.replica.set_value(None);
            self.held.set_value(false);
            self.ready.set(false);
        }

        /// Leaves a stored outbox this release cannot read as it is (see `stored`).
        fn hold(&self, format: Option<u32>) {
            if !self.held.get_value() {
                self.held.set_value(true);
                self.problem(stored::held_message(format));
            }
        }

        /// Merges edits queued by another tab into this one (see `Replica::adopt`).
        pub(super) fn adopt_stored_outbox(&self) {
            let Some(user) = self
                .replica
                .with_value(|r| r.as_ref().map(|r| r.user.clone()))
            else {
                return;
            };
            let Ok(Some(raw)) = LocalStorage::raw().get_item(&outbox_key(&user)) else {
                return;
            };
            if self
                .outbox_seen
                .with_value(|seen| seen.as_deref() == Some(raw.as_str()))
            {
                return;
            }
            let stored = match stored::read_outbox(Some(&raw)) {
                OutboxLoad::Ready(outbox) => outbox,
                // Another tab already runs a newer release: its queue is not ours to write.
                OutboxLoad::Held { format } => return self.hold(format),
                OutboxLoad::Fresh => return,
            };
            self.outbox_seen.set_value(Some(raw));
            let adopted = self
                .replica
                .try_update_value(|r| r.as_mut().is_some_and(|r| r.adopt(stored, Utc::now())))
                .unwrap_or(false);
            if adopted {
                self.touch();
            }
        }

        pub(super) fn saved_outbox(&self) {
            // Keep what another tab queued since we last looked: never write over it.
            self.adopt_stored_outbox();
            self.write_outbox();
        }

        pub(super) fn write_outbox(&self) {
            if self.held.get_value() {
                return;
            }
            let saved = self.replica.with_value(|r| {
                r.as_ref().map(|r| {
                    let json = stored::outbox_json(&r.outbox_to_store())
                        .map_err(|error| error.to_string())?;
                    LocalStorage::raw()
                        .set_item(&outbox_key(&r.user), &json)
                        .map_err(|error| format!("{error:?}"))?;
                    Ok::<_, String>(json)
                })
            });
            match saved {
                Some(Ok(json)) => self.outbox_seen.set_value(Some(json)),
                Some(Err(error)) => {
                    leptos::logging::error!("could not save the outbox: {error}");
                    self.problem(
                        "This device's storage is full: edits made offline may not survive a reload."
                            .into(),
                    );
                }
                None => {}
            }
        }

        /// Stores the base (and then the outbox that goes with it). Large books
        /// make this the most expensive step of a sync, so it runs a moment
        /// after a pull, once for a burst of pulls, not while a card is dropping.
        fn save_data_soon(&self) {
            if self.data_save_queued.get_value() {
                return;
            }
            self.data_save_queued.set_value(true);
            let sync = *self;
            set_timeout(
                move || {
                    let save = move || {
                        sync.data_save_queued.set_value(false);
                        sync.saved_data();
                    };
                    // When the page is idle, so it never lands in the middle of a drag;
                    // browsers without idle callbacks (older Safari) save right away.
                    let key = wasm_bindgen::JsValue::from_str("requestIdleCallback");
                    let idle = web_sys::js_sys::Reflect::get(&window(), &key)
                        .is_ok_and(|f| f.is_function());
                    if idle {
                        let callback = Closure::once_into_js(save);
                        let _ = window().request_idle_callback(callback.unchecked_ref());
                    } else {
                        save();
                    }
                },
                std::time::Duration::from_millis(DATA_SAVE_DELAY_MS),
            );
        }

        fn saved_data(&self) {
            let sync = *self;
            spawn_local(async move { sync.save_in_steps().await });
        }

        /// Stores the base `SAVE_CHUNK` records per task: a big book is megabytes
        /// of JSON, and serializing it in one task froze a phone for about
        /// 100 ms after every sync that brought anything. A pull landing between
        /// two steps moves the cursor: the steps so far are dropped and the save
        /// starts over soon, so what is stored is always one consistent state.
        /// After a few restarts in a row (a busy team's changes streaming in),
        /// the save runs in one task, so that it cannot be put off for ever.
        async fn save_in_steps(self) {
            let in_steps = self.data_save_restarts.get_value() < MAX_SAVE_RESTARTS;
            let chunk = if in_steps { SAVE_CHUNK } else { usize::MAX };
            let start_over = move || {
                self.data_save_restarts.update_value(|n| *n += 1);
                self.save_data_soon();
            };
            // The edits confirmed up to now are in the base being stored.
            let Some((user, cursor, head, confirmed)) = self.replica.with_value(|r| {
                r.as_ref().map(|r| {
                    let head = r.base.head_json();
                    (r.user.clone(), r.base.cursor, head, r.unstored_len())
                })
            }) else {
                return;
            };
            let head = match head {
                Ok(head) => head,
                Err(error) => {
                    leptos::logging::error!("could not serialize the local copy: {error}");
                    return;
                }
            };
            // JS joins the pieces without copying them.
            let mut json = JsString::from("");
            for piece in stored_layout(head) {
                let part = match piece {
                    Piece::Text(text) => {
                        json = json.concat(&JsString::from(text.as_str()));
                        continue;
                    }
                    Piece::Members(part) => part,
                };
                let Some(ids) = self
                    .replica
                    .with_value(|r| still_at(r, user.id, cursor).map(|r| r.base.part_ids(part)))
                else {
                    start_over();
                    return;
                };
                let mut first = true;
                for chunk in ids.chunks(chunk) {
                    if in_steps {
                        next_task().await;
                    }
                    let members = self.replica.with_value(|r| {
                        still_at(r, user.id, cursor).map(|r| r.base.members_json(part, chunk))
                    });
                    match members {
                        Some(Ok(members)) if members.is_empty() => {}
                        Some(Ok(members)) => {
                            if !first {
                                json = json.concat(&JsString::from(","));
                            }
                            first = false;
                            json = json.concat(&JsString::from(members.as_str()));
                        }
                        Some(Err(error)) => {
                            leptos::logging::error!("could not serialize the local copy: {error}");
                            return;
                        }
                        // A pull changed the base meanwhile: start over.
                        None => {
                            start_over();
                            return;
                        }
                    }
                }
            }
            self.data_save_restarts.set_value(0);
            match local_db::put(&data_key(&user), &json).await {
                Ok(()) => {
                    // Copies from before IndexedDB took over.
                    LocalStorage::delete(data_key(&user));
                    self.replica.update_value(|r| {
                        if let Some(r) = r.as_mut().filter(|r| r.user.id == user.id) {
                            r.base_stored(confirmed);
                        }
                    });
                    self.saved_outbox();
                }
                // Only a cache: the next visit pulls it again.
                Err(error) => leptos::logging::warn!("could not cache data locally: {error}"),
            }
        }

        /// Runs a sync round soon; a round already running runs once more instead.
        pub fn schedule(&self) {
            if self.running.get_value() {
                self.again.set_value(true);
                return;
            }
            self.running.set_value(true);
            let sync = *self;
            spawn_local(async move { sync.run().await });
        }

        async fn run(self) {
            self.syncing.set(true);
            loop {
                self.again.set_value(false);
                if let Err(error) = self.round().await {
                    self.failed(error);
                    break;
                }
                let unsent = self
                    .replica
                    .with_value(|r| r.as_ref().is_some_and(|r| !r.outbox.unsent(1).is_empty()));
                if !self.again.get_value() && !unsent {
                    break;
                }
            }
            self.running.set_value(false);
            self.syncing.set(false);
        }

        /// Push everything queued, then pull everything new.
        async fn round(&self) -> Result<(), AppError> {
            self.adopt_stored_outbox();
            loop {
                let Some((client_id, mutations)) = self.replica.with_value(|r| {
                    r.as_ref()
                        .map(|r| (r.outbox.client_id, r.outbox.unsent(MAX_PUSH)))
                }) else {
                    return Ok(());
                };
                if mutations.is_empty() {
                    break;
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
            let mut news = !self.ready.get_untracked();
            loop {
                let Some((client_id, cursor)) = self
                    .replica
                    .with_value(|r| r.as_ref().map(|r| (r.outbox.client_id, r.base.cursor)))
                else {
                    return Ok(());
                };
                let response = sync_pull(PullRequest { client_id, cursor }).await?;
                news |= self
                    .replica
                    .try_update_value(|r| {
                        r.as_mut()
                            .is_some_and(|r| r.apply_pull(&response, Utc::now()))
                    })
                    .unwrap_or_default();
                if !response.more {
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
            self.online.set(true);
            self.last_synced.set(Some(Utc::now()));
            self.retry_ms.set_value(0);
            Ok(())
        }

        fn failed(&self, error: AppError) {
            match error {
                AppError::Network(_) => self.online.set(false),
                AppError::Unauthorized => {
                    self.problem("You were signed out. Sign in again to send your edits.".into());
                    return;
                }
                other => leptos::logging::warn!("sync failed: {other}"),
            }
            let wait = (self.retry_ms.get_value() * 2).clamp(RETRY_MIN_MS, RETRY_MAX_MS);
            self.retry_ms.set_value(wait);
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
                sync.retry_ms.set_value(0);
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
        let present = web_sys::js_sys::Reflect::get(&navigator, &key)
            .is_ok_and(|value| !value.is_undefined());
        if present {
            let _ = navigator.storage().persist();
        }
    }
}
