//! The device's copy of the records it keeps, by kind and id. What each
//! domain reads from it and how each edit changes it live in that domain's
//! `local.rs`; this file only holds the records and takes the pull's changes.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{
    entity::Entity,
    model::{Change, Record},
};
use crate::{
    activities::model::Activity,
    auth::model::TeamMember,
    contacts::model::Contact,
    customers::model::Company,
    deals::model::Deal,
    pipelines::model::{PipelineRef, Stage},
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

impl Snapshot {
    /// Takes one change of a pull: the record's state now, or its removal.
    pub fn apply_change(&mut self, change: &Change) {
        match change {
            Change::Put(Record::Company(c)) => drop(self.companies.insert(c.id, c.clone())),
            Change::Put(Record::Contact(c)) => drop(self.contacts.insert(c.id, c.clone())),
            Change::Put(Record::Deal(d)) => drop(self.deals.insert(d.id, d.clone())),
            Change::Put(Record::Pipeline(p)) => drop(self.pipelines.insert(p.id, p.clone())),
            Change::Put(Record::Stage(s)) => drop(self.stages.insert(s.id, s.clone())),
            Change::Put(Record::Activity(a)) => drop(self.activities.insert(a.id, a.clone())),
            Change::Del { entity, id } => self.remove(*entity, *id),
        }
    }

    fn remove(&mut self, entity: Entity, id: Uuid) {
        match entity {
            Entity::Company => drop(self.companies.remove(&id)),
            Entity::Contact => drop(self.contacts.remove(&id)),
            Entity::Deal => drop(self.deals.remove(&id)),
            Entity::Pipeline => drop(self.pipelines.remove(&id)),
            Entity::Stage => drop(self.stages.remove(&id)),
            Entity::Activity => drop(self.activities.remove(&id)),
        }
    }

    /// A team member's name, as records carry it ("" for someone unknown here).
    pub(crate) fn member_name(&self, id: Uuid) -> String {
        self.team
            .iter()
            .find(|m| m.id == id)
            .map(|m| m.name.clone())
            .unwrap_or_default()
    }
}
