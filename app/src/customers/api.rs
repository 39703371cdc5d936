//! Server functions for companies: thin wrappers over the service. Lists and
//! edits go through the device's copy and sync; these read what it lacks.

use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use uuid::Uuid;

use super::model::Company;
use crate::{contacts::model::Contact, error::AppError};
use serde::{Deserialize, Serialize};

/// Everything the customer card shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyCard {
    pub company: Company,
    pub contacts: Vec<Contact>,
}

#[server(endpoint = "companies/card", input = GetUrl)]
pub async fn get_company_card(id: Uuid) -> Result<CompanyCard, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    let company = super::service::get(&pool, &user, id).await?;
    let contacts = crate::contacts::service::for_company(&pool, &user, id).await?;
    Ok(CompanyCard { company, contacts })
}

/// Whether a new company may take this name. Names are unique across the
/// team, and a rep's device holds only their own customers: the new-company
/// form asks first when online, so a clash is told while it still holds
/// what was typed.
#[server(endpoint = "companies/name_free", input = GetUrl)]
pub async fn company_name_free(name: String) -> Result<bool, AppError> {
    let (pool, _user) = crate::context::require_user().await?;
    super::service::name_free(&pool, &name).await
}
