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

    /// The role's name as a message key (see `i18n`).
    pub fn key(self) -> &'static str {
        match self {
            Role::Rep => "role-rep",
            Role::Manager => "role-manager",
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

/// Shortest password an account may be given: long beats clever.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Argon2 hashes any length; this only keeps a request's work bounded.
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// Why `password` is not good enough for the account `email`, if it is not.
pub fn password_problem(password: &str, email: &str) -> Option<String> {
    let chars = password.chars().count();
    let mut distinct: Vec<char> = password.chars().collect();
    distinct.sort_unstable();
    distinct.dedup();
    if password.trim().is_empty() {
        Some("Enter a password.".into())
    } else if chars < MIN_PASSWORD_CHARS {
        Some(format!(
            "The password is too short: use at least {MIN_PASSWORD_CHARS} characters (it has {chars})."
        ))
    } else if chars > MAX_PASSWORD_CHARS {
        Some(format!(
            "The password is too long: keep it under {MAX_PASSWORD_CHARS} characters."
        ))
    } else if distinct.len() < 4 {
        Some("The password repeats too few characters: use at least 4 different ones.".into())
    } else if password.trim().eq_ignore_ascii_case(email.trim())
        || password.to_lowercase().contains("fieldbook")
    {
        Some("The password is too easy to guess: do not use the email or the app's name.".into())
    } else {
        None
    }
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
    fn weak_passwords_are_refused_with_the_reason() {
        let email = "boss@team.test";
        assert!(password_problem("", email).is_some_and(|p| p.contains("Enter")));
        assert!(password_problem("short", email).is_some_and(|p| p.contains("too short")));
        assert!(
            password_problem("aaaaaaaaaaaaaaaa", email).is_some_and(|p| p.contains("different"))
        );
        assert!(password_problem("my-fieldbook-2026", email).is_some());
        assert!(password_problem(&"x1".repeat(600), email).is_some());
        assert_eq!(password_problem("plum tractor sunrise 7", email), None);
    }

    #[test]
    fn initials_take_the_first_two_words() {
        assert_eq!(initials("ana maria lopez"), "AM");
        assert_eq!(initials("Bo"), "B");
        assert_eq!(initials(""), "");
    }
}
