//! The registry of edits: each `MutationOp` goes to its domain's device-side
//! rule (`<domain>::local`), which applies it to a copy the way the server
//! will. Edits the server would refuse (a deal that is gone, say) change
//! nothing here; the server's answer then explains why.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{model::MutationOp, snapshot::Snapshot};
use crate::{
    activities, archive::model::ArchiveKind, auth::model::CurrentUser, contacts, customers, deals,
    i18n::Text,
};

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

/// The start of the message for an edit the server refused, its reason to
/// follow: "Moving the deal “Pump upgrade” was not saved:". Each kind of edit
/// has its own sentence, so every language words (and agrees) it whole. The
/// record's name is looked up in `snaps` in turn (the view, then the base: an
/// archived record has left the view); one no copy holds is named by its kind.
pub fn describe(snaps: &[&Snapshot], op: &MutationOp) -> Text {
    let about = |key: &str, name: Option<&str>| match name {
        Some(name) => Text::new(key.to_string()).arg("name", name),
        None => Text::new(format!("{key}-unnamed")),
    };
    let company = |key: &str, id: &Uuid| {
        about(
            key,
            name_in(snaps, |s| s.companies.get(id).map(|c| c.name.as_str())),
        )
    };
    let contact = |key: &str, id: &Uuid| {
        about(
            key,
            name_in(snaps, |s| s.contacts.get(id).map(|c| c.name.as_str())),
        )
    };
    let activity = |key: &str, id: &Uuid| {
        about(
            key,
            name_in(snaps, |s| s.activities.get(id).map(|a| a.subject.as_str())),
        )
    };
    let deal = |key: &str, id: &Uuid| {
        about(
            key,
            name_in(snaps, |s| s.deals.get(id).map(|d| d.title.as_str())),
        )
    };
    match op {
        MutationOp::CreateCompany(n) => {
            Text::new("sync-refused-create-company").arg("name", &n.name)
        }
        MutationOp::UpdateCompany { id, .. } => company(EDIT_COMPANY, id),
        MutationOp::CreateContact(n) => {
            Text::new("sync-refused-create-contact").arg("name", &n.name)
        }
        MutationOp::UpdateContact { id, .. } => contact(EDIT_CONTACT, id),
        MutationOp::CreateDeal(n) => Text::new("sync-refused-create-deal").arg("name", &n.title),
        MutationOp::UpdateDeal { id, .. } => deal(EDIT_DEAL, id),
        MutationOp::MoveDeal(mv) => deal(MOVE_DEAL, &mv.deal_id),
        MutationOp::CloseDeal { id, .. } => deal(CLOSE_DEAL, id),
        MutationOp::ReopenDeal { id } => deal(REOPEN_DEAL, id),
        MutationOp::CreateActivity(n) => {
            Text::new("sync-refused-create-activity").arg("name", &n.subject)
        }
        MutationOp::UpdateActivity { id, .. } => activity(EDIT_ACTIVITY, id),
        MutationOp::CompleteActivity { id, done: true } => activity(COMPLETE_ACTIVITY, id),
        MutationOp::CompleteActivity { id, done: false } => activity(REOPEN_ACTIVITY, id),
        MutationOp::CheckIn { id, .. } => activity(CHECK_IN, id),
        MutationOp::DeleteActivity { id } => activity(ARCHIVE_ACTIVITY, id),
        MutationOp::ArchiveCompany { id, .. } => company(ARCHIVE_COMPANY, id),
        MutationOp::ArchiveContact { id } => contact(ARCHIVE_CONTACT, id),
        MutationOp::ArchiveDeal { id } => deal(ARCHIVE_DEAL, id),
        MutationOp::Restore { kind, .. } => Text::new(match kind {
            ArchiveKind::Company => "sync-refused-restore-company",
            ArchiveKind::Contact => "sync-refused-restore-contact",
            ArchiveKind::Deal => "sync-refused-restore-deal",
            ArchiveKind::Activity => "sync-refused-restore-activity",
        }),
    }
}

/// The first name `name` finds in the copies.
fn name_in<'a>(
    snaps: &[&'a Snapshot],
    name: impl Fn(&'a Snapshot) -> Option<&'a str>,
) -> Option<&'a str> {
    snaps.iter().find_map(|s| name(s))
}

// Edits of a record: each key also has an "-unnamed" form, for a record this
// device no longer holds.
const EDIT_COMPANY: &str = "sync-refused-edit-company";
const EDIT_CONTACT: &str = "sync-refused-edit-contact";
const EDIT_DEAL: &str = "sync-refused-edit-deal";
const MOVE_DEAL: &str = "sync-refused-move-deal";
const CLOSE_DEAL: &str = "sync-refused-close-deal";
const REOPEN_DEAL: &str = "sync-refused-reopen-deal";
const EDIT_ACTIVITY: &str = "sync-refused-edit-activity";
const COMPLETE_ACTIVITY: &str = "sync-refused-complete-activity";
const REOPEN_ACTIVITY: &str = "sync-refused-reopen-activity";
const CHECK_IN: &str = "sync-refused-check-in";
const ARCHIVE_ACTIVITY: &str = "sync-refused-archive-activity";
const ARCHIVE_COMPANY: &str = "sync-refused-archive-company";
const ARCHIVE_CONTACT: &str = "sync-refused-archive-contact";
const ARCHIVE_DEAL: &str = "sync-refused-archive-deal";

/// Every key `describe` makes from the constants above (the tests check each
/// is in every language; the scan of the code sees only literal keys).
#[cfg(test)]
pub(crate) const RECORD_EDITS: [&str; 14] = [
    EDIT_COMPANY,
    EDIT_CONTACT,
    EDIT_DEAL,
    MOVE_DEAL,
    CLOSE_DEAL,
    REOPEN_DEAL,
    EDIT_ACTIVITY,
    COMPLETE_ACTIVITY,
    REOPEN_ACTIVITY,
    CHECK_IN,
    ARCHIVE_ACTIVITY,
    ARCHIVE_COMPANY,
    ARCHIVE_CONTACT,
    ARCHIVE_DEAL,
];

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::{describe, MutationOp, Snapshot, RECORD_EDITS};
    use crate::i18n::{source, Locale, Messages, Text};

    #[test]
    fn a_record_no_copy_holds_is_named_by_its_kind() {
        let empty = Snapshot::default();
        let op = MutationOp::ArchiveDeal {
            id: Uuid::from_u128(9),
        };
        assert_eq!(
            describe(&[&empty], &op),
            Text::new("sync-refused-archive-deal-unnamed")
        );
    }

    #[test]
    fn every_refused_edit_has_its_words_in_every_language() {
        for locale in Locale::ALL {
            let messages = Messages::parse(locale, source(locale));
            for key in RECORD_EDITS {
                for key in [key.to_string(), format!("{key}-unnamed")] {
                    assert!(messages.has(&key), "{} lacks {key}", locale.tag());
                }
            }
        }
    }
}
