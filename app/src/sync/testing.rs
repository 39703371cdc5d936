//! Small books for the device-side tests of every domain.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::{
    model::{Change, MutationOp, PullResponse, Record},
    ops::apply,
    outbox::Outbox,
    replica::Replica,
    snapshot::Snapshot,
};
use crate::{
    auth::model::{CurrentUser, Role},
    customers::model::{CompanyPatch, NewCompany},
    deals::model::{sample_deal, Deal},
    pipelines::model::Stage,
};

pub fn user() -> CurrentUser {
    CurrentUser {
        id: Uuid::from_u128(1),
        name: "Ana Lopez".into(),
        email: "ana@example.test".into(),
        role: Role::Rep,
    }
}

pub fn now() -> DateTime<Utc> {
    DateTime::<Utc>::from_timestamp(1_800_000_000, 0).expect("valid")
}

/// A replica whose server copy holds one company, "Acme".
pub fn with_acme() -> (Replica, Uuid) {
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
        PullResponse {
            cursor: 5,
            changes: vec![Change::Put(Record::Company(acme))],
            more: false,
            last_mutation_id: 0,
            team: None,
            reset: false,
            scope: None,
        },
        now(),
    );
    (replica, id)
}

pub fn rename(id: Uuid, name: &str) -> MutationOp {
    MutationOp::UpdateCompany {
        id,
        patch: CompanyPatch::single("name", name).expect("patch"),
    }
}

/// Stages 10 and 20 of one pipeline; `deals` as (id, stage, position).
pub fn board_of(deals: &[(u128, u128, i32)]) -> Snapshot {
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
