//! The stored copy (IndexedDB) and the outbox (local storage): read at start,
//! the outbox written after every edit and taken in from other tabs of this
//! browser, which share it.

use chrono::Utc;
use gloo_storage::{LocalStorage, Storage};
use leptos::{prelude::*, task::spawn_local};

use super::Sync;
use crate::{
    auth::model::CurrentUser,
    i18n::Text,
    sync::{
        local_db,
        snapshot::Snapshot,
        stored::{self, CopyLoad, OutboxLoad},
    },
};

pub(super) fn data_key(user: &CurrentUser) -> String {
    format!("fieldbook.v1.{}.data", user.id)
}

fn outbox_key(user: &CurrentUser) -> String {
    format!("fieldbook.v1.{}.outbox", user.id)
}

/// The stored copy of `user`'s data: from IndexedDB (see `local_db`), else from local storage
/// (where copies lived before), else empty (the first pull fills it). One
/// in a format this release does not read is pulled again (see `stored`).
pub(super) async fn load_base(user: &CurrentUser) -> Snapshot {
    let key = data_key(user);
    // In pieces; else whole, as releases before pieces stored it.
    let stored = match local_db::get_pieces(&key).await {
        Ok(None) => local_db::get(&key).await,
        found => found,
    };
    let json = match stored {
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
pub(super) fn load_outbox(user: &CurrentUser) -> OutboxLoad {
    let raw = LocalStorage::raw()
        .get_item(&outbox_key(user))
        .ok()
        .flatten();
    stored::read_outbox(raw.as_deref())
}

impl Sync {
    /// Signing out of a shared phone: the customer data goes, edits still
    /// waiting stay (they are sent when this user signs in again).
    pub fn forget_local_copy(&self) {
        if let Some(user) = self
            .replica
            .with_value(|r| r.as_ref().map(|r| r.user.clone()))
        {
            LocalStorage::delete(data_key(&user));
            spawn_local(async move {
                if let Err(error) = local_db::delete_copy(&data_key(&user)).await {
                    leptos::logging::warn!("could not delete the local copy: {error}");
                }
            });
        }
        self.work.update_value(|w| w.loading = None);
        self.replica.set_value(None);
        self.held.set_value(false);
        self.ready.set(false);
    }

    /// Leaves a stored outbox this release cannot read as it is (see `stored`).
    pub(super) fn hold(&self, format: Option<u32>) {
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
            .work
            .with_value(|w| w.outbox_seen.as_deref() == Some(raw.as_str()))
        {
            return;
        }
        let stored = match stored::read_outbox(Some(&raw)) {
            OutboxLoad::Ready(outbox) => outbox,
            // Another tab already runs a newer release: its queue is not ours to write.
            OutboxLoad::Held { format } => return self.hold(format),
            OutboxLoad::Fresh => return,
        };
        self.work.update_value(|w| w.outbox_seen = Some(raw));
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
                let json =
                    stored::outbox_json(&r.outbox_to_store()).map_err(|error| error.to_string())?;
                LocalStorage::raw()
                    .set_item(&outbox_key(&r.user), &json)
                    .map_err(|error| format!("{error:?}"))?;
                Ok::<_, String>(json)
            })
        });
        match saved {
            Some(Ok(json)) => self.work.update_value(|w| w.outbox_seen = Some(json)),
            Some(Err(error)) => {
                leptos::logging::error!("could not save the outbox: {error}");
                self.problem(Text::new("sync-storage-full"));
            }
            None => {}
        }
    }
}
