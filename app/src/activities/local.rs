//! The activities' device-side half: how their edits change the device's copy
//! (as `service` does on the server) and My day, the overdue badge and a
//! customer's timeline read from it.

use chrono::{DateTime, NaiveDateTime, Utc};
use uuid::Uuid;

use super::model::{Activity, ActivityKind, ActivityPatch, Agenda, CheckIn, DueState, NewActivity};
use crate::{
    auth::model::CurrentUser,
    deals::model::{Deal, DealStatus},
    sync::{
        scope::{OnTeamDevice, TeamScope},
        snapshot::Snapshot,
    },
};

/// An activity belongs to its customer's owner unless it names someone.
pub fn create(snap: &mut Snapshot, user: &CurrentUser, new: &NewActivity, now: DateTime<Utc>) {
    let Some(company) = snap.companies.get(&new.company_id) else {
        return;
    };
    if snap.activities.contains_key(&new.id) {
        return;
    }
    let activity = Activity {
        id: new.id,
        kind: new.kind,
        subject: new.subject.clone(),
        body: new.body.clone(),
        company_id: new.company_id,
        contact_id: new.contact_id,
        deal_id: new.deal_id,
        owner_id: new.owner_id.unwrap_or(company.owner_id),
        due_on: new.due.on,
        due_time: new.due.time,
        done_at: new.done.then_some(new.done_at.unwrap_or(now)),
        checkin: None,
        created_by: Some(user.id),
        created_at: now,
        updated_at: now,
    };
    snap.activities.insert(activity.id, activity);
}

pub fn update(snap: &mut Snapshot, id: Uuid, patch: &ActivityPatch, now: DateTime<Utc>) {
    if let Some(activity) = snap.activities.get_mut(&id) {
        patch.apply_to(activity);
        activity.updated_at = now;
    }
}

/// Done keeps the first time it was done; open again clears it.
pub fn complete(snap: &mut Snapshot, id: Uuid, done: bool, now: DateTime<Utc>) {
    if let Some(activity) = snap.activities.get_mut(&id) {
        activity.done_at = if done {
            activity.done_at.or(Some(now))
        } else {
            None
        };
        activity.updated_at = now;
    }
}

/// Only visits take a check-in.
pub fn check_in(snap: &mut Snapshot, id: Uuid, checkin: &CheckIn, now: DateTime<Utc>) {
    if let Some(activity) = snap
        .activities
        .get_mut(&id)
        .filter(|a| a.kind == ActivityKind::Visit)
    {
        activity.checkin = Some(checkin.clone());
        activity.updated_at = now;
    }
}

pub fn archive(snap: &mut Snapshot, id: Uuid) {
    snap.activities.remove(&id);
}

impl Snapshot {
    /// A customer's activities: open ones by due date first, then the rest newest first.
    pub fn activities_of(&self, company_id: Uuid) -> Vec<Activity> {
        let mut list: Vec<Activity> = self
            .activities
            .values()
            .filter(|a| a.company_id == company_id)
            .cloned()
            .collect();
        list.sort_by_key(|a| std::cmp::Reverse(a.happened_at()));
        list
    }

    /// How many of `owner`'s follow-ups are overdue: the navigation badge asks on
    /// every data change, so it counts without building the agenda.
    pub fn overdue_count(&self, owner: Uuid, local_now: NaiveDateTime) -> usize {
        self.activities
            .values()
            .filter(|a| a.owner_id == owner)
            .filter(|a| a.due_state(local_now) == DueState::Overdue)
            .count()
    }

    /// `owner`'s overdue and due-today follow-ups, judged on their wall clock.
    pub fn agenda(&self, owner: Uuid, local_now: NaiveDateTime) -> Agenda {
        Agenda::of(
            self.activities.values().filter(|a| a.owner_id == owner),
            local_now,
        )
    }

    /// Open deals with no next step planned, `owner`'s only when given, largest first.
    pub fn deals_without_next_step(&self, owner: Option<Uuid>) -> Vec<Deal> {
        let planned: std::collections::HashSet<Uuid> = self
            .activities
            .values()
            .filter(|a| a.is_scheduled())
            .filter_map(|a| a.deal_id)
            .collect();
        let mut list: Vec<Deal> = self
            .deals
            .values()
            .filter(|d| d.status == DealStatus::Open && !planned.contains(&d.id))
            .filter(|d| owner.is_none_or(|o| d.owner_id == o))
            .map(|d| self.shown(d))
            .collect();
        list.sort_by_key(|d| (std::cmp::Reverse(d.value_cents), d.id));
        list
    }

    pub fn deal_has_next_step(&self, deal_id: Uuid) -> bool {
        self.activities
            .values()
            .any(|a| a.deal_id == Some(deal_id) && a.is_scheduled())
    }
}

/// The team's planned activities, and what was done lately.
impl OnTeamDevice for Activity {
    fn kept_by(&self, scope: &TeamScope) -> bool {
        self.owner_id == scope.me
            || self.done_at.is_none()
            || scope.recent(self.done_at)
            || scope.keeps_company(self.company_id)
    }
}
