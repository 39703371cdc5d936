//! The device's copy of the data: what the server last confirmed (`base`), plus
//! the edits still waiting in the outbox replayed on top (`view`). Pages read
//! the view. When the server confirms, rejects or changes something, the view is
//! rebuilt from the new base, so a refused edit simply disappears from screen and
//! the record shows the server's state again: nothing needs undoing by hand.
//!
//! Pure data and logic, no browser APIs: the randomized convergence test drives
//! many replicas against a real server with exactly this code.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::{Change, Mutation, MutationOp, PullResponse, PushResponse, Record};
use crate::{
    activities::model::{Activity, ActivityKind, Agenda},
    auth::model::{CurrentUser, TeamMember},
    contacts::model::Contact,
    customers::model::{Company, CompanyPage, CompanyQuery, CompanySummary, PAGE_SIZE},
    deals::model::{position_between, respaced, Board, BoardQuery, Deal, DealMove, DealStatus},
    error::AppError,
    pipelines::model::{Pipeline, PipelineRef, Stage},
};

/// Records by id, as the server sent them (or as local edits left them).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Everything up to this version is in here.
    pub cursor: i64,
    pub companies: HashMap<Uuid, Company>,
    pub contacts: HashMap<Uuid, Contact>,
    pub deals: HashMap<Uuid, Deal>,
    pub pipelines: HashMap<Uuid, PipelineRef>,
    pub stages: HashMap<Uuid, Stage>,
    pub team: Vec<TeamMember>,
    /// Added after the first release: copies stored before then have none yet.
    #[serde(default)]
    pub activities: HashMap<Uuid, Activity>,
}

/// The big collections of a stored copy: megabytes of JSON for a big book, so
/// the client serializes them `SAVE_CHUNK` records per task (see
/// `Sync::save_in_steps`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Companies,
    Contacts,
    Deals,
    Activities,
}

impl Part {
    pub const ALL: [Part; 4] = [
        Part::Companies,
        Part::Contacts,
        Part::Deals,
        Part::Activities,
    ];

    /// Its field in the JSON of a `Snapshot`.
    fn field(self) -> &'static str {
        match self {
            Part::Companies => "companies",
            Part::Contacts => "contacts",
            Part::Deals => "deals",
            Part::Activities => "activities",
        }
    }
}

/// Records a save serializes per task: a few milliseconds on a phone.
pub const SAVE_CHUNK: usize = 250;

/// A piece of the stored copy's JSON: text, or the members of a part's JSON
/// object (`"id":{…}`, separated by commas, see `Snapshot::members_json`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Members(Part),
}

/// The stored copy as pieces: its head (everything but the parts, see
/// `Snapshot::head_json`), then each part as an object field, then the closing
/// brace. Joined, they are the JSON of the whole `Snapshot`, the format copies
/// have always been stored in.
pub fn stored_layout(head: String) -> Vec<Piece> {
    let mut pieces = vec![Piece::Text(head)];
    for part in Part::ALL {
        pieces.push(Piece::Text(format!(",\"{}\":{{", part.field())));
        pieces.push(Piece::Members(part));
        pieces.push(Piece::Text("}".into()));
    }
    pieces.push(Piece::Text("}".into()));
    pieces
}

/// Some of a part's records, serialized as a JSON object.
struct Members<'a, T>(&'a HashMap<Uuid, T>, &'a [Uuid]);

impl<T: Serialize> Serialize for Members<'_, T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for id in self.1 {
            if let Some(record) = self.0.get(id) {
                map.serialize_entry(id, record)?;
            }
        }
        map.end()
    }
}

/// What `Snapshot::head_json` writes.
#[derive(Serialize)]
struct Head<'a> {
    /// First, so a reader learns it before anything else (see `stored`).
    format: u32,
    cursor: i64,
    pipelines: &'a HashMap<Uuid, PipelineRef>,
    stages: &'a HashMap<Uuid, Stage>,
    team: &'a [TeamMember],
}

