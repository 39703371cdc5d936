//! The customers' device-side half: how their edits change the device's copy
//! (as `service` does on the server) and the customer list read from it, with
//! the same search and duplicate rules as the server (`model`, `search::model`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{
    name_key, Company, CompanyPage, CompanyPatch, CompanyQuery, CompanySummary, NewCompany,
    PAGE_SIZE,
};
use crate::{
    auth::model::CurrentUser,
    deals::model::DealStatus,
    sync::{
        scope::{OnTeamDevice, TeamScope},
        snapshot::Snapshot,
    },
};

pub fn create(snap: &mut Snapshot, user: &CurrentUser, new: &NewCompany, now: DateTime<Utc>) {
    if snap.companies.contains_key(&new.id) {
        return;
    }
    let owner_id = new.owner_id.unwrap_or(user.id);
    let company = Company {
        id: new.id,
        name: new.name.clone(),
        industry: new.industry.clone(),
        segment: new.segment.clone(),
        tags: new.tags.clone(),
        classification: new.classification,
        source: new.source,
        payment_terms: new.payment_terms,
        address: new.address.clone(),
        phone: new.phone.clone(),
        website: new.website.clone(),
        owner_id,
        owner_name: snap.member_name(owner_id),
        created_at: now,
        updated_at: now,
    };
    snap.companies.insert(company.id, company);
}

/// A new owner takes the people at the customer with it, and the previous
/// owner's open deals and activities there.
pub fn update(snap: &mut Snapshot, id: Uuid, patch: &CompanyPatch, now: DateTime<Utc>) {
    let owner_name = patch.owner_id.map(|o| snap.member_name(o));
    let Some(company) = snap.companies.get_mut(&id) else {
        return;
    };
    let previous_owner = company.owner_id;
    patch.apply_to(company);
    company.updated_at = now;
    let Some(name) = owner_name else { return };
    company.owner_name = name;
    let owner = company.owner_id;
    let owner_name = company.owner_name.clone();
    for contact in snap.contacts.values_mut().filter(|c| c.company_id == id) {
        contact.owner_id = owner;
    }
    for activity in snap
        .activities
        .values_mut()
        .filter(|a| a.company_id == id && a.owner_id == previous_owner)
    {
        activity.owner_id = owner;
    }
    for deal in snap.deals.values_mut().filter(|d| {
        d.company_id == id && d.owner_id == previous_owner && d.status == DealStatus::Open
    }) {
        deal.owner_id = owner;
        deal.owner_name = owner_name.clone();
    }
}

/// Archived records leave the device; others' records at the company stay
/// gone until the server agrees (a rep's refusal brings them back).
pub fn archive(snap: &mut Snapshot, id: Uuid) {
    if snap.companies.remove(&id).is_some() {
        snap.contacts.retain(|_, c| c.company_id != id);
        snap.deals.retain(|_, d| d.company_id != id);
        snap.activities.retain(|_, a| a.company_id != id);
    }
}

impl Snapshot {
    /// One page of the customer list. A search matches as every search box
    /// does (`search::model`: phone numbers by digits, folded text), over the
    /// company's fields and its contacts'; best matches first, then by name.
    pub fn company_page(&self, query: &CompanyQuery) -> CompanyPage {
        use crate::search::{
            index::{company_haystack, contact_haystack},
            model::{Query, Tier},
        };
        let search = Query::parse(&query.search);
        let mut contact_count: HashMap<Uuid, i64> = HashMap::new();
        let mut contact_match: HashMap<Uuid, Tier> = HashMap::new();
        for c in self.contacts.values() {
            *contact_count.entry(c.company_id).or_default() += 1;
            if search.is_empty() {
                continue;
            }
            if let Some(tier) = contact_haystack(c).rank(&search) {
                // A contact's match is never its company's name.
                let tier = tier.max(Tier::WordStart);
                let best = contact_match.entry(c.company_id).or_insert(tier);
                *best = (*best).min(tier);
            }
        }
        let tag = query.tag.as_deref().map(|t| t.trim().to_lowercase());
        let mut matching: Vec<(Tier, String, &Company)> = self
            .companies
            .values()
            .filter(|c| query.classification.is_none_or(|k| c.classification == k))
            .filter(|c| query.owner_id.is_none_or(|o| c.owner_id == o))
            .filter(|c| {
                tag.as_ref()
                    .is_none_or(|t| c.tags.iter().any(|own| own == t))
            })
            .filter_map(|c| {
                let tier = if search.is_empty() {
                    Tier::Leading
                } else {
                    let own = company_haystack(c).rank(&search);
                    match (own, contact_match.get(&c.id)) {
                        (Some(a), Some(b)) => a.min(*b),
                        (a, b) => a.or(b.copied())?,
                    }
                };
                Some((
                    tier,
                    crate::i18n::collate::sort_key(query.locale, &c.name),
                    c,
                ))
            })
            .collect();
        matching.sort_unstable_by(|a, b| {
            (a.0, &a.1, &a.2.name, a.2.id).cmp(&(b.0, &b.1, &b.2.name, b.2.id))
        });
        let total = matching.len() as i64;
        let last_page = ((total + PAGE_SIZE - 1) / PAGE_SIZE - 1).max(0);
        let page = query.page.clamp(0, last_page);
        let items = matching
            .into_iter()
            .skip((page * PAGE_SIZE) as usize)
            .take(PAGE_SIZE as usize)
            .map(|(_, _, c)| CompanySummary {
                id: c.id,
                name: c.name.clone(),
                industry: c.industry.clone(),
                classification: c.classification,
                phone: c.phone.clone(),
                owner_name: c.owner_name.clone(),
                contact_count: self
                    .keeps_contacts_of(c, query.reader)
                    .then(|| contact_count.get(&c.id).copied().unwrap_or(0)),
            })
            .collect();
        CompanyPage { items, total, page }
    }

