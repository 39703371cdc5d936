use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::text_enum::text_enum;

text_enum!(ArchiveKind {
    Company => ("company", "Company"),
    Contact => ("contact", "Contact"),
    Deal => ("deal", "Deal"),
    Activity => ("activity", "Activity"),
});

/// One archived record, as the Archive page lists it. Rows archived together
/// with a company are listed under it (`with_company`), not on their own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArchivedItem {
    pub kind: ArchiveKind,
    pub id: Uuid,
    /// The company's name, the contact's name, the deal's title or the activity's subject.
    pub label: String,
    /// The customer it belongs to (none for a company).
    pub company_name: Option<String>,
    pub owner_name: String,
    pub archived_at: DateTime<Utc>,
    pub archived_by: Option<String>,
    /// For a company: the contacts, deals and activities archived with it.
    pub with_company: i64,
}

/// What is still live at a company and belongs to someone other than the
/// person archiving it: per person, their open deals and planned activities.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blockers(pub BTreeMap<String, (i64, i64)>);

impl Blockers {
    pub fn add(&mut self, person: &str, open_deals: i64, planned: i64) {
        let entry = self.0.entry(person.to_string()).or_default();
        entry.0 += open_deals;
        entry.1 += planned;
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|(deals, planned)| deals + planned == 0)
    }

    /// "Ben Carter still has 1 open deal here; Chloe Diaz still has 2 planned activities here."
    pub fn message(&self) -> String {
        self.0
            .iter()
            .filter(|(_, (deals, planned))| deals + planned > 0)
            .map(|(person, (deals, planned))| {
                let mut what = Vec::new();
                if *deals > 0 {
                    what.push(count(*deals, "open deal", "open deals"));
                }
                if *planned > 0 {
                    what.push(count(*planned, "planned activity", "planned activities"));
                }
                format!("{person} still has {} here", what.join(" and "))
            })
            .collect::<Vec<_>>()
            .join("; ")
            + "."
    }
}

/// "1 open deal", "3 open deals".
pub fn count(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// What archiving a company takes with it, for the confirmation a user sees first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyReach {
    pub contacts: i64,
    pub open_deals: i64,
    pub closed_deals: i64,
    pub activities: i64,
    /// Others' open deals and planned activities: a rep is refused, a manager confirms.
    pub blockers: Blockers,
}

impl CompanyReach {
    /// "2 contacts, 1 open deal, 3 activities" (empty when nothing goes with it).
    pub fn summary(&self) -> String {
        let parts = [
            (self.contacts, "contact", "contacts"),
            (self.open_deals, "open deal", "open deals"),
            (self.closed_deals, "closed deal", "closed deals"),
            (self.activities, "activity", "activities"),
        ];
        parts
            .iter()
            .filter(|(n, _, _)| *n > 0)
            .map(|(n, one, many)| count(*n, one, many))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// An audited erase: the dependent rows removed with the record, by kind
/// (plural nouns: "contacts", "deals", "activities", "stage changes", "field changes").
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erased {
    pub label: String,
    pub dependents: BTreeMap<String, i64>,
}

impl Erased {
    /// "Erased “Acme” with 1 contact, 2 deals and 6 field changes."
    pub fn summary(&self) -> String {
        let parts: Vec<String> = self
            .dependents
            .iter()
            .map(|(kind, n)| {
                let one = match kind.as_str() {
                    "activities" => "activity",
                    plural => plural.strip_suffix('s').unwrap_or(plural),
                };
                count(*n, one, kind)
            })
            .collect();
        match parts.split_last() {
            None => format!("Erased “{}”.", self.label),
            Some((last, [])) => format!("Erased “{}” with {last}.", self.label),
            Some((last, rest)) => {
                format!(
                    "Erased “{}” with {} and {last}.",
                    self.label,
                    rest.join(", ")
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blockers_name_each_person_and_what_they_still_have() {
        let mut b = Blockers::default();
        assert!(b.is_empty());
        b.add("Ben Carter", 1, 0);
        b.add("Chloe Diaz", 0, 2);
        b.add("Ben Carter", 0, 1);
        assert!(!b.is_empty());
        assert_eq!(
            b.message(),
            "Ben Carter still has 1 open deal and 1 planned activity here; \
             Chloe Diaz still has 2 planned activities here."
        );
    }

    #[test]
    fn an_erase_says_what_went_with_the_record() {
        let mut erased = Erased {
            label: "Acme".into(),
            ..Default::default()
        };
        assert_eq!(erased.summary(), "Erased “Acme”.");
        erased.dependents.insert("contacts".into(), 1);
        assert_eq!(erased.summary(), "Erased “Acme” with 1 contact.");
        erased.dependents.insert("activities".into(), 2);
        erased.dependents.insert("field changes".into(), 6);
        assert_eq!(
            erased.summary(),
            "Erased “Acme” with 2 activities, 1 contact and 6 field changes."
        );
    }

    #[test]
    fn the_reach_summary_counts_only_what_is_there() {
        let reach = CompanyReach {
            contacts: 2,
            open_deals: 1,
            activities: 3,
            ..Default::default()
        };
        assert_eq!(reach.summary(), "2 contacts, 1 open deal, 3 activities");
        assert_eq!(CompanyReach::default().summary(), "");
    }
}
