//! The contacts' device-side half: how their edits change the device's copy
//! (as `service` does on the server) and a customer's contacts read from it.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{Contact, ContactPatch, NewContact};
use crate::{
    i18n::Locale,
    sync::{
        scope::{OnTeamDevice, TeamScope},
        snapshot::Snapshot,
    },
};

/// A contact belongs to its customer's owner.
pub fn create(snap: &mut Snapshot, new: &NewContact, now: DateTime<Utc>) {
    let Some(company) = snap.companies.get(&new.company_id) else {
        return;
    };
    if snap.contacts.contains_key(&new.id) {
        return;
    }
    let contact = Contact {
        id: new.id,
        company_id: new.company_id,
        name: new.name.clone(),
        title: new.title.clone(),
        email: new.email.clone(),
        phone: new.phone.clone(),
        notes: new.notes.clone(),
        owner_id: company.owner_id,
        created_at: now,
        updated_at: now,
    };
    snap.contacts.insert(contact.id, contact);
}

pub fn update(snap: &mut Snapshot, id: Uuid, patch: &ContactPatch, now: DateTime<Utc>) {
    if let Some(contact) = snap.contacts.get_mut(&id) {
        patch.apply_to(contact);
        contact.updated_at = now;
    }
}

pub fn archive(snap: &mut Snapshot, id: Uuid) {
    snap.contacts.remove(&id);
}

impl Snapshot {
    /// A company's contacts, by name as `locale` sorts names.
    pub fn contacts_of(&self, company_id: Uuid, locale: Locale) -> Vec<Contact> {
        let mut list: Vec<Contact> = self
            .contacts
            .values()
            .filter(|c| c.company_id == company_id)
            .cloned()
            .collect();
        super::model::sort_by_name(&mut list, locale);
        list
    }
}

/// A manager's device keeps the contacts of their own customers and of those
/// kept whole: the team's would be a third of what the device holds, and a
/// colleague's card (whom to call) is read whole when opened online.
impl OnTeamDevice for Contact {
    fn kept_by(&self, scope: &TeamScope) -> bool {
        self.owner_id == scope.me || scope.keeps_company(self.company_id)
    }
}