    /// Whether every contact of `company` is here: always on a rep's device;
    /// on a manager's, at `reader`'s own customers and those kept whole.
    pub fn keeps_contacts_of(&self, company: &Company, reader: Option<Uuid>) -> bool {
        self.scope.is_none() || reader == Some(company.owner_id) || self.kept.contains(&company.id)
    }

    /// Every tag used on the device's customers, with how many carry it, by name.
    pub fn tag_counts(&self) -> Vec<(String, usize)> {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for tag in self.companies.values().flat_map(|c| &c.tags) {
            *counts.entry(tag.as_str()).or_default() += 1;
        }
        counts
            .into_iter()
            .map(|(t, n)| (t.to_string(), n))
            .collect()
    }

    /// Whether a company other than `except` already has this name, compared
    /// as the server's unique index compares (`customers::model::name_key`).
    pub fn company_name_taken(&self, name: &str, except: Option<Uuid>) -> bool {
        let key = name_key(name);
        self.companies
            .values()
            .any(|c| Some(c.id) != except && name_key(&c.name) == key)
    }
}

/// Every company stays on a manager's device: the customer list is the
/// team's, and each deal and activity names its customer.
impl OnTeamDevice for Company {
    fn kept_by(&self, _scope: &TeamScope) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::{
        model::MutationOp,
        testing::{now, with_acme},
    };

    #[test]
    fn the_duplicate_name_check_ignores_case_like_the_server() {
        let (replica, id) = with_acme();
        let view = replica.view();
        assert!(view.company_name_taken("ACME", None));
        assert!(view.company_name_taken("  acme ", None));
        assert!(!view.company_name_taken("Acme Ltd", None));
        assert!(!view.company_name_taken("acme", Some(id)), "its own name");
    }

    #[test]
    fn the_customer_list_finds_phone_digits_and_filters_by_tag() {
        let (mut replica, id) = with_acme();
        replica
            .submit(
                MutationOp::UpdateCompany {
                    id,
                    patch: CompanyPatch {
                        phone: Some("+371 21 017 0483".into()),
                        tags: Some(vec!["vip".into()]),
                        ..Default::default()
                    },
                },
                now(),
            )
            .expect("valid");
        let other = NewCompany {
            name: "Baltic Acme".into(),
            ..NewCompany::blank()
        };
        replica
            .submit(MutationOp::CreateCompany(other), now())
            .expect("valid");
        let page = |search: &str, tag: Option<&str>| {
            replica
                .view()
                .company_page(&CompanyQuery {
                    search: search.into(),
                    tag: tag.map(String::from),
                    ..Default::default()
                })
                .items
                .into_iter()
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        assert_eq!(page("210170483", None), ["Acme"]);
        assert_eq!(page("", Some("VIP")), ["Acme"]);
        assert_eq!(page("", None), ["Acme", "Baltic Acme"]);
        assert_eq!(page("acme", None), ["Acme", "Baltic Acme"], "prefix first");
        assert_eq!(page("acm", Some("vip")), ["Acme"]);
        assert_eq!(replica.view().tag_counts(), [("vip".to_string(), 1)]);
    }

    #[test]
    fn the_customer_list_is_in_the_reader_s_alphabetical_order() {
        let (mut replica, _) = with_acme();
        for name in ["Čakste", "Cukurs", "Zeltiņš", "Tamm"] {
            let company = NewCompany {
                name: name.into(),
                ..NewCompany::blank()
            };
            replica
                .submit(MutationOp::CreateCompany(company), now())
                .expect("valid");
        }
        let names = |locale| {
            replica
                .view()
                .company_page(&CompanyQuery {
                    locale,
                    ..Default::default()
                })
                .items
                .into_iter()
                .map(|c| c.name)
                .collect::<Vec<_>>()
        };
        use crate::i18n::Locale;
        assert_eq!(
            names(Locale::En),
            ["Acme", "Čakste", "Cukurs", "Tamm", "Zeltiņš"]
        );
        assert_eq!(
            names(Locale::Lv),
            ["Acme", "Cukurs", "Čakste", "Tamm", "Zeltiņš"]
        );
        assert_eq!(
            names(Locale::Et),
            ["Acme", "Čakste", "Cukurs", "Zeltiņš", "Tamm"]
        );
    }
}
