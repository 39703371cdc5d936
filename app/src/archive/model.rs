use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{i18n::Text, text_enum::text_enum};

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

    /// "Ben Carter still has 1 open deal and 1 planned activity here." (one
    /// person), else "Ben Carter, Chloe Diaz still have open deals or planned
    /// activities here."; `confirm` adds that a manager may go ahead anyway.
    pub fn text(&self, confirm: bool) -> Text {
        let people: Vec<(&String, i64, i64)> = self
            .0
            .iter()
            .filter(|(_, (deals, planned))| deals + planned > 0)
            .map(|(person, (deals, planned))| (person, *deals, *planned))
            .collect();
        let [(person, deals, planned)] = people.as_slice() else {
            let names: Vec<&str> = people.iter().map(|p| p.0.as_str()).collect();
            let key = if confirm {
                "archive-blocked-many-confirm"
            } else {
                "archive-blocked-many"
            };
            return Text::new(key).arg("people", names.join(", "));
        };
        let key = match (*deals > 0, *planned > 0, confirm) {
            (true, true, false) => "archive-blocked-both",
            (true, true, true) => "archive-blocked-both-confirm",
            (true, false, false) => "archive-blocked-deals",
            (true, false, true) => "archive-blocked-deals-confirm",
            (false, _, false) => "archive-blocked-planned",
            (false, _, true) => "archive-blocked-planned-confirm",
        };
        Text::new(key)
            .arg("person", person.as_str())
            .num("deals", *deals)
            .num("planned", *planned)
    }
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
    /// "2 contacts", "1 open deal", "3 activities": what goes with the
    /// company (nothing when it goes alone).
    pub fn parts(&self) -> Vec<Text> {
        [
            ("archive-reach-contacts", self.contacts),
            ("archive-reach-open-deals", self.open_deals),
            ("archive-reach-closed-deals", self.closed_deals),
            ("archive-reach-activities", self.activities),
        ]
        .into_iter()
        .filter(|(_, n)| *n > 0)
        .map(|(key, n)| Text::new(key).num("count", n))
        .collect()
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
    /// "1 contact", "2 deals", "6 field changes": what went with the record.
    pub fn parts(&self) -> Vec<Text> {
        self.dependents
            .iter()
            .map(|(kind, n)| {
                let key = match kind.as_str() {
                    "contacts" => "archive-erased-contacts",
                    "deals" => "archive-erased-deals",
                    "activities" => "archive-erased-activities",
                    "stage changes" => "archive-erased-stage-changes",
                    "field changes" => "archive-erased-field-changes",
                    _ => "archive-erased-other",
                };
                Text::new(key).num("count", *n).arg("kind", kind.as_str())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blockers_name_the_person_and_what_they_still_have() {
        let mut b = Blockers::default();
        assert!(b.is_empty());
        b.add("Ben Carter", 1, 0);
        b.add("Ben Carter", 0, 1);
        b.add("Chloe Diaz", 0, 0);
        assert!(!b.is_empty());
        assert_eq!(
            b.text(false),
            Text::new("archive-blocked-both")
                .arg("person", "Ben Carter")
                .num("deals", 1)
                .num("planned", 1)
        );
        assert_eq!(b.text(true).key, "archive-blocked-both-confirm");
        let mut planned = Blockers::default();
        planned.add("Ben Carter", 0, 2);
        assert_eq!(planned.text(false).key, "archive-blocked-planned");
        planned.add("Chloe Diaz", 3, 0);
        assert_eq!(
            planned.text(false),
            Text::new("archive-blocked-many").arg("people", "Ben Carter, Chloe Diaz")
        );
        assert_eq!(planned.text(true).key, "archive-blocked-many-confirm");
    }

    #[test]
    fn an_erase_says_what_went_with_the_record() {
        let mut erased = Erased {
            label: "Acme".into(),
            ..Default::default()
        };
        assert!(erased.parts().is_empty());
        erased.dependents.insert("contacts".into(), 1);
        erased.dependents.insert("activities".into(), 2);
        erased.dependents.insert("field changes".into(), 6);
        let parts: Vec<(String, i64)> = erased
            .parts()
            .into_iter()
            .map(|t| match t.args.first() {
                Some((_, crate::i18n::Arg::Number(n))) => (t.key, *n),
                _ => (t.key, -1),
            })
            .collect();
        assert_eq!(
            parts,
            vec![
                ("archive-erased-activities".to_string(), 2),
                ("archive-erased-contacts".to_string(), 1),
                ("archive-erased-field-changes".to_string(), 6),
            ]
        );
    }

    /// Keys chosen at run time, which the scan of the code cannot see.
    #[test]
    fn every_key_made_here_is_in_every_language() {
        use crate::i18n::{source, Locale, Messages};
        let keys = [
            "archive-blocked-both",
            "archive-blocked-both-confirm",
            "archive-blocked-deals",
            "archive-blocked-deals-confirm",
            "archive-blocked-planned",
            "archive-blocked-planned-confirm",
            "archive-blocked-many",
            "archive-blocked-many-confirm",
            "archive-reach-contacts",
            "archive-reach-open-deals",
            "archive-reach-closed-deals",
            "archive-reach-activities",
            "archive-erased-contacts",
            "archive-erased-deals",
            "archive-erased-activities",
            "archive-erased-stage-changes",
            "archive-erased-field-changes",
            "archive-erased-other",
        ];
        for locale in Locale::ALL {
            let messages = Messages::parse(locale, source(locale));
            for key in keys {
                assert!(messages.has(key), "{} lacks {key}", locale.tag());
            }
        }
    }

    #[test]
    fn the_words_read_as_a_sentence_in_each_language() {
        use crate::i18n::{source, Locale, Messages};
        let en = Messages::parse(Locale::En, source(Locale::En));
        let mut b = Blockers::default();
        b.add("Ben Carter", 0, 1);
        assert_eq!(
            en.show(&b.text(false)),
            "Ben Carter still has 1 planned activity here."
        );
        b.add("Ben Carter", 2, 0);
        assert_eq!(
            en.show(&b.text(true)),
            "Ben Carter still has 2 open deals and 1 planned activity here. \
             Confirm to archive it with everything at it."
        );
        let lv = Messages::parse(Locale::Lv, source(Locale::Lv));
        let mut b = Blockers::default();
        b.add("Jānis", 11, 21);
        assert_eq!(
            lv.show(&b.text(false)),
            "Jānis: šeit vēl ir 11 atvērtu darījumu un 21 plānota aktivitāte."
        );
        let reach = CompanyReach {
            contacts: 1,
            ..Default::default()
        };
        assert_eq!(en.show(&reach.parts()[0]), "1 contact");
    }

    #[test]
    fn the_reach_counts_only_what_is_there() {
        let reach = CompanyReach {
            contacts: 2,
            open_deals: 1,
            activities: 3,
            ..Default::default()
        };
        assert_eq!(
            reach.parts(),
            vec![
                Text::new("archive-reach-contacts").num("count", 2),
                Text::new("archive-reach-open-deals").num("count", 1),
                Text::new("archive-reach-activities").num("count", 3),
            ]
        );
        assert!(CompanyReach::default().parts().is_empty());
    }
}
