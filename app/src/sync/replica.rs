//! The device's copy of the data: what the server last confirmed (`base`), plus
//! the edits still waiting in the outbox replayed on top (`view`). Pages read
//! the view. When the server confirms, rejects or changes something, the view is
//! rebuilt from the new base, so a refused edit simply disappears from screen and
//! the record shows the server's state again: nothing needs undoing by hand.
//!
//! Pure data and logic, no browser APIs: the randomized convergence test drives
//! many replicas against a real server with exactly this code.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    model::{Change, Mutation, MutationOp, MutationResult, PullResponse, PushResponse, Record},
    ops::{apply, describe},
    outbox::{Outbox, Refusal},
    scope::TeamScope,
    snapshot::Snapshot,
};
use crate::{auth::model::CurrentUser, error::AppError};

#[derive(Debug, Clone)]
pub struct Replica {
    pub user: CurrentUser,
    pub base: Snapshot,
    pub outbox: Outbox,
    /// Edits a pull confirmed since `base` was last stored: the stored outbox keeps
    /// them until then, so a reload never shows an old base without them.
    unstored: Vec<Mutation>,
    /// `base` with the outbox on top; `None` while the outbox is empty, when
    /// it would be a copy of `base` (a manager's book is 100,000 records).
    view: Option<Snapshot>,
    /// A fresh copy being pulled from the start, when the server has dropped
    /// deletions this device had not yet seen (its cursor is behind the
    /// tombstone horizon). Pages keep showing `base` until it is complete.
    fresh: Option<Snapshot>,
    /// Companies to keep whole that are not read yet (cards a manager
    /// opened): read after the next pull.
    wanted: Vec<Uuid>,
    /// A page of a longer pull changed `base`; the view is rebuilt once, on the
    /// last page (a first sync of a big book is dozens of pages, and each
    /// rebuild copies the whole book).
    stale: bool,
}

impl Replica {
    pub fn new(user: CurrentUser, base: Snapshot, outbox: Outbox) -> Self {
        let mut replica = Replica {
            user,
            unstored: Vec::new(),
            view: None,
            fresh: None,
            wanted: Vec::new(),
            stale: false,
            base,
            outbox,
        };
        replica.rebuild(Utc::now());
        replica
    }

    /// What pages show: the server's state with this device's pending edits on top.
    pub fn view(&self) -> &Snapshot {
        self.view.as_ref().unwrap_or(&self.base)
    }

    /// A fresh copy is being read: pull on, whatever the last page said.
    pub fn reading_fresh(&self) -> bool {
        self.fresh.is_some()
    }

    /// Where the next pull starts: the fresh copy's place while one is read.
    pub fn pull_cursor(&self) -> i64 {
        self.fresh.as_ref().map_or(self.base.cursor, |f| f.cursor)
    }

    /// Edits not yet confirmed by a pull.
    pub fn pending(&self) -> usize {
        self.outbox.pending.len()
    }

    /// Checks an edit like the server will, then queues it and shows it at once.
    pub fn submit(&mut self, op: MutationOp, now: DateTime<Utc>) -> Result<Mutation, AppError> {
        let op = op.normalized();
        op.validate()?;
        let mutation = Mutation {
            id: self.outbox.next_id,
            op,
        };
        self.outbox.next_id += 1;
        let base = &self.base;
        let view = self.view.get_or_insert_with(|| base.clone());
        apply(view, &self.user, &mutation.op, now);
        self.outbox.pending.push(mutation.clone());
        Ok(mutation)
    }

    /// Takes the server's answer to a push: refused edits leave the outbox (and the
    /// screen); accepted ones stay until a pull brings their effect.
    pub fn apply_push(&mut self, response: &PushResponse, now: DateTime<Utc>) -> Vec<Refusal> {
        let mut refused = Vec::new();
        for (id, result) in &response.results {
            if let MutationResult::Rejected(error) = result {
                if let Some(i) = self.outbox.pending.iter().position(|m| m.id == *id) {
                    let mutation = self.outbox.pending.remove(i);
                    refused.push(Refusal {
                        what: describe(&[self.view(), &self.base], &mutation.op),
                        error: error.clone(),
                    });
                }
            }
        }
        self.outbox.acked = self.outbox.acked.max(response.last_mutation_id);
        if !refused.is_empty() {
            self.rebuild(now);
        }
        refused
    }

