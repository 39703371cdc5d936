//! The kinds of synced record (made from the list in `kinds.rs`). Change
//! records, tombstones and the pull all name their kind with `Entity`, so a
//! kind the change log names and this release does not know is logged, never
//! silently dropped.

pub use super::kinds::Entity;

impl Entity {
    /// The kind a change-log row names; `None` for one this release does not know.
    pub fn parse(name: &str) -> Option<Entity> {
        Entity::ALL.iter().copied().find(|e| e.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_match_the_wire() {
        for &entity in Entity::ALL {
            assert_eq!(Entity::parse(entity.as_str()), Some(entity));
            let wire = serde_json::to_string(&entity).expect("json");
            assert_eq!(wire, format!("\"{}\"", entity.as_str()));
        }
        assert_eq!(Entity::parse("invoice"), None);
    }
}
