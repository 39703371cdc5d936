//! The sync protocol's messages, shared by the browser and the server.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    activities::model::{ActivityPatch, CheckIn, NewActivity},
    archive::model::ArchiveKind,
    auth::model::TeamMember,
    contacts::model::{ContactPatch, NewContact},
    customers::model::{CompanyPatch, NewCompany},
    deals::model::{DealMove, DealPatch, NewDeal, Outcome},
    error::AppError,
};

pub use super::kinds::Record;
use super::{entity::Entity, scope::TeamBounds};

/// The most edits one push carries: devices send their outbox in pushes of
/// this size, and the server refuses bigger ones.
pub const MAX_PUSH: usize = 500;

/// One edit made on a device, queued until the server confirms it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mutation {
    /// Increasing per client; the server remembers the last one it processed.
    pub id: i64,
    pub op: MutationOp,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "name", content = "args", rename_all = "snake_case")]
pub enum MutationOp {
    CreateCompany(NewCompany),
    UpdateCompany {
        id: Uuid,
        patch: CompanyPatch,
    },
    CreateContact(NewContact),
    UpdateContact {
        id: Uuid,
        patch: ContactPatch,
    },
    CreateDeal(NewDeal),
    UpdateDeal {
        id: Uuid,
        patch: DealPatch,
    },
    MoveDeal(DealMove),
    CloseDeal {
        id: Uuid,
        outcome: Outcome,
    },
    ReopenDeal {
        id: Uuid,
    },
    CreateActivity(NewActivity),
    UpdateActivity {
        id: Uuid,
        patch: ActivityPatch,
    },
    /// Done, or open again (a tap by mistake).
    CompleteActivity {
        id: Uuid,
        done: bool,
    },
    CheckIn {
        id: Uuid,
        checkin: CheckIn,
    },
    /// Archives the activity (the name predates archiving: queued edits keep it).
    DeleteActivity {
        id: Uuid,
    },
    /// Archives the company with everything still live at it. `force`: a
    /// manager confirmed archiving others' open deals and planned activities too.
    ArchiveCompany {
        id: Uuid,
        #[serde(default)]
        force: bool,
    },
    ArchiveContact {
        id: Uuid,
    },
    ArchiveDeal {
        id: Uuid,
    },
    /// Brings an archived record back (a company with what went with it).
    Restore {
        kind: ArchiveKind,
        id: Uuid,
    },
}

impl MutationOp {
    /// Trims what people typed, as the server will.
    pub fn normalized(self) -> Self {
        match self {
            MutationOp::CreateCompany(c) => MutationOp::CreateCompany(c.normalized()),
            MutationOp::CreateContact(c) => MutationOp::CreateContact(c.normalized()),
            MutationOp::CreateDeal(d) => MutationOp::CreateDeal(d.normalized()),
            MutationOp::CreateActivity(a) => MutationOp::CreateActivity(a.normalized()),
            other => other,
        }
    }

    /// The checks that need no database, run on the device before queueing so a
    /// form shows its field errors at once, online or not. The server runs them again.
    pub fn validate(&self) -> Result<(), AppError> {
        match self {
            MutationOp::CreateCompany(c) => c.validate(),
            MutationOp::UpdateCompany { patch, .. } => patch.validate(),
            MutationOp::CreateContact(c) => c.validate(),
            MutationOp::UpdateContact { patch, .. } => patch.validate(),
            MutationOp::CreateDeal(d) => d.validate(),
            MutationOp::UpdateDeal { patch, .. } => patch.validate(),
            MutationOp::CloseDeal { outcome, .. } => outcome.validate(),
            MutationOp::CreateActivity(a) => a.validate(),
            MutationOp::UpdateActivity { patch, .. } => patch.validate(),
            MutationOp::CheckIn { checkin, .. } => checkin.validate(),
            MutationOp::MoveDeal(_)
            | MutationOp::ReopenDeal { .. }
            | MutationOp::CompleteActivity { .. }
            | MutationOp::DeleteActivity { .. }
            | MutationOp::ArchiveCompany { .. }
            | MutationOp::ArchiveContact { .. }
            | MutationOp::ArchiveDeal { .. }
            | MutationOp::Restore { .. } => Ok(()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushRequest {
    pub client_id: Uuid,
    pub mutations: Vec<Mutation>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum MutationResult {
    Applied,
    /// Sent before and already processed: nothing was done again.
    AlreadyProcessed,
    /// Refused (validation, permission, conflict); the client drops it and shows why.
    Rejected(AppError),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    pub results: Vec<(i64, MutationResult)>,
    pub last_mutation_id: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    pub client_id: Uuid,
    /// The version the device has seen everything up to; 0 for a fresh device.
    pub cursor: i64,
    /// Companies a manager's device keeps whole (see `scope`), the latest last.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kept: Vec<Uuid>,
}

// Nearly every change is a `Put`; boxing it would only add an allocation per record.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Put(Record),
    /// The record was deleted, or the user may no longer see it.
    Del {
        entity: Entity,
        id: Uuid,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullResponse {
    pub cursor: i64,
    pub changes: Vec<Change>,
    /// More pages wait: pull again with the new cursor.
    pub more: bool,
    /// The last mutation of this client the server has processed.
    pub last_mutation_id: i64,
    /// The people this user may assign records to (for names and pickers).
    pub team: Option<Vec<TeamMember>>,
    /// The device's cursor is behind the tombstone horizon (deletions it never
    /// saw are gone from the log): it reads everything again from cursor 0
    /// into a fresh copy, keeping its outbox (see `Replica::apply_pull`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset: bool,
    /// A manager's device: what it keeps of the team's (see `scope`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<TeamBounds>,
}