    /// Takes one page of a pull. On the last page, edits the server has processed
    /// leave the outbox: their effect is now in `base`.
    /// Returns whether what pages show may have changed: an empty pull (the echo
    /// of this device's own push, a poll) leaves the view as it is, so pages need
    /// not recompute and the stored copy need not be written again.
    pub fn apply_pull(&mut self, response: PullResponse, now: DateTime<Utc>) -> bool {
        // A rep made a manager, or the other way round: what the device keeps
        // changed with no change logged (and a copy stored before scopes has
        // none), so it reads a fresh copy in its new scope.
        let scope_changed = self.fresh.is_none()
            && self.base.cursor > 0
            && response.scope.is_some() != self.base.scope.is_some();
        if response.reset || scope_changed {
            // Read everything again into a fresh copy; the outbox stays as it is.
            self.fresh = Some(Snapshot {
                team: self.base.team.clone(),
                kept: self.base.kept.clone(),
                scope: self.base.scope,
                ..Snapshot::default()
            });
            return false;
        }
        let mut news = !response.changes.is_empty();
        let target = self.fresh.as_mut().unwrap_or(&mut self.base);
        // Taken, not copied: a first sync is megabytes of records.
        for change in response.changes {
            target.apply_change(change);
        }
        // Every pull carries the team: only a different one is news.
        if let Some(team) = response.team.filter(|t| *t != target.team) {
            target.team = team;
            news = true;
        }
        target.cursor = response.cursor;
        if !response.more {
            if let Some(mut fresh) = self.fresh.take() {
                // Complete: it replaces the old copy, whose records deleted
                // meanwhile are gone with it.
                fresh.kept = std::mem::take(&mut self.base.kept);
                self.base = fresh;
                news = true;
            }
            if response.scope != self.base.scope {
                self.base.scope = response.scope;
                news |= self.prune();
            }
            let done = response.last_mutation_id;
            let (confirmed, pending) = std::mem::take(&mut self.outbox.pending)
                .into_iter()
                .partition(|m| m.id <= done);
            self.outbox.pending = pending;
            let confirmed: Vec<Mutation> = confirmed;
            news |= !confirmed.is_empty();
            self.unstored.extend(confirmed);
            self.outbox.acked = self.outbox.acked.max(done);
        }
        if response.more {
            self.stale |= news;
        } else if news || self.stale {
            self.rebuild(now);
        }
        news
    }

    /// The outbox to keep in storage next to the stored base: it still holds the
    /// edits confirmed since that base was stored.
    pub fn outbox_to_store(&self) -> Outbox {
        let mut stored = self.outbox.clone();
        if !self.unstored.is_empty() {
            stored.pending = self
                .unstored
                .iter()
                .chain(&self.outbox.pending)
                .cloned()
                .collect();
        }
        stored
    }

    /// How many confirmed edits a base serialized now contains.
    pub fn unstored_len(&self) -> usize {
        self.unstored.len()
    }

    /// A base serialized when `count` confirmed edits were unstored was just
    /// stored: those need not be kept any more (later ones still do).
    pub fn base_stored(&mut self, count: usize) {
        self.unstored.drain(..count.min(self.unstored.len()));
    }

    /// Takes in edits another tab of this browser queued (tabs of one user share
    /// the stored outbox): the ones numbered from our next id on are theirs.
    /// Returns whether anything was new.
    pub fn adopt(&mut self, stored: Outbox, now: DateTime<Utc>) -> bool {
        if stored.client_id != self.outbox.client_id || stored.next_id <= self.outbox.next_id {
            return false;
        }
        let theirs = stored
            .pending
            .into_iter()
            .filter(|m| m.id >= self.outbox.next_id);
        self.outbox.pending.extend(theirs);
        self.outbox.next_id = stored.next_id;
        self.rebuild(now);
        true
    }

    /// The companies a pull names as kept whole: those read, and those to read.
    pub fn kept_for_pull(&self) -> Vec<Uuid> {
        let mut kept = self.base.kept.clone();
        let base = &self.base.kept;
        kept.extend(self.wanted.iter().filter(|id| !base.contains(id)));
        kept
    }

    /// Asks to keep a company whole, on a manager's device; returns whether
    /// it must be read. One kept already becomes the latest opened, the last
    /// to go when the bound is reached.
    pub fn keep(&mut self, company: Uuid) -> bool {
        if !self.user.is_manager() {
            return false;
        }
        if let Some(i) = self.base.kept.iter().position(|id| *id == company) {
            let opened = self.base.kept.remove(i);
            self.base.kept.push(opened);
            return false;
        }
        if !self.wanted.contains(&company) {
            self.wanted.push(company);
        }
        true
    }

    /// Companies to read whole, once the pull that names them has run.
    pub fn wanted(&self) -> Vec<Uuid> {
        self.wanted.clone()
    }

