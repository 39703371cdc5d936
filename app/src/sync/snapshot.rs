//! The device's copy of the records it keeps, by kind and id. What each
//! domain reads from it and how each edit changes it live in that domain's
//! `local.rs`; this file only holds the records and takes the pull's changes.

pub use super::kinds::Snapshot;
use uuid::Uuid;

impl Snapshot {
    /// A team member's name, as records carry it ("" for someone unknown here).
    pub(crate) fn member_name(&self, id: Uuid) -> String {
        self.team
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    }
}
