//! The browser side of sync: loads the device's copy from local storage, queues
//! edits durably, pushes and pulls whenever there is something to do (an edit, a
//! live event, the network coming back, a timer), and tells pages when the data
//! they show has changed.
//!
//! - `storage`: the stored copy and outbox, read and written (and taken in
//!   from other tabs);
//! - `save`: the copy written in steps, a moment after the data changed;
//! - `runner`: start, the push-and-pull rounds, backoff and the events that
//!   start them.
//!
//! On the server (SSR) nothing runs and `ready` stays false, so pages render
//! their loading state there and on the first (hydrating) render in the browser;
//! the local copy appears right after, without waiting for the network.

#[cfg(feature = "hydrate")]
mod runner;
#[cfg(feature = "hydrate")]
mod save;
#[cfg(feature = "hydrate")]
mod storage;

use chrono::Utc;
use leptos::prelude::*;

use super::{model::MutationOp, outbox::Problem, replica::Replica, snapshot::Snapshot};
#[cfg(not(feature = "hydrate"))]
use crate::auth::model::CurrentUser;
use crate::{error::AppError, i18n::Text};

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
    /// Refused edits and sync problems, until the user dismisses them; put
    /// into words where shown, in the language of the moment.
    pub problems: RwSignal<Vec<Problem>>,
    /// When this device last finished a sync round with the server.
    pub last_synced: RwSignal<Option<chrono::DateTime<Utc>>>,
    /// The stored outbox is one this release cannot read (see `stored`): it
    /// is left as it is, and no edit is queued until a release that reads it runs.
    held: StoredValue<bool>,
    /// The browser's bookkeeping of rounds and saves (only the browser syncs).
    #[cfg(feature = "hydrate")]
    work: StoredValue<runner::Work>,
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
        held: StoredValue::new(false),
        #[cfg(feature = "hydrate")]
        work: StoredValue::new(runner::Work::default()),
    };
    provide_context(sync);
    sync
}

/// The app's sync, provided at its root. On the server, Leptos' async SSR
/// can run a `Transition`'s children once more after the page's owner is
/// gone (seen in CI: the top bar's sync state); that late render gets a
/// fresh `Sync`, whose defaults are what the server renders anyway, rather
/// than a panic. In the browser a missing one is a bug, and says so.
pub fn use_sync() -> Sync {
    if cfg!(feature = "ssr") {
        use_context::<Sync>().unwrap_or_else(provide_sync)
    } else {
        expect_context::<Sync>()
    }
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
            return Err(AppError::Conflict(Text::new("sync-held-reload")));
        }
        let result = self.replica.try_update_value(|r| match r {
            Some(replica) => replica.submit(op, Utc::now()).map(drop),
            None => Err(AppError::Conflict(Text::new("sync-still-loading"))),
        });
        result.unwrap_or(Err(AppError::Internal))?;
        // Adopted just above, with nothing in between: write without reading again.
        self.write_outbox();
        self.after_paint();
        Ok(())
    }

    /// Whether this device holds everything at `company` its user may see
    /// (see `scope`). Tracks changes.
    pub fn has_whole(&self, company: uuid::Uuid) -> bool {
        self.changed.track();
        self.replica
            .with_value(|r| r.as_ref().is_none_or(|r| r.has_whole(company)))
    }

    /// A manager opened a customer's card: the device keeps it whole from
    /// now on, read at the next sync round.
    pub fn keep_whole(&self, company: uuid::Uuid) {
        let wanted = self
            .replica
            .try_update_value(|r| r.as_mut().is_some_and(|r| r.keep(company)))
            .unwrap_or_default();
        if wanted {
            self.schedule();
        }
    }

    /// Makes pages read the data again (e.g. to undo what a screen showed too early).
    pub fn refresh_views(&self) {
        self.touch();
    }

    /// The signed-in user's id, once their copy is loaded.
    pub fn user_id(&self) -> Option<uuid::Uuid> {
        self.replica.with_value(|r| r.as_ref().map(|r| r.user.id))
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
}

#[cfg(not(feature = "hydrate"))]
impl Sync {
    fn adopt_stored_outbox(&self) {}
    pub fn start(&self, _user: CurrentUser) {}
    pub fn schedule(&self) {}
    pub fn forget_local_copy(&self) {}
    fn write_outbox(&self) {}
}