    /// Whether this device has everything at `company` that its user may see.
    pub fn has_whole(&self, company: Uuid) -> bool {
        !self.user.is_manager() || self.base.kept.contains(&company)
    }

    /// Takes a company read whole (`None`: it cannot be read, e.g. archived):
    /// it is kept from now on, and the one opened longest ago goes when
    /// more are kept than the bound allows.
    pub fn take_company(
        &mut self,
        company: Uuid,
        records: Option<Vec<Record>>,
        now: DateTime<Utc>,
    ) {
        self.wanted.retain(|id| *id != company);
        let Some(records) = records else {
            return;
        };
        for record in records {
            let change = Change::Put(record);
            if let Some(fresh) = self.fresh.as_mut() {
                fresh.apply_change(change.clone());
            }
            self.base.apply_change(change);
        }
        self.base.kept.retain(|id| *id != company);
        self.base.kept.push(company);
        self.prune();
        self.rebuild(now);
    }

    /// Drops what a manager's device no longer keeps (see `scope`). Nothing
    /// is logged when a record merely grows old, so the device does it.
    fn prune(&mut self) -> bool {
        let Some(bounds) = self.base.scope else {
            return false;
        };
        let excess = self.base.kept.len().saturating_sub(bounds.cards);
        self.base.kept.drain(..excess);
        let scope = TeamScope {
            me: self.user.id,
            since: bounds.since,
            kept: self.kept_for_pull(),
        };
        self.base.retain_in(&scope)
    }

    fn rebuild(&mut self, now: DateTime<Utc>) {
        self.stale = false;
        self.view = (!self.outbox.pending.is_empty()).then(|| {
            let mut view = self.base.clone();
            for mutation in &self.outbox.pending {
                apply(&mut view, &self.user, &mutation.op, now);
            }
            view
        });
    }
}

#[cfg(test)]
mod tests {
    use uuid::Uuid;

    use super::*;
    use crate::{
        auth::model::{Role, TeamMember},
        customers::model::CompanyQuery,
        i18n::Text,
        sync::model::{Change, Record},
        sync::outbox::Problem,
        sync::testing::{now, rename, with_acme},
    };

    #[test]
    fn an_edit_shows_at_once_and_waits_in_the_outbox() {
        let (mut replica, id) = with_acme();
        let queued = replica
            .submit(rename(id, "  Acme Ltd "), now())
            .expect("valid");
        assert_eq!(queued.id, 1);
        assert_eq!(replica.view().companies[&id].name, "Acme Ltd");
        assert_eq!(replica.base.companies[&id].name, "Acme");
        assert_eq!(replica.pending(), 1);
    }

    #[test]
    fn with_nothing_queued_the_view_is_the_base_itself_not_a_copy() {
        let (mut replica, id) = with_acme();
        assert!(std::ptr::eq(replica.view(), &replica.base));
        replica
            .submit(rename(id, "Acme Ltd"), now())
            .expect("valid");
        assert!(!std::ptr::eq(replica.view(), &replica.base));
        let confirming = PullResponse {
            cursor: 6,
            changes: Vec::new(),
            more: false,
            last_mutation_id: 1,
            team: None,
            reset: false,
            scope: None,
        };
        replica.apply_pull(confirming, now());
        assert!(std::ptr::eq(replica.view(), &replica.base), "confirmed");
        // (The pull confirming it would have brought the rename; this one did not.)
        assert_eq!(replica.view().companies[&id].name, "Acme");
    }

    #[test]
    fn an_archived_company_leaves_the_device_with_its_records_until_refused() {
        let (mut replica, id) = with_acme();
        let contact = crate::contacts::model::NewContact {
            name: "Rosa".into(),
            ..crate::contacts::model::NewContact::blank(id)
        };
        replica
            .submit(MutationOp::CreateContact(contact), now())
            .expect("contact");
        replica
            .submit(MutationOp::ArchiveCompany { id, force: false }, now())
            .expect("archive");
        assert!(replica.view().companies.is_empty());
        assert!(replica.view().contacts.is_empty());
        assert!(replica
            .view()
            .company_page(&CompanyQuery::default())
            .items
            .is_empty());
        // The server refuses it (a colleague still works there): the card is back.
        let refused = replica.apply_push(
            &PushResponse {
                results: vec![
                    (1, MutationResult::Applied),
                    (
                        2,
                        MutationResult::Rejected(AppError::Conflict(Text::new(
                            "error-linked-record-gone",
                        ))),
                    ),
                ],
                last_mutation_id: 2,
            },
            now(),
        );
        assert_eq!(refused.len(), 1);
        assert_eq!(
            refused[0].message(),
            Problem(vec![
                // Gone from the view, the company is still in the base.
                Text::new("sync-refused-archive-company").arg("name", "Acme"),
                Text::new("error-linked-record-gone"),
            ])
        );
        assert!(replica.view().companies.contains_key(&id));
    }

