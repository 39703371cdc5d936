//! Writes the stored copy a moment after the data changed, a few hundred
//! records per task (see `pieces`), so that a big book never freezes a phone.

use gloo_storage::{LocalStorage, Storage};
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsValue;

use super::{storage::data_key, Sync};
use crate::{
    sync::{
        local_db,
        pieces::{stored_layout, Piece, SAVE_CHUNK},
        replica::Replica,
    },
    ui::when_idle,
};

const DATA_SAVE_DELAY_MS: u64 = 1_000;
/// Saves in steps started over in a row before one runs in a single task.
const MAX_SAVE_RESTARTS: u32 = 3;

/// The replica, if its base is still the one a save started from.
fn still_at(replica: &Option<Replica>, user: uuid::Uuid, cursor: i64) -> Option<&Replica> {
    replica
        .as_ref()
        .filter(|r| r.user.id == user && r.base.cursor == cursor)
}

/// The stored copy's text, as the IndexedDB entries it is kept in (see
/// `local_db`): each chunk of records with the text before it.
#[derive(Default)]
struct StoredPieces {
    done: Vec<JsValue>,
    text: String,
}

impl StoredPieces {
    fn write(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn chunk(&mut self, members: &str) {
        self.text.push_str(members);
        self.done.push(JsValue::from_str(&self.text));
        self.text.clear();
    }

    fn finish(mut self) -> Vec<JsValue> {
        if !self.text.is_empty() {
            self.done.push(JsValue::from_str(&self.text));
        }
        self.done
    }
}

/// Resolves in a later task, so that input waiting meanwhile (a finger
/// starting a drag) is handled first.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

impl Sync {
    /// Stores the base (and then the outbox that goes with it). Large books
    /// make this the most expensive step of a sync, so it runs a moment
    /// after a pull, once for a burst of pulls, not while a card is dropping.
    pub(super) fn save_data_soon(&self) {
        if self.work.with_value(|w| w.save_queued) {
            return;
        }
        self.work.update_value(|w| w.save_queued = true);
        let sync = *self;
        set_timeout(
            move || {
                let save = move || {
                    sync.work.update_value(|w| w.save_queued = false);
                    spawn_local(async move { sync.save_in_steps().await });
                };
                when_idle(save);
            },
            std::time::Duration::from_millis(DATA_SAVE_DELAY_MS),
        );
    }

    /// Stores the base `SAVE_CHUNK` records per task: a big book is megabytes
    /// of JSON, and serializing it in one task froze a phone for about
    /// 100 ms after every sync that brought anything. A pull landing between
    /// two steps moves the cursor: the steps so far are dropped and the save
    /// starts over soon, so what is stored is always one consistent state.
    /// After a few restarts in a row (a busy team's changes streaming in),
    /// the save runs in one task, so that it cannot be put off for ever.
    async fn save_in_steps(self) {
        let in_steps = self.work.with_value(|w| w.save_restarts) < MAX_SAVE_RESTARTS;
        let chunk = if in_steps { SAVE_CHUNK } else { usize::MAX };
        let start_over = move || {
            self.work.update_value(|w| w.save_restarts += 1);
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
        let mut stored = StoredPieces::default();
        for piece in stored_layout(head) {
            let part = match piece {
                Piece::Text(text) => {
                    stored.write(&text);
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
                            stored.write(",");
                        }
                        first = false;
                        stored.chunk(&members);
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
        self.work.update_value(|w| w.save_restarts = 0);
        match local_db::put_pieces(&data_key(&user), &stored.finish()).await {
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
}
