use serde::{Deserialize, Serialize};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Rep,
    Manager,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Rep => "rep",
            Role::Manager => "manager",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        match value {
            "rep" => Some(Role::Rep),
            "manager" => Some(Role::Manager),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Rep => "Sales rep",
            Role::Manager => "Manager",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: Uuid,
    pub name: String,
    pub email: String,
    pub role: Role,
}

impl CurrentUser {
    pub fn is_manager(&self) -> bool {
        self.role == Role::Manager
    }

    /// Reps work their own customers; managers see the whole team's.
    pub fn can_access(&self, owner_id: Uuid) -> bool {
        self.is_manager() || self.id == owner_id
    }
}

/// A team member as shown in owner pickers and lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub id: Uuid,
    pub name: String,
    pub role: Role,
}

/// "Ana Lopez" -> "AL": shown on cards where space is tight.
pub fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .take(2)
        .flat_map(char::to_uppercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn managers_access_everything_and_reps_only_their_own() {
        let rep = CurrentUser {
            id: Uuid::new_v4(),
            name: "Ana".into(),
            email: "ana@x.test".into(),
            role: Role::Rep,
        };
        let manager = CurrentUser {
            role: Role::Manager,
            id: Uuid::new_v4(),
            ..rep.clone()
        };
        let other = Uuid::new_v4();
        assert!(rep.can_access(rep.id));
        assert!(!rep.can_access(other));
        assert!(manager.can_access(other));
    }

    #[test]
    fn initials_take_the_first_two_words() {
        assert_eq!(initials("ana maria lopez"), "AM");
        assert_eq!(initials("Bo"), "B");
        assert_eq!(initials(""), "");
    }
}
