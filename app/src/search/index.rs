//! The device's search index: every company, contact, deal and activity on
//! the device as folded text (see `model::Haystack`), built once per change
//! of the device's data, then scanned per keystroke. A letter typed at the
//! end only looks through the last matches (`Searcher`).
//!
//! A scan, not an inverted index: phone digits and words must match inside
//! too ("210170483" in "+371 21 017 0483", "cme" in "Acme"), which a
//! token index cannot answer without a scan of its own; and 20,000 records
//! of folded text are a few megabytes that a phone scans in milliseconds.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{Haystack, Query, Tier};
use crate::{
    activities::model::Activity, contacts::model::Contact, customers::model::Company,
    deals::model::Deal, sync::snapshot::Snapshot,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Company,
    Contact,
    Deal,
    Activity,
}

/// A company: name, tags, industry, address, phone, website.
pub fn company_haystack(c: &Company) -> Haystack {
    let tags = c.tags.join(" ");
    Haystack::new(
        &c.name,
        &[&tags, &c.industry, &c.address, &c.phone, &c.website],
        &[&c.phone],
    )
}

/// A contact: name, email, phone.
pub fn contact_haystack(c: &Contact) -> Haystack {
    Haystack::new(&c.name, &[&c.email, &c.phone], &[&c.phone])
}

fn deal_haystack(d: &Deal) -> Haystack {
    Haystack::new(&d.title, &[], &[])
}

fn activity_haystack(a: &Activity) -> Haystack {
    Haystack::new(&a.subject, &[&a.body], &[])
}

struct Entry {
    kind: Kind,
    id: Uuid,
    recency: DateTime<Utc>,
    hay: Haystack,
}

/// One result: which record, how well it matched, how recent it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub kind: Kind,
    pub id: Uuid,
    pub tier: Tier,
    pub recency: DateTime<Utc>,
}

#[derive(Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

impl SearchIndex {
    pub fn build(snap: &Snapshot) -> SearchIndex {
        let mut entries = Vec::with_capacity(
            snap.companies.len() + snap.contacts.len() + snap.deals.len() + snap.activities.len(),
        );
        let mut add = |kind, id, recency, hay| {
            entries.push(Entry {
                kind,
                id,
                recency,
                hay,
            })
        };
        for c in snap.companies.values() {
            add(Kind::Company, c.id, c.updated_at, company_haystack(c));
        }
        for c in snap.contacts.values() {
            add(Kind::Contact, c.id, c.updated_at, contact_haystack(c));
        }
        for d in snap.deals.values() {
            add(Kind::Deal, d.id, d.updated_at, deal_haystack(d));
        }
        for a in snap.activities.values() {
            let recency = a.updated_at.max(a.happened_at());
            add(Kind::Activity, a.id, recency, activity_haystack(a));
        }
        SearchIndex { entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries matching `query` (among `within` only, when given).
    fn matching(&self, query: &Query, within: Option<&[usize]>) -> Vec<(usize, Tier)> {
        let rank = |i: usize| self.entries[i].hay.rank(query).map(|tier| (i, tier));
        match within {
            Some(candidates) => candidates.iter().filter_map(|&i| rank(i)).collect(),
            None => (0..self.entries.len()).filter_map(rank).collect(),
        }
    }

    /// The `best` first matches: by tier, then the most recently changed.
    /// Only those are sorted (a 20,000-record book can match 15,000 times,
    /// and a page shows 50).
    fn ranked(&self, matches: &[(usize, Tier)], best: usize) -> Vec<Hit> {
        let key = |h: &Hit| (h.tier, std::cmp::Reverse(h.recency), h.kind, h.id);
        let mut hits: Vec<Hit> = matches
            .iter()
            .map(|&(i, tier)| {
                let e = &self.entries[i];
                Hit {
                    kind: e.kind,
                    id: e.id,
                    tier,
                    recency: e.recency,
                }
            })
            .collect();
        if best == 0 {
            return Vec::new();
        }
        if hits.len() > best {
            hits.select_nth_unstable_by_key(best - 1, key);
            hits.truncate(best);
        }
        hits.sort_unstable_by_key(key);
        hits
    }

    /// Every match of `query`, best first.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        self.ranked(&self.matching(query, None), usize::MAX)
    }
}

/// Searches as someone types: keeps the last query's matches, so a letter
/// added at the end scans those instead of the whole index.
#[derive(Default)]
pub struct Searcher {
    last: Option<(Query, Vec<(usize, Tier)>)>,
}

impl Searcher {
    /// The `best` first matches of `query` in `index`, and how many there
    /// are in all. Call `reset` when the index is rebuilt.
    pub fn search(&mut self, index: &SearchIndex, query: &Query, best: usize) -> (Vec<Hit>, usize) {
        if query.is_empty() {
            self.last = None;
            return (Vec::new(), 0);
        }
        let within: Option<Vec<usize>> = self
            .last
            .as_ref()
            .filter(|(last, _)| last.narrows_to(query))
            .map(|(_, found)| found.iter().map(|(i, _)| *i).collect());
        let found = index.matching(query, within.as_deref());
        let hits = index.ranked(&found, best);
        let total = found.len();
        self.last = Some((query.clone(), found));
        (hits, total)
    }