    #[test]
    fn an_invalid_edit_is_refused_before_it_is_queued() {
        let (mut replica, id) = with_acme();
        let error = replica
            .submit(rename(id, " "), now())
            .expect_err("empty name");
        assert!(error.field_errors().and_then(|f| f.get("name")).is_some());
        assert_eq!(replica.pending(), 0);
    }

    #[test]
    fn a_refused_edit_leaves_the_screen_and_says_why() {
        let (mut replica, id) = with_acme();
        replica
            .submit(rename(id, "Acme Ltd"), now())
            .expect("valid");
        replica
            .submit(rename(id, "Acme Group"), now())
            .expect("valid");
        let refused = replica.apply_push(
            &PushResponse {
                results: vec![
                    (1, MutationResult::Applied),
                    (2, MutationResult::Rejected(AppError::Forbidden)),
                ],
                last_mutation_id: 2,
            },
            now(),
        );
        assert_eq!(refused.len(), 1);
        assert_eq!(
            refused[0].message(),
            Problem(vec![
                // The device shows both renames when the second is refused.
                Text::new("sync-refused-edit-company").arg("name", "Acme Group"),
                Text::new("error-forbidden"),
            ])
        );
        // The accepted edit still shows until a pull brings it.
        assert_eq!(replica.view().companies[&id].name, "Acme Ltd");
        assert!(
            replica.outbox.unsent(10).is_empty(),
            "nothing is sent twice"
        );
    }

    #[test]
    fn a_reset_reads_a_fresh_copy_and_keeps_the_outbox_and_the_screen_meanwhile() {
        let (mut replica, acme) = with_acme();
        replica
            .submit(rename(acme, "Acme Ltd"), now())
            .expect("valid");
        let page = |cursor, changes, more, reset| PullResponse {
            cursor,
            changes,
            more,
            last_mutation_id: 0,
            team: None,
            reset,
            scope: None,
        };
        assert!(!replica.apply_pull(page(0, Vec::new(), true, true), now()));
        assert_eq!(replica.pull_cursor(), 0, "from the start");
        assert_eq!(replica.base.cursor, 5, "the stored copy keeps its place");

        // The first page of the fresh copy: pages still show the old one.
        let mut other = replica.base.companies[&acme].clone();
        other.id = Uuid::new_v4();
        other.name = "Globex".into();
        let first = vec![Change::Put(Record::Company(other.clone()))];
        replica.apply_pull(page(3, first, true, false), now());
        assert_eq!(replica.pull_cursor(), 3);
        assert_eq!(replica.view().companies[&acme].name, "Acme Ltd");
        assert!(!replica.view().companies.contains_key(&other.id));

        // Complete: Acme, deleted while the device was away, is gone; the
        // queued edit is still queued.
        assert!(replica.apply_pull(page(9, Vec::new(), false, false), now()));
        assert_eq!(replica.base.cursor, 9);
        assert_eq!(replica.pull_cursor(), 9);
        assert_eq!(
            replica.base.companies.keys().collect::<Vec<_>>(),
            vec![&other.id]
        );
        assert_eq!(replica.pending(), 1);
    }

    #[test]
    fn only_the_last_page_of_a_pull_confirms_edits() {
        let (mut replica, id) = with_acme();
        replica
            .submit(rename(id, "Acme Ltd"), now())
            .expect("valid");
        let mut page = PullResponse {
            cursor: 6,
            changes: Vec::new(),
            more: true,
            last_mutation_id: 1,
            team: None,
            reset: false,
            scope: None,
        };
        assert!(
            !replica.apply_pull(page.clone(), now()),
            "an empty page changes nothing"
        );
        assert_eq!(replica.pending(), 1, "its effect may be on the next page");
        page.more = false;
        assert!(
            replica.apply_pull(page.clone(), now()),
            "confirming an edit is news"
        );
        assert_eq!(replica.pending(), 0);
        page.cursor = 7;
        assert!(
            !replica.apply_pull(page.clone(), now()),
            "the same answer again is not"
        );
        assert_eq!(replica.base.cursor, 7);
        // Every pull carries the team; only a change in it is news.
        let ana = TeamMember {
            id: Uuid::from_u128(1),
            name: "Ana Lopez".into(),
            role: Role::Rep,
        };
        page.team = Some(vec![ana.clone()]);
        assert!(
            replica.apply_pull(page.clone(), now()),
            "a new team is news"
        );
        assert!(
            !replica.apply_pull(page.clone(), now()),
            "the same team is not"
        );
        assert_eq!(replica.base.team, [ana]);
    }

