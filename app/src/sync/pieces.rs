//! The stored copy written in pieces: its head, then each big part a few
//! hundred records at a time, so a save never holds a phone's main thread for
//! long (see `client::save`). Joined, the pieces are the JSON of the whole
//! `Snapshot`, the format copies have always been stored in (see `stored`).

use std::collections::HashMap;

use serde::Serialize;
use uuid::Uuid;

pub use super::kinds::Part;

/// Records a save serializes per task: a few milliseconds on a phone.
pub const SAVE_CHUNK: usize = 250;

/// A piece of the stored copy's JSON: text, or the members of a part's JSON
/// object (`"id":{…}`, separated by commas, see `Snapshot::members_json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Members(Part),
}

/// The stored copy as pieces: its head (everything but the parts, see
/// `Snapshot::head_json`), then each part as an object field, then the closing
/// brace. Joined, they are the JSON of the whole `Snapshot`, the format copies
/// have always been stored in.
pub fn stored_layout(head: String) -> Vec<Piece> {
    let mut pieces = vec![Piece::Text(head)];
    for &part in Part::ALL {
        pieces.push(Piece::Text(format!(",\"{}\":{{", part.field())));
        pieces.push(Piece::Members(part));
        pieces.push(Piece::Text("}".into()));
    }
    pieces.push(Piece::Text("}".into()));
    pieces
}

/// Some of a part's records, serialized as a JSON object.
pub(super) struct Members<'a, T>(pub(super) &'a HashMap<Uuid, T>, pub(super) &'a [Uuid]);

impl<T: Serialize> Serialize for Members<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for id in self.1 {
            if let Some(record) = self.0.get(id) {
                map.serialize_entry(id, record)?;
            }
        }
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::{
        auth::model::{Role, TeamMember},
        sync::snapshot::Snapshot,
        sync::testing::{board_of, with_acme},
    };

    #[test]
    fn the_stored_copy_joins_its_head_and_parts_into_the_snapshot() {
        let (replica, _) = with_acme();
        let mut snap = board_of(&[(1, 10, 0), (2, 20, 1024), (3, 20, 2048)]);
        snap.companies = replica.base.companies.clone();
        snap.cursor = 42;
        snap.team = vec![TeamMember {
            id: Uuid::from_u128(1),
            name: "Ana \"Lopez\"".into(),
            role: Role::Rep,
        }];
        // Chunks of two records, as a save joins them (a vanished id adds nothing).
        let mut json = String::new();
        for piece in stored_layout(snap.head_json().expect("head")) {
            match piece {
                Piece::Text(text) => json.push_str(&text),
                Piece::Members(part) => {
                    let mut ids = snap.part_ids(part);
                    ids.push(Uuid::from_u128(404));
                    let members: Vec<String> = ids
                        .chunks(2)
                        .map(|chunk| snap.members_json(part, chunk).expect("members"))
                        .filter(|m| !m.is_empty())
                        .collect();
                    json.push_str(&members.join(","));
                }
            }
        }
        let stored: Snapshot = serde_json::from_str(&json).expect("the stored format");
        assert_eq!(stored, snap);
        // Saved in steps, it still names its format and loads.
        assert_eq!(
            crate::sync::stored::read_copy(Some(&json)),
            crate::sync::stored::CopyLoad::Ready(Box::new(snap.clone()))
        );
        // Copies stored whole (before parts) read the same way.
        let whole = serde_json::to_string(&snap).expect("whole");
        assert_eq!(
            serde_json::from_str::<Snapshot>(&whole).expect("old format"),
            stored
        );
    }
}
