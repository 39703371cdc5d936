//! What the device stores, with its format version, and what a release does
//! with a format it did not write (an update, or a tab still running the
//! release before). Pure data and rules, so they are tested without a browser.
//!
//! - The device copy (IndexedDB) is only a copy of the server's data: one in a
//!   format this release cannot read is dropped and pulled again. The edits
//!   waiting are not in it, so nothing of the user's is lost.
//! - The outbox (local storage) is the user's own work: it is never dropped or
//!   written over. One from a newer release (after a rollback, or another tab
//!   already updated) is held: left exactly as stored, not sent, and no new
//!   edit is queued beside it until a release that reads it runs here.
//!
//! Copies and outboxes stored before formats were numbered have no `format`
//! field: they are format 1, the same shape as today.

use serde::{Deserialize, Serialize};

use super::{outbox::Outbox, snapshot::Snapshot};
use crate::i18n::Text;

/// The device copy's format. Bump it when a change cannot read older copies,
/// and say in `read_copy` how older ones are read (or that they are dropped).
pub const COPY_FORMAT: u32 = 1;
/// The outbox's format. Bump it only with a migration in `read_outbox`: an
/// outbox from before must always be read, or its edits are never sent.
pub const OUTBOX_FORMAT: u32 = 1;

/// Just the version, read before anything else (the rest may not parse).
#[derive(Deserialize)]
struct Format {
    #[serde(default = "first_format")]
    format: u32,
}

fn first_format() -> u32 {
    1
}

fn format_of(json: &str) -> Option<u32> {
    serde_json::from_str::<Format>(json).ok().map(|f| f.format)
}

/// The stored device copy, as this release can use it.
#[derive(Debug, PartialEq)]
pub enum CopyLoad {
    /// Nothing stored: the first pull fills it.
    Empty,
    Ready(Box<Snapshot>),
    /// Stored in a format this release does not read: start empty and pull.
    Dropped {
        format: Option<u32>,
    },
}

impl CopyLoad {
    pub fn into_snapshot(self) -> Snapshot {
        match self {
            CopyLoad::Ready(snapshot) => *snapshot,
            CopyLoad::Empty | CopyLoad::Dropped { .. } => Snapshot::default(),
        }
    }
}

pub fn read_copy(stored: Option<&str>) -> CopyLoad {
    read_copy_as(stored, COPY_FORMAT)
}

fn read_copy_as(stored: Option<&str>, current: u32) -> CopyLoad {
    let Some(json) = stored else {
        return CopyLoad::Empty;
    };
    match format_of(json) {
        Some(format) if format == current => match serde_json::from_str(json) {
            Ok(snapshot) => CopyLoad::Ready(Box::new(snapshot)),
            Err(_) => CopyLoad::Dropped {
                format: Some(format),
            },
        },
        // No migrations yet: any other format is pulled again.
        format => CopyLoad::Dropped { format },
    }
}

/// The stored outbox, as this release can use it.
#[derive(Debug, PartialEq)]
pub enum OutboxLoad {
    /// Nothing queued on this device for this user yet.
    Fresh,
    Ready(Outbox),
    /// Not readable by this release: kept as stored, never written over.
    Held {
        format: Option<u32>,
    },
}

pub fn read_outbox(stored: Option<&str>) -> OutboxLoad {
    read_outbox_as(stored, OUTBOX_FORMAT)
}

fn read_outbox_as(stored: Option<&str>, current: u32) -> OutboxLoad {
    let Some(json) = stored else {
        return OutboxLoad::Fresh;
    };
    match format_of(json) {
        // Older formats are migrated here when there are any.
        Some(format) if format <= current => match serde_json::from_str(json) {
            Ok(outbox) => OutboxLoad::Ready(outbox),
            Err(_) => OutboxLoad::Held {
                format: Some(format),
            },
        },
        format => OutboxLoad::Held { format },
    }
}

/// What gets stored: the outbox with its format.
#[derive(Serialize)]
struct Versioned<'a, T> {
    format: u32,
    #[serde(flatten)]
    body: &'a T,
}

pub fn outbox_json(outbox: &Outbox) -> serde_json::Result<String> {
    serde_json::to_string(&Versioned {
        format: OUTBOX_FORMAT,
        body: outbox,
    })
}