    #[test]
    fn confirmed_edits_stay_in_the_stored_outbox_until_the_base_is_stored() {
        let (mut replica, id) = with_acme();
        replica
            .submit(rename(id, "Acme Ltd"), now())
            .expect("valid");
        let confirming = PullResponse {
            cursor: 6,
            changes: Vec::new(),
            more: false,
            last_mutation_id: 1,
            team: None,
            reset: false,
            scope: None,
        };
        replica.apply_pull(confirming.clone(), now());
        assert_eq!(replica.pending(), 0);
        // Stored now, next to the old stored base, the edit must still be replayed.
        assert_eq!(replica.outbox_to_store().pending.len(), 1);
        let count = replica.unstored_len();
        // Another edit is confirmed while that copy is being written.
        replica
            .submit(rename(id, "Acme Group"), now())
            .expect("valid");
        replica.apply_pull(
            PullResponse {
                last_mutation_id: 2,
                ..confirming
            },
            now(),
        );
        replica.base_stored(count);
        assert_eq!(
            replica.outbox_to_store().pending.len(),
            1,
            "the edit confirmed after the copy was taken is kept"
        );
    }

    #[test]
    fn edits_queued_by_another_tab_are_taken_in_not_overwritten() {
        let (mut this_tab, id) = with_acme();
        let mut other_tab = this_tab.clone();
        other_tab
            .submit(rename(id, "Acme Ltd"), now())
            .expect("valid");
        assert!(this_tab.adopt(other_tab.outbox.clone(), now()));
        let mine = this_tab
            .submit(rename(id, "Acme Group"), now())
            .expect("valid");
        assert_eq!(mine.id, 2, "a fresh id, never one the other tab used");
        assert_eq!(this_tab.pending(), 2);
        assert!(
            !this_tab.adopt(other_tab.outbox.clone(), now()),
            "nothing new"
        );
    }

    #[test]
    fn a_managers_device_lets_go_of_what_grew_old_and_of_the_card_opened_longest_ago() {
        use crate::{
            deals::model::{sample_deal, DealStatus},
            sync::scope::TeamBounds,
        };
        let manager = CurrentUser {
            role: Role::Manager,
            ..crate::sync::testing::user()
        };
        let (a, b, c) = (
            Uuid::from_u128(100),
            Uuid::from_u128(200),
            Uuid::from_u128(300),
        );
        let deal = |id, company, closed_days_ago: Option<i64>| {
            let mut deal = sample_deal(id, 10);
            deal.company_id = company;
            if let Some(days) = closed_days_ago {
                deal.status = DealStatus::Won;
                deal.closed_at = Some(now() - chrono::Duration::days(days));
            }
            Record::Deal(deal)
        };
        let pull = |changes: Vec<Record>, since_days: i64| PullResponse {
            cursor: 5,
            changes: changes.into_iter().map(Change::Put).collect(),
            more: false,
            last_mutation_id: 0,
            team: None,
            reset: false,
            scope: Some(TeamBounds {
                since: now() - chrono::Duration::days(since_days),
                cards: 1,
            }),
        };
        let mut replica = Replica::new(manager, Snapshot::default(), Outbox::new());
        replica.apply_pull(
            pull(vec![deal(1, a, None), deal(2, c, Some(10))], 90),
            now(),
        );
        assert!(!replica.has_whole(b));

        // B's card opened online: its deal won long ago comes with it.
        assert!(replica.keep(b));
        assert_eq!(replica.kept_for_pull(), vec![b]);
        replica.take_company(b, Some(vec![deal(3, b, Some(400))]), now());
        assert!(replica.has_whole(b));
        assert!(replica.view().deals.contains_key(&Uuid::from_u128(3)));

        // Opened again: still kept, nothing to read.
        assert!(!replica.keep(b));
        assert_eq!(replica.base.kept, vec![b]);

        // A opened next: one card is kept, so B's old deal goes.
        assert!(replica.keep(a));
        replica.take_company(a, Some(Vec::new()), now());
        assert_eq!(replica.base.kept, vec![a]);
        assert!(!replica.has_whole(b));
        assert!(!replica.view().deals.contains_key(&Uuid::from_u128(3)));

        // Days later the bound moves on: the deal won 10 days ago grows old,
        // though nothing about it changed; the open one stays.
        assert!(replica.apply_pull(pull(Vec::new(), 5), now()));
        let left: Vec<Uuid> = replica.view().deals.keys().copied().collect();
        assert_eq!(left, vec![Uuid::from_u128(1)]);
    }
}
