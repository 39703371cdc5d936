//! Server functions for contacts.

use leptos::prelude::*;
use leptos::server_fn::codec::Json;
use uuid::Uuid;

use super::model::{Contact, ContactPatch, NewContact};
use crate::error::AppError;

#[server(endpoint = "contacts/create", input = Json)]
pub async fn create_contact(contact: NewContact) -> Result<Contact, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::create(&pool, &user, contact).await
}

#[server(endpoint = "contacts/update", input = Json)]
pub async fn update_contact(id: Uuid, patch: ContactPatch) -> Result<Contact, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::update(&pool, &user, id, patch).await
}
