//! The one list of kinds of record that devices keep. A new synced domain
//! adds its line here (see `registry` for what the line makes) and writes the
//! rest in its own folder: its model, its `db::find_many`, its `local.rs`.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::model::Change;
#[cfg(feature = "ssr")]
use crate::{activities, contacts, customers, deals, pipelines};
use crate::{
    activities::model::Activity,
    auth::model::TeamMember,
    contacts::model::Contact,
    customers::model::Company,
    deals::model::Deal,
    pipelines::model::{PipelineRef, Stage},
};

synced_kinds! {
    // Many per customer: stored a chunk at a time.
    chunked {
        Company(Company) = "company", in companies as Companies, read by customers::db::find_many;
        Contact(Contact) = "contact", in contacts as Contacts, read by contacts::db::find_many;
        Deal(Deal) = "deal", in deals as Deals, read by deals::db::find_many;
        Activity(Activity) = "activity", in activities as Activities, read by activities::db::find_many;
    }
    // A few for the whole company: stored whole, in the copy's head.
    head {
        Pipeline(PipelineRef) = "pipeline", in pipelines, read by pipelines::db::find_pipelines;
        Stage(Stage) = "stage", in stages, read by pipelines::db::find_stages;
    }
}