/// Why edits wait unsent, for the problems list.
pub fn held_message(format: Option<u32>) -> Text {
    match format {
        Some(format) if format > OUTBOX_FORMAT => Text::new("sync-held-newer"),
        _ => Text::new("sync-held-unreadable"),
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::{
        customers::model::CompanyPatch,
        sync::model::{Mutation, MutationOp},
    };

    fn outbox_with_an_edit() -> Outbox {
        let mut outbox = Outbox::new();
        outbox.pending.push(Mutation {
            id: 1,
            op: MutationOp::UpdateCompany {
                id: Uuid::from_u128(7),
                patch: CompanyPatch::single("phone", "+49 30 1234567").expect("patch"),
            },
        });
        outbox.next_id = 2;
        outbox
    }

    #[test]
    fn an_outbox_is_stored_with_its_format_and_read_back_whole() {
        let outbox = outbox_with_an_edit();
        let json = outbox_json(&outbox).expect("json");
        assert!(json.starts_with(&format!("{{\"format\":{OUTBOX_FORMAT},")));
        assert_eq!(read_outbox(Some(&json)), OutboxLoad::Ready(outbox));
        assert_eq!(read_outbox(None), OutboxLoad::Fresh);
    }

    #[test]
    fn an_outbox_stored_before_formats_were_numbered_keeps_its_edits() {
        let outbox = outbox_with_an_edit();
        let legacy = serde_json::to_string(&outbox).expect("json");
        assert!(!legacy.contains("format"));
        assert_eq!(read_outbox(Some(&legacy)), OutboxLoad::Ready(outbox));
    }

    #[test]
    fn an_outbox_from_a_newer_release_is_held_never_replaced_by_an_empty_one() {
        let json = outbox_json(&outbox_with_an_edit()).expect("json");
        let newer = json.replacen(
            &format!("\"format\":{OUTBOX_FORMAT}"),
            &format!("\"format\":{}", OUTBOX_FORMAT + 1),
            1,
        );
        assert_eq!(
            read_outbox(Some(&newer)),
            OutboxLoad::Held {
                format: Some(OUTBOX_FORMAT + 1)
            }
        );
        // Even when its edits would parse: a newer format may mean them differently.
        assert_eq!(held_message(Some(OUTBOX_FORMAT + 1)).key, "sync-held-newer");
        assert_eq!(held_message(None).key, "sync-held-unreadable");
        // An edit this release does not know is held too, not skipped.
        let unknown = json.replace("update_company", "merge_companies");
        assert!(matches!(
            read_outbox(Some(&unknown)),
            OutboxLoad::Held { format: Some(1) }
        ));
        assert!(matches!(
            read_outbox(Some("not json")),
            OutboxLoad::Held { format: None }
        ));
    }

    #[test]
    fn a_release_reads_outboxes_of_every_older_format() {
        let json = outbox_json(&outbox_with_an_edit()).expect("json");
        // A later release (format 2) still reads what this one stored.
        assert!(matches!(
            read_outbox_as(Some(&json), OUTBOX_FORMAT + 1),
            OutboxLoad::Ready(_)
        ));
    }

    #[test]
    fn a_device_copy_in_another_format_is_dropped_and_pulled_again() {
        let mut snapshot = Snapshot {
            cursor: 42,
            ..Snapshot::default()
        };
        snapshot.team.clear();
        let legacy = serde_json::to_string(&snapshot).expect("json");
        assert_eq!(
            read_copy(Some(&legacy)),
            CopyLoad::Ready(Box::new(snapshot.clone()))
        );
        assert_eq!(read_copy(None), CopyLoad::Empty);

        let current = format!(
            "{{\"format\":{COPY_FORMAT},{}",
            legacy.trim_start_matches('{')
        );
        assert_eq!(
            read_copy(Some(&current)),
            CopyLoad::Ready(Box::new(snapshot.clone()))
        );
        let newer = current.replacen(
            &format!("\"format\":{COPY_FORMAT}"),
            &format!("\"format\":{}", COPY_FORMAT + 1),
            1,
        );
        let dropped = read_copy(Some(&newer));
        assert_eq!(
            dropped,
            CopyLoad::Dropped {
                format: Some(COPY_FORMAT + 1)
            }
        );
        // Dropped means empty: the next pull starts from the beginning.
        assert_eq!(dropped.into_snapshot().cursor, 0);
        assert_eq!(
            read_copy_as(Some(&current), COPY_FORMAT + 1),
            CopyLoad::Dropped {
                format: Some(COPY_FORMAT)
            }
        );
        assert!(matches!(
            read_copy(Some("{\"cursor\": \"broken\"")),
            CopyLoad::Dropped { .. }
        ));
    }
}
