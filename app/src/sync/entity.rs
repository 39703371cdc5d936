//! The registry of synced kinds. Change records, tombstones and the pull all
//! name their kind with `Entity`, so a kind added here and forgotten anywhere
//! else is a compile error, never a record silently dropped.

use serde::{Deserialize, Serialize};

/// A kind of record that devices keep. The names are the change log's
/// `entity` column and the wire's (`"company"`), so stored data never moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Entity {
    Company,
    Contact,
    Deal,
    Pipeline,
    Stage,
    Activity,
}

impl Entity {
    pub const ALL: [Entity; 6] = [
        Entity::Company,
        Entity::Contact,
        Entity::Deal,
        Entity::Pipeline,
        Entity::Stage,
        Entity::Activity,
    ];

    /// Its name in the change log.
    pub fn as_str(self) -> &'static str {
        match self {
            Entity::Company => "company",
            Entity::Contact => "contact",
            Entity::Deal => "deal",
            Entity::Pipeline => "pipeline",
            Entity::Stage => "stage",
            Entity::Activity => "activity",
        }
    }

    /// The kind a change-log row names; `None` for one this release does not know.
    pub fn parse(name: &str) -> Option<Entity> {
        Entity::ALL.into_iter().find(|e| e.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_and_match_the_wire() {
        for entity in Entity::ALL {
            assert_eq!(Entity::parse(entity.as_str()), Some(entity));
            let wire = serde_json::to_string(&entity).expect("json");
            assert_eq!(wire, format!("\"{}\"", entity.as_str()));
        }
        assert_eq!(Entity::parse("invoice"), None);
    }
}
