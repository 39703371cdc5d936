//! Contact use cases: authorize, validate, then write.

use sqlx::PgPool;
use uuid::Uuid;

use super::{
    db,
    model::{Contact, ContactPatch, NewContact},
};
use crate::{auth::model::CurrentUser, customers, error::AppError};

fn not_found() -> AppError {
    AppError::NotFound("This contact".into())
}

pub async fn get(pool: &PgPool, user: &CurrentUser, id: Uuid) -> Result<Contact, AppError> {
    let contact = db::find(pool, id).await?.ok_or_else(not_found)?;
    if !user.can_access(contact.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(contact)
}

/// The contacts of a company the user may see.
pub async fn for_company(
    pool: &PgPool,
    user: &CurrentUser,
    company_id: Uuid,
) -> Result<Vec<Contact>, AppError> {
    customers::service::get(pool, user, company_id).await?;
    let visible_to = (!user.is_manager()).then_some(user.id);
    db::for_company(pool, company_id, visible_to).await
}

/// A new contact belongs to the rep who owns its company.
pub async fn create(
    pool: &PgPool,
    user: &CurrentUser,
    contact: NewContact,
) -> Result<Contact, AppError> {
    let contact = contact.normalized();
    contact.validate()?;
    let company = customers::service::get(pool, user, contact.company_id).await?;
    if db::find(pool, contact.id).await?.is_some() {
        return Err(AppError::Conflict(
            "This contact was already created.".into(),
        ));
    }
    db::insert(pool, &contact, company.owner_id).await?;
    get(pool, user, contact.id).await
}

pub async fn update(
    pool: &PgPool,
    user: &CurrentUser,
    id: Uuid,
    patch: ContactPatch,
) -> Result<Contact, AppError> {
    patch.validate()?;
    get(pool, user, id).await?;
    let mut tx = pool.begin().await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    db::update(&mut *tx, id, &patch).await?;
    tx.commit().await?;
    get(pool, user, id).await
}

pub async fn delete(pool: &PgPool, user: &CurrentUser, id: Uuid) -> Result<(), AppError> {
    get(pool, user, id).await?;
    db::delete(pool, id).await
}