/// Edits made on this device that the server has not confirmed yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    /// Identifies this device (for this user) to the server.
    pub client_id: Uuid,
    /// The id the next edit gets; ids only grow.
    pub next_id: i64,
    /// The server answered for every edit up to this id (they wait only for a pull).
    pub acked: i64,
    pub pending: Vec<Mutation>,
}

impl Outbox {
    pub fn new() -> Self {
        Outbox {
            client_id: Uuid::new_v4(),
            next_id: 1,
            acked: 0,
            pending: Vec::new(),
        }
    }

    /// The edits to send next: those the server has not answered yet, oldest first.
    pub fn unsent(&self, limit: usize) -> Vec<Mutation> {
        self.pending
            .iter()
            .filter(|m| m.id > self.acked)
            .take(limit)
            .cloned()
            .collect()
    }
}

impl Default for Outbox {
    fn default() -> Self {
        Self::new()
    }
}

/// A pushed edit the server refused, and why, for the user to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub what: String,
    pub error: AppError,
}

impl Refusal {
    pub fn message(&self) -> String {
        let why = match &self.error {
            AppError::Validation(fields) => fields
                .0
                .values()
                .flatten()
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
            other => other.to_string(),
        };
        format!("{} was not saved: {why}", self.what)
    }
}

#[derive(Debug, Clone)]
pub struct Replica {
    pub user: CurrentUser,
    pub base: Snapshot,
    pub outbox: Outbox,
    /// Edits a pull confirmed since `base` was last stored: the stored outbox keeps
    /// them until then, so a reload never shows an old base without them.
    unstored: Vec<Mutation>,
    view: Snapshot,
}

impl Replica {
    pub fn new(user: CurrentUser, base: Snapshot, outbox: Outbox) -> Self {
        let mut replica = Replica {
            user,
            unstored: Vec::new(),
            view: Snapshot::default(),
            base,
            outbox,
        };
        replica.rebuild(Utc::now());
        replica
    }

    /// What pages show: the server's state with this device's pending edits on top.
    pub fn view(&self) -> &Snapshot {
        &self.view
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
        apply(&mut self.view, &self.user, &mutation.op, now);
        self.outbox.pending.push(mutation.clone());
        Ok(mutation)
    }