    pub fn reset(&mut self) {
        self.last = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        activities::model::{ActivityKind, NewActivity},
        auth::model::{CurrentUser, Role},
        contacts::model::NewContact,
        customers::model::NewCompany,
        sync::{model::MutationOp, ops::apply},
    };

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(1_800_000_000 + secs, 0).expect("valid")
    }

    fn user() -> CurrentUser {
        CurrentUser {
            id: Uuid::from_u128(1),
            name: "Ana".into(),
            email: "ana@example.test".into(),
            role: Role::Rep,
        }
    }

    /// A small book: each record created at its own time, so recency differs.
    fn book() -> (Snapshot, Uuid, Uuid, Uuid) {
        let mut snap = Snapshot::default();
        let company = |name: &str, phone: &str, tags: &[&str]| NewCompany {
            name: name.into(),
            phone: phone.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            industry: "Food retail".into(),
            address: "Brīvības iela 1, Rīga".into(),
            ..NewCompany::blank()
        };
        let old = company("Acme Foods", "+371 21 017 0483", &["vip"]);
        let new = company("Fresh Acme", "+44 20 7946 0000", &["wholesale"]);
        let (old_id, new_id) = (old.id, new.id);
        apply(&mut snap, &user(), &MutationOp::CreateCompany(old), at(0));
        apply(&mut snap, &user(), &MutationOp::CreateCompany(new), at(10));
        let visit = NewActivity {
            kind: ActivityKind::Visit,
            subject: "Store visit".into(),
            body: "Manager wants the chiller serviced before Easter".into(),
            done: true,
            ..NewActivity::blank(old_id)
        };
        let visit_id = visit.id;
        apply(
            &mut snap,
            &user(),
            &MutationOp::CreateActivity(visit),
            at(20),
        );
        let contact = NewContact {
            name: "Zane Ozola".into(),
            email: "zane@acme.example".into(),
            phone: "(021) 555-0100".into(),
            ..NewContact::blank(new_id)
        };
        apply(
            &mut snap,
            &user(),
            &MutationOp::CreateContact(contact),
            at(30),
        );
        (snap, old_id, new_id, visit_id)
    }

    fn ids(hits: &[Hit]) -> Vec<(Kind, Uuid)> {
        hits.iter().map(|h| (h.kind, h.id)).collect()
    }

    #[test]
    fn finds_every_kind_of_record_by_its_fields() {
        let (snap, old, new, visit) = book();
        let index = SearchIndex::build(&snap);
        let find = |q: &str| ids(&index.search(&Query::parse(q)));
        assert_eq!(find("210170483"), [(Kind::Company, old)], "phone digits");
        assert_eq!(find("chiller"), [(Kind::Activity, visit)], "notes");
        assert_eq!(find("wholesale"), [(Kind::Company, new)], "tags");
        assert_eq!(
            find("riga brivibas").len(),
            2,
            "address, without diacritics"
        );
        assert_eq!(find("0215550100").len(), 1, "contact phone digits");
        assert_eq!(find("zane@acme").len(), 1, "contact email");
        assert!(find("nothing like this").is_empty());
    }

    #[test]
    fn prefix_matches_come_first_then_the_most_recent() {
        let (snap, old, new, _) = book();
        let index = SearchIndex::build(&snap);
        let hits = index.search(&Query::parse("acme"));
        // "Acme Foods" starts with it; "Fresh Acme" (newer) has it at a word's
        // start; the contact's email (newest) has it inside "zane@acme…" too,
        // at a word start after "@".
        assert_eq!(hits[0].id, old);
        assert_eq!(hits[0].tier, Tier::Leading);
        let rest: Vec<_> = hits[1..].iter().map(|h| h.kind).collect();
        assert_eq!(rest, [Kind::Contact, Kind::Company], "newest first");
        assert_eq!(hits[2].id, new);
        // Within a tier, recency decides.
        let food = index.search(&Query::parse("food"));
        assert_eq!(ids(&food), [(Kind::Company, new), (Kind::Company, old)]);
    }

    #[test]
    fn typing_on_narrows_and_taking_back_widens_again() {
        let (snap, _, _, _) = book();
        let index = SearchIndex::build(&snap);
        let mut searcher = Searcher::default();
        for typed in ["a", "ac", "acm", "acme", "acme f", "acme", "acm", "fre"] {
            let query = Query::parse(typed);
            let all = index.search(&query);
            assert_eq!(
                searcher.search(&index, &query, usize::MAX),
                (all.clone(), all.len()),
                "{typed}: the same as a full scan"
            );
            // The best two are the full ranking's first two, whatever the rest.
            let (best, total) = searcher.search(&index, &query, 2);
            assert_eq!(
                (best.as_slice(), total),
                (&all[..all.len().min(2)], all.len())
            );
        }
    }
}
