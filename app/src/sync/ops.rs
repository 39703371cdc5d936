//! The registry of edits: each `MutationOp` goes to its domain's device-side
//! rule (`<domain>::local`), which applies it to a copy the way the server
//! will. Edits the server would refuse (a deal that is gone, say) change
//! nothing here; the server's answer then explains why.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{model::MutationOp, snapshot::Snapshot};
use crate::{activities, auth::model::CurrentUser, contacts, customers, deals};

/// Applies an edit to a local copy the way the server will.
pub fn apply(snap: &mut Snapshot, user: &CurrentUser, op: &MutationOp, now: DateTime<Utc>) {
    match op {
        MutationOp::CreateCompany(new) => customers::local::create(snap, user, new, now),
        MutationOp::UpdateCompany { id, patch } => customers::local::update(snap, *id, patch, now),
        MutationOp::ArchiveCompany { id, .. } => customers::local::archive(snap, *id),
        MutationOp::CreateContact(new) => contacts::local::create(snap, new, now),
        MutationOp::UpdateContact { id, patch } => contacts::local::update(snap, *id, patch, now),
        MutationOp::ArchiveContact { id } => contacts::local::archive(snap, *id),
        MutationOp::CreateDeal(new) => deals::local::create(snap, user, new, now),
        MutationOp::UpdateDeal { id, patch } => deals::local::update(snap, *id, patch, now),
        MutationOp::MoveDeal(mv) => deals::local::move_deal(snap, mv, now),
        MutationOp::CloseDeal { id, outcome } => deals::local::close(snap, *id, outcome, now),
        MutationOp::ReopenDeal { id } => deals::local::reopen(snap, *id, now),
        MutationOp::ArchiveDeal { id } => deals::local::archive(snap, *id),
        MutationOp::CreateActivity(new) => activities::local::create(snap, user, new, now),
        MutationOp::UpdateActivity { id, patch } => {
            activities::local::update(snap, *id, patch, now)
        }
        MutationOp::CompleteActivity { id, done } => {
            activities::local::complete(snap, *id, *done, now)
        }
        MutationOp::CheckIn { id, checkin } => activities::local::check_in(snap, *id, checkin, now),
        MutationOp::DeleteActivity { id } => activities::local::archive(snap, *id),
        // The device holds no archived records: the pull brings the restored ones.
        MutationOp::Restore { .. } => {}
    }
}

/// "The deal “Pump upgrade”", for messages about an edit.
pub fn describe(snap: &Snapshot, op: &MutationOp) -> String {
    let company = |id: &Uuid| {
        snap.companies
            .get(id)
            .map(|c| format!("the company “{}”", c.name))
            .unwrap_or_else(|| "a company".into())
    };
    let contact = |id: &Uuid| {
        snap.contacts
            .get(id)
            .map(|c| format!("the contact “{}”", c.name))
            .unwrap_or_else(|| "a contact".into())
    };
    let activity = |id: &Uuid| {
        snap.activities
            .get(id)
            .map(|a| format!("the activity “{}”", a.subject))
            .unwrap_or_else(|| "an activity".into())
    };
    let deal = |id: &Uuid| {
        snap.deals
            .get(id)
            .map(|d| format!("the deal “{}”", d.title))
            .unwrap_or_else(|| "a deal".into())
    };
    match op {
        MutationOp::CreateCompany(n) => format!("New company “{}”", n.name),
        MutationOp::UpdateCompany { id, .. } => format!("Your edit of {}", company(id)),
        MutationOp::CreateContact(n) => format!("New contact “{}”", n.name),
        MutationOp::UpdateContact { id, .. } => format!("Your edit of {}", contact(id)),
        MutationOp::CreateDeal(n) => format!("New deal “{}”", n.title),
        MutationOp::UpdateDeal { id, .. } => format!("Your edit of {}", deal(id)),
        MutationOp::MoveDeal(mv) => format!("Moving {}", deal(&mv.deal_id)),
        MutationOp::CloseDeal { id, .. } => format!("Closing {}", deal(id)),
        MutationOp::ReopenDeal { id } => format!("Reopening {}", deal(id)),
        MutationOp::CreateActivity(n) => format!("New activity “{}”", n.subject),
        MutationOp::UpdateActivity { id, .. } => format!("Your edit of {}", activity(id)),
        MutationOp::CompleteActivity { id, done: true } => format!("Completing {}", activity(id)),
        MutationOp::CompleteActivity { id, done: false } => format!("Reopening {}", activity(id)),
        MutationOp::CheckIn { id, .. } => format!("The check-in at {}", activity(id)),
        MutationOp::DeleteActivity { id } => format!("Archiving {}", activity(id)),
        MutationOp::ArchiveCompany { id, .. } => format!("Archiving {}", company(id)),
        MutationOp::ArchiveContact { id } => format!("Archiving {}", contact(id)),
        MutationOp::ArchiveDeal { id } => format!("Archiving {}", deal(id)),
        MutationOp::Restore { kind, .. } => {
            format!("Restoring an archived {}", kind.label().to_lowercase())
        }
    }
}