    /// Takes the server's answer to a push: refused edits leave the outbox (and the
    /// screen); accepted ones stay until a pull brings their effect.
    pub fn apply_push(&mut self, response: &PushResponse, now: DateTime<Utc>) -> Vec<Refusal> {
        let mut refused = Vec::new();
        for (id, result) in &response.results {
            if let super::model::MutationResult::Rejected(error) = result {
                if let Some(i) = self.outbox.pending.iter().position(|m| m.id == *id) {
                    let mutation = self.outbox.pending.remove(i);
                    refused.push(Refusal {
                        what: describe(&self.view, &mutation.op),
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
    pub fn apply_pull(&mut self, response: &PullResponse, now: DateTime<Utc>) -> bool {
        let mut news = !response.changes.is_empty();
        for change in &response.changes {
            self.base.apply_change(change);
        }
        // Every pull carries the team: only a different one is news.
        if let Some(team) = response.team.as_ref().filter(|t| **t != self.base.team) {
            self.base.team = team.clone();
            news = true;
        }
        self.base.cursor = response.cursor;
        if !response.more {
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
        if news {
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

    fn rebuild(&mut self, now: DateTime<Utc>) {
        let mut view = self.base.clone();
        for mutation in &self.outbox.pending {
            apply(&mut view, &self.user, &mutation.op, now);
        }
        self.view = view;
    }
}

impl Snapshot {
    /// The start of the stored JSON: everything but the parts, without the
    /// closing brace (see `stored_layout`).
    pub fn head_json(&self) -> serde_json::Result<String> {
        // Every field is in the head or a part: a new one must be placed too.
        let Snapshot {
            cursor,
            companies: _,
            contacts: _,
            deals: _,
            pipelines,
            stages,
            team,
            activities: _,
        } = self;
        let mut json = serde_json::to_string(&Head {
            format: super::stored::COPY_FORMAT,
            cursor: *cursor,
            pipelines,
            stages,
            team,
        })?;
        json.pop();
        Ok(json)
    }

    /// The ids of a part's records, in the order a save serializes them.
    pub fn part_ids(&self, part: Part) -> Vec<Uuid> {
        match part {
            Part::Companies => self.companies.keys().copied().collect(),
            Part::Contacts => self.contacts.keys().copied().collect(),
            Part::Deals => self.deals.keys().copied().collect(),
            Part::Activities => self.activities.keys().copied().collect(),
        }
    }

    /// The records `ids` of a part as members of its JSON object (`"id":{…}`,
    /// comma-separated, no braces; empty if none of them is there any more).
    pub fn members_json(&self, part: Part, ids: &[Uuid]) -> serde_json::Result<String> {
        let object = match part {
            Part::Companies => serde_json::to_string(&Members(&self.companies, ids)),
            Part::Contacts => serde_json::to_string(&Members(&self.contacts, ids)),
            Part::Deals => serde_json::to_string(&Members(&self.deals, ids)),
            Part::Activities => serde_json::to_string(&Members(&self.activities, ids)),
        }?;
        Ok(object
            .strip_prefix('{')
            .and_then(|o| o.strip_suffix('}'))
            .unwrap_or_default()
            .to_string())
    }

    pub fn apply_change(&mut self, change: &Change) {
        match change {
            Change::Put(Record::Company(c)) => {
                self.companies.insert(c.id, c.clone());
            }
            Change::Put(Record::Contact(c)) => {
                self.contacts.insert(c.id, c.clone());
            }
            Change::Put(Record::Deal(d)) => {
                self.deals.insert(d.id, d.clone());
            }
            Change::Put(Record::Pipeline(p)) => {
                self.pipelines.insert(p.id, p.clone());
            }
            Change::Put(Record::Stage(s)) => {
                self.stages.insert(s.id, s.clone());
            }
            Change::Put(Record::Activity(a)) => {
                self.activities.insert(a.id, a.clone());
            }
            Change::Del { entity, id } => {
                match entity.as_str() {
                    "company" => drop(self.companies.remove(id)),
                    "contact" => drop(self.contacts.remove(id)),
                    "deal" => drop(self.deals.remove(id)),
                    "pipeline" => drop(self.pipelines.remove(id)),
                    "stage" => drop(self.stages.remove(id)),
                    "activity" => drop(self.activities.remove(id)),
                    _ => {}
                };
            }
        }
    }

    fn member_name(&self, id: Uuid) -> String {
        self.team
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    }

    /// Pipelines in board order.
    pub fn pipeline_list(&self) -> Vec<PipelineRef> {
        let mut list: Vec<_> = self.pipelines.values().cloned().collect();
        list.sort_by_cached_key(|p| (p.position, p.name.to_lowercase()));
        list
    }

    pub fn pipeline(&self, id: Uuid) -> Option<Pipeline> {
        let p = self.pipelines.get(&id)?;
        let mut stages: Vec<Stage> = self
            .stages
            .values()
            .filter(|s| s.pipeline_id == id)
            .cloned()
            .collect();
        stages.sort_by_key(|s| s.position);
        Some(Pipeline {
            id: p.id,
            name: p.name.clone(),
            position: p.position,
            stages,
        })
    }

    /// A deal as cards show it: the company name as it is now.
    fn shown(&self, deal: &Deal) -> Deal {
        let mut deal = deal.clone();
        if let Some(c) = self.companies.get(&deal.company_id) {
            deal.company_name.clone_from(&c.name);
        }
        deal
    }

    /// The same board the server would build, from local data.
    pub fn board(&self, query: &BoardQuery, user: &CurrentUser, now: DateTime<Utc>) -> Board {
        let pipelines = self.pipeline_list();
        let pipeline = query
            .pipeline_id
            .and_then(|id| self.pipeline(id))
            .or_else(|| pipelines.first().and_then(|p| self.pipeline(p.id)));
        let owner_filter = if !user.is_manager() || query.mine {
            Some(user.id)
        } else {
            query.owner_id
        };
        let deals = match &pipeline {
            Some(p) => {
                let stage_order: HashMap<Uuid, i32> =
                    p.stages.iter().map(|s| (s.id, s.position)).collect();
                // Sorted by keys read once per deal, and only then cloned: hashing
                // the stage at every comparison made this the slowest step after a
                // drop on a 2,000-deal board (about 70 ms on a phone).
                let mut open: Vec<_> = self
                    .deals
                    .values()
                    .filter(|d| d.pipeline_id == p.id && d.status == DealStatus::Open)
                    .filter(|d| owner_filter.is_none_or(|o| d.owner_id == o))
                    .filter_map(|d| {
                        let stage = stage_order.get(&d.stage_id?)?;
                        Some(((*stage, d.position, d.created_at, d.id), d))
                    })
                    .collect();
                open.sort_unstable_by_key(|(key, _)| *key);
                open.into_iter().map(|(_, d)| self.shown(d)).collect()
            }
            None => Vec::new(),
        };
        Board {
            pipelines,
            pipeline,
            deals,
            team: self.team.clone(),
            as_of: now,
            owner_filter,
        }
    }

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
                Some((tier, c.name.to_lowercase(), c))
            })
            .collect();
        matching.sort_unstable_by(|a, b| (a.0, &a.1, a.2.id).cmp(&(b.0, &b.1, b.2.id)));
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
                contact_count: contact_count.get(&c.id).copied().unwrap_or(0),
            })
            .collect();
        CompanyPage { items, total, page }
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
        let key = crate::customers::model::name_key(name);
        self.companies
            .values()
            .any(|c| Some(c.id) != except && crate::customers::model::name_key(&c.name) == key)
    }

    /// A company's contacts, by name.
    pub fn contacts_of(&self, company_id: Uuid) -> Vec<Contact> {
        let mut list: Vec<Contact> = self
            .contacts
            .values()
            .filter(|c| c.company_id == company_id)
            .cloned()
            .collect();
        list.sort_by_cached_key(|c| (c.name.to_lowercase(), c.id));
        list
    }

    /// A company's deals, open ones first, newest first.
    pub fn deals_of(&self, company_id: Uuid) -> Vec<Deal> {
        let mut list: Vec<Deal> = self
            .deals
            .values()
            .filter(|d| d.company_id == company_id)
            .map(|d| self.shown(d))
            .collect();
        list.sort_by(|a, b| {
            (
                a.status != DealStatus::Open,
                std::cmp::Reverse(a.created_at),
            )
                .cmp(&(
                    b.status != DealStatus::Open,
                    std::cmp::Reverse(b.created_at),
                ))
        });
        list
    }

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
    pub fn overdue_count(&self, owner: Uuid, local_now: chrono::NaiveDateTime) -> usize {
        self.activities
            .values()
            .filter(|a| a.owner_id == owner)
            .filter(|a| a.due_state(local_now) == crate::activities::model::DueState::Overdue)
            .count()
    }

    /// `owner`'s overdue and due-today follow-ups, judged on their wall clock.
    pub fn agenda(&self, owner: Uuid, local_now: chrono::NaiveDateTime) -> Agenda {
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

    pub fn deal(&self, id: Uuid) -> Option<Deal> {
        self.deals.get(&id).map(|d| self.shown(d))
    }

    /// Open deals of one stage column, in order.
    /// A column's open deals in order, without `except`.
    fn column(&self, stage: Uuid, except: Uuid) -> Vec<Uuid> {
        let mut column: Vec<(i32, DateTime<Utc>, Uuid)> = self
            .deals
            .values()
            .filter(|d| d.stage_id == Some(stage) && d.status == DealStatus::Open && d.id != except)
            .map(|d| (d.position, d.created_at, d.id))
            .collect();
        column.sort_unstable();
        column.into_iter().map(|(_, _, id)| id).collect()
    }

    fn place(&mut self, deal_id: Uuid, stage: Uuid, at: Option<usize>) {
        let column = self.column(stage, deal_id);
        self.place_in(column, deal_id, at);
    }

    /// Puts a deal into `column` (its stage's other deals, in order) at `at`, or
    /// last: between its neighbours like the server does, so the device shows
    /// the position the server will give it.
    fn place_in(&mut self, mut column: Vec<Uuid>, deal_id: Uuid, at: Option<usize>) {
        let at = at.unwrap_or(column.len()).min(column.len());
        let position_at = |i: usize| {
            column
                .get(i)
                .and_then(|id| self.deals.get(id))
                .map(|d| d.position)
        };
        let between = position_between(at.checked_sub(1).and_then(position_at), position_at(at));
        match between {
            Some(position) => {
                if let Some(deal) = self.deals.get_mut(&deal_id) {
                    deal.position = position;
                }
            }
            None => {
                column.insert(at, deal_id);
                for (id, position) in column.iter().zip(respaced(column.len())) {
                    if let Some(d) = self.deals.get_mut(id) {
                        d.position = position;
                    }
                }
            }
        }
    }
}

/// Applies an edit to a local copy the way the server will. Edits the server
/// would refuse (a deal that is gone, say) change nothing here; the server's
/// answer then explains why.
pub fn apply(snap: &mut Snapshot, user: &CurrentUser, op: &MutationOp, now: DateTime<Utc>) {
    match op {
        MutationOp::CreateCompany(new) => {
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
        MutationOp::UpdateCompany { id, patch } => {
            let owner_name = patch.owner_id.map(|o| snap.member_name(o));
            let Some(company) = snap.companies.get_mut(id) else {
                return;
            };
            let previous_owner = company.owner_id;
            patch.apply_to(company);
            company.updated_at = now;
            if let Some(name) = owner_name {
                company.owner_name = name;
                // The people at a customer move with it.
                let owner = company.owner_id;
                for contact in snap.contacts.values_mut().filter(|c| c.company_id == *id) {
                    contact.owner_id = owner;
                }
                for activity in snap
                    .activities
                    .values_mut()
                    .filter(|a| a.company_id == *id && a.owner_id == previous_owner)
                {
                    activity.owner_id = owner;
                }
                let owner_name = company.owner_name.clone();
                for deal in snap.deals.values_mut().filter(|d| {
                    d.company_id == *id
                        && d.owner_id == previous_owner
                        && d.status == DealStatus::Open
                }) {
                    deal.owner_id = owner;
                    deal.owner_name = owner_name.clone();
                }
            }
        }
        MutationOp::CreateContact(new) => {
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
        MutationOp::UpdateContact { id, patch } => {
            if let Some(contact) = snap.contacts.get_mut(id) {
                patch.apply_to(contact);
                contact.updated_at = now;
            }
        }
        MutationOp::CreateDeal(new) => create_deal(snap, user, new, now),
        MutationOp::UpdateDeal { id, patch } => {
            let owner_name = patch.owner_id.map(|o| snap.member_name(o));
            if let Some(deal) = snap.deals.get_mut(id) {
                patch.apply_to(deal);
                deal.updated_at = now;
                if let Some(name) = owner_name {
                    deal.owner_name = name;
                }
            }
        }
        MutationOp::MoveDeal(mv) => move_deal(snap, mv, now),
        MutationOp::CloseDeal { id, outcome } => {
            if snap
                .deals
                .get(id)
                .is_none_or(|d| d.status != DealStatus::Open)
            {
                return;
            }
            if let Some(deal) = snap.deals.get_mut(id) {
                deal.status = outcome.status();
                deal.lost_reason = outcome.reason().to_string();
                deal.closed_at = Some(now);
                deal.updated_at = now;
            }
        }
        MutationOp::ReopenDeal { id } => {
            let Some(deal) = snap.deals.get(id).filter(|d| d.status != DealStatus::Open) else {
                return;
            };
            let pipeline = snap.pipeline(deal.pipeline_id);
            let stage = deal
                .stage_id
                .filter(|s| snap.stages.contains_key(s))
                .or_else(|| pipeline.and_then(|p| p.stages.first().map(|s| s.id)));
            let Some(stage) = stage else { return };
            if let Some(deal) = snap.deals.get_mut(id) {
                deal.status = DealStatus::Open;
                deal.lost_reason.clear();
                deal.closed_at = None;
                deal.stage_id = Some(stage);
                deal.updated_at = now;
            }
            snap.place(*id, stage, Some(0));
        }
        MutationOp::CreateActivity(new) => {
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
        MutationOp::UpdateActivity { id, patch } => {
            if let Some(activity) = snap.activities.get_mut(id) {
                patch.apply_to(activity);
                activity.updated_at = now;
            }
        }
        MutationOp::CompleteActivity { id, done } => {
            if let Some(activity) = snap.activities.get_mut(id) {
                activity.done_at = if *done {
                    activity.done_at.or(Some(now))
                } else {
                    None
                };
                activity.updated_at = now;
            }
        }
        MutationOp::CheckIn { id, checkin } => {
            if let Some(activity) = snap
                .activities
                .get_mut(id)
                .filter(|a| a.kind == ActivityKind::Visit)
            {
                activity.checkin = Some(checkin.clone());
                activity.updated_at = now;
            }
        }
        MutationOp::DeleteActivity { id } => {
            snap.activities.remove(id);
        }
        // Archived records leave the device; others' records at the company
        // stay until the server agrees (a rep's refusal brings them back).
        MutationOp::ArchiveCompany { id, .. } => {
            if snap.companies.remove(id).is_some() {
                snap.contacts.retain(|_, c| c.company_id != *id);
                snap.deals.retain(|_, d| d.company_id != *id);
                snap.activities.retain(|_, a| a.company_id != *id);
            }
        }
        MutationOp::ArchiveContact { id } => {
            snap.contacts.remove(id);
        }
        MutationOp::ArchiveDeal { id } => {
            snap.deals.remove(id);
        }
        // The device holds no archived records: the pull brings the restored ones.
        MutationOp::Restore { .. } => {}
    }
}

fn create_deal(
    snap: &mut Snapshot,
    user: &CurrentUser,
    new: &crate::deals::model::NewDeal,
    now: DateTime<Utc>,
) {
    if snap.deals.contains_key(&new.id) {
        return;
    }
    let Some(company) = new.company_id.and_then(|id| snap.companies.get(&id)) else {
        return;
    };
    let pipeline = new
        .pipeline_id
        .or_else(|| snap.pipeline_list().first().map(|p| p.id))
        .and_then(|id| snap.pipeline(id));
    let Some(pipeline) = pipeline else { return };
    let Some(stage) = new
        .stage_id
        .and_then(|id| pipeline.stage(id))
        .or(pipeline.stages.first())
    else {
        return;
    };
    let owner_id = new.owner_id.unwrap_or(user.id);
    let deal = Deal {
        id: new.id,
        title: new.title.clone(),
        company_id: company.id,
        company_name: company.name.clone(),
        contact_id: new.contact_id,
        owner_id,
        owner_name: snap.member_name(owner_id),
        pipeline_id: pipeline.id,
        stage_id: Some(stage.id),
        value_cents: new.value_cents,
        currency: new.currency.clone(),
        close_date: new.close_date,
        probability: new.probability,
        status: DealStatus::Open,
        lost_reason: String::new(),
        position: 0,
        stage_entered_at: now,
        closed_at: None,
        created_at: now,
        updated_at: now,
    };
    let stage = stage.id;
    snap.deals.insert(deal.id, deal);
    // New deals go on top of their column, as on the server.
    snap.place(new.id, stage, Some(0));
}

fn move_deal(snap: &mut Snapshot, mv: &DealMove, now: DateTime<Utc>) {
    let Some(deal) = snap.deals.get(&mv.deal_id) else {
        return;
    };
    let target_ok = snap
        .stages
        .get(&mv.stage_id)
        .is_some_and(|s| s.pipeline_id == deal.pipeline_id);
    if deal.status != DealStatus::Open || !target_ok {
        return;
    }
    let from = deal.stage_id;
    if let Some(deal) = snap.deals.get_mut(&mv.deal_id) {
        if from != Some(mv.stage_id) {
            deal.stage_id = Some(mv.stage_id);
            deal.stage_entered_at = now;
        }
        deal.updated_at = now;
    }
    // One read of the target column (it scans every deal on the device) serves
    // both finding the drop place and placing the deal.
    let target = snap.column(mv.stage_id, mv.deal_id);
    let at = mv
        .before_id
        .and_then(|before| target.iter().position(|id| *id == before));
    snap.place_in(target, mv.deal_id, at);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        auth::model::Role,
        customers::model::{CompanyPatch, NewCompany},
        deals::model::sample_deal,
        sync::model::MutationResult,
    };

    fn user() -> CurrentUser {
        CurrentUser {
            id: Uuid::from_u128(1),
            name: "Ana Lopez".into(),
            email: "ana@example.test".into(),
            role: Role::Rep,
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("valid")
    }

    /// A replica whose server copy holds one company, "Acme".
    fn with_acme() -> (Replica, Uuid) {
        let mut replica = Replica::new(user(), Snapshot::default(), Outbox::new());
        let new = NewCompany {
            name: "Acme".into(),
            ..NewCompany::blank()
        };
        let id = new.id;
        let mut company_snapshot = Snapshot::default();
        apply(
            &mut company_snapshot,
            &user(),
            &MutationOp::CreateCompany(new),
            now(),
        );
        let acme = company_snapshot.companies[&id].clone();
        replica.apply_pull(
            &PullResponse {
                cursor: 5,
                changes: vec![Change::Put(Record::Company(acme))],
                more: false,
                last_mutation_id: 0,
                team: None,
            },
            now(),
        );
        (replica, id)
    }

    fn rename(id: Uuid, name: &str) -> MutationOp {
        MutationOp::UpdateCompany {
            id,
            patch: CompanyPatch::single("name", name).expect("patch"),
        }
    }

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
                        MutationResult::Rejected(AppError::Conflict(
                            "Ben Carter still has 1 open deal here.".into(),
                        )),
                    ),
                ],
                last_mutation_id: 2,
            },
            now(),
        );
        assert_eq!(refused.len(), 1);
        assert!(refused[0]
            .message()
            .contains("Ben Carter still has 1 open deal here."));
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
        assert!(refused[0]
            .message()
            .starts_with("Your edit of the company “Acme"));
        // The accepted edit still shows until a pull brings it.
        assert_eq!(replica.view().companies[&id].name, "Acme Ltd");
        assert!(
            replica.outbox.unsent(10).is_empty(),
            "nothing is sent twice"
        );
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
        };
        assert!(
            !replica.apply_pull(&page, now()),
            "an empty page changes nothing"
        );
        assert_eq!(replica.pending(), 1, "its effect may be on the next page");
        page.more = false;
        assert!(
            replica.apply_pull(&page, now()),
            "confirming an edit is news"
        );
        assert_eq!(replica.pending(), 0);
        page.cursor = 7;
        assert!(
            !replica.apply_pull(&page, now()),
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
        assert!(replica.apply_pull(&page, now()), "a new team is news");
        assert!(!replica.apply_pull(&page, now()), "the same team is not");
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
        };
        replica.apply_pull(&confirming, now());
        assert_eq!(replica.pending(), 0);
        // Stored now, next to the old stored base, the edit must still be replayed.
        assert_eq!(replica.outbox_to_store().pending.len(), 1);
        let count = replica.unstored_len();
        // Another edit is confirmed while that copy is being written.
        replica
            .submit(rename(id, "Acme Group"), now())
            .expect("valid");
        replica.apply_pull(
            &PullResponse {
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

    /// Stages 10 and 20 of one pipeline; `deals` as (id, stage, position).
    fn board_of(deals: &[(u128, u128, i32)]) -> Snapshot {
        let mut snap = Snapshot::default();
        for (stage, position) in [(10, 0), (20, 1)] {
            let id = Uuid::from_u128(stage);
            let stage = Stage {
                id,
                pipeline_id: Uuid::nil(),
                name: format!("Stage {stage}"),
                position,
                probability: 50,
                rotting_days: 0,
            };
            snap.stages.insert(id, stage);
        }
        for &(id, stage, position) in deals {
            let deal = Deal {
                position,
                ..sample_deal(id, stage)
            };
            snap.deals.insert(deal.id, deal);
        }
        snap
    }

    /// A stage's deals as (id, position), in order.
    fn column_of(snap: &Snapshot, stage: u128) -> Vec<(u128, i32)> {
        snap.column(Uuid::from_u128(stage), Uuid::nil())
            .iter()
            .map(|id| (id.as_u128(), snap.deals[id].position))
            .collect()
    }

    fn move_to(deal: u128, stage: u128, before: Option<u128>) -> MutationOp {
        MutationOp::MoveDeal(DealMove {
            deal_id: Uuid::from_u128(deal),
            stage_id: Uuid::from_u128(stage),
            before_id: before.map(Uuid::from_u128),
        })
    }

    #[test]
    fn a_move_on_the_device_changes_only_the_moved_deal() {
        let mut snap = board_of(&[(1, 10, 0), (2, 10, 1024), (3, 10, 2048), (4, 20, 0)]);
        apply(&mut snap, &user(), &move_to(2, 20, Some(4)), now());
        assert_eq!(column_of(&snap, 10), [(1, 0), (3, 2048)]);
        assert_eq!(column_of(&snap, 20), [(2, -1024), (4, 0)]);
        let moved = &snap.deals[&Uuid::from_u128(2)];
        assert_eq!(moved.stage_entered_at, now(), "its time in stage restarts");

        // Within a column, between two cards, and to the end of one.
        apply(&mut snap, &user(), &move_to(1, 10, None), now());
        assert_eq!(column_of(&snap, 10), [(3, 2048), (1, 3072)]);
        apply(&mut snap, &user(), &move_to(3, 20, Some(4)), now());
        assert_eq!(column_of(&snap, 20), [(2, -1024), (3, -512), (4, 0)]);
    }

    #[test]
    fn a_column_without_room_is_respaced_around_the_drop() {
        // Columns stored before positions had gaps are numbered 0, 1, 2…
        let mut snap = board_of(&[(1, 10, 0), (2, 10, 1), (3, 20, 0)]);
        apply(&mut snap, &user(), &move_to(3, 10, Some(2)), now());
        assert_eq!(column_of(&snap, 10), [(1, 0), (3, 1024), (2, 2048)]);
    }

    #[test]
    fn the_stored_copy_joins_its_head_and_parts_into_the_snapshot() {
        let (replica, _) = with_acme();
        let mut snap = board_of(&[(1, 10, 0), (2, 20, 1024), (3, 20, 2048)]);
        snap.companies = replica.base.companies.clone();
        snap.cursor = 42;
        snap.team = vec![TeamMember {
            id: Uuid::from_u128(1),
            name: "Ana \"Lopez\"".into(),
            role: Role::Rep,
        }];
        // Chunks of two records, as a save joins them (a vanished id adds nothing).
        let mut json = String::new();
        for piece in stored_layout(snap.head_json().expect("head")) {
            match piece {
                Piece::Text(text) => json.push_str(&text),
                Piece::Members(part) => {
                    let mut ids = snap.part_ids(part);
                    ids.push(Uuid::from_u128(404));
                    let members: Vec<String> = ids
                        .chunks(2)
                        .map(|chunk| snap.members_json(part, chunk).expect("members"))
                        .filter(|m| !m.is_empty())
                        .collect();
                    json.push_str(&members.join(","));
                }
            }
        }
        let stored: Snapshot = serde_json::from_str(&json).expect("the stored format");
        assert_eq!(stored, snap);
        // Saved in steps, it still names its format and loads.
        assert_eq!(
            crate::sync::stored::read_copy(Some(&json)),
            crate::sync::stored::CopyLoad::Ready(Box::new(snap.clone()))
        );
        // Copies stored whole (before parts) read the same way.
        let whole = serde_json::to_string(&snap).expect("whole");
        assert_eq!(
            serde_json::from_str::<Snapshot>(&whole).expect("old format"),
            stored
        );
    }
}
