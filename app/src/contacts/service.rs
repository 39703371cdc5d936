//! Contact use cases: authorize, validate, then write.

use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use super::{
    db,
    model::{Contact, ContactPatch, NewContact},
};
use crate::{auth::model::CurrentUser, connect::Connect, customers, error::AppError};

fn not_found() -> AppError {
    AppError::NotFound("This contact".into())
}

pub async fn get(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    id: Uuid,
) -> Result<Contact, AppError> {
    let contact = db::find(executor, id).await?.ok_or_else(not_found)?;
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
    let mut list = db::for_company(pool, company_id, visible_to).await?;
    super::model::sort_by_name(&mut list, crate::i18n::request_locale());
    Ok(list)
}

/// A new contact belongs to the rep who owns its company.
pub async fn create(
    conn: impl Connect,
    user: &CurrentUser,
    contact: NewContact,
) -> Result<Contact, AppError> {
    let mut conn = conn.connect().await?;
    let id = contact.id;
    write_create(&mut conn, user, contact).await?;
    get(&mut *conn, user, id).await
}

/// `create` without reading the contact back: a sync push reports only
/// whether each edit was applied.
pub async fn write_create(
    conn: &mut PgConnection,
    user: &CurrentUser,
    contact: NewContact,
) -> Result<(), AppError> {
    let contact = contact.normalized();
    contact.validate()?;
    let company = customers::service::get(&mut *conn, user, contact.company_id).await?;
    if db::find(&mut *conn, contact.id).await?.is_some() {
        return Err(AppError::AlreadyExists("contact".into()));
    }
    db::insert(&mut *conn, &contact, company.owner_id).await?;
    Ok(())
}

pub async fn update(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    patch: ContactPatch,
) -> Result<Contact, AppError> {
    let mut conn = conn.connect().await?;
    write_update(&mut conn, user, id, patch).await?;
    get(&mut *conn, user, id).await
}

/// `update` without reading the contact back (see `write_create`).
pub async fn write_update(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    patch: ContactPatch,
) -> Result<(), AppError> {
    patch.validate()?;
    get(&mut *conn, user, id).await?;
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    db::update(&mut *tx, id, &patch).await?;
    tx.commit().await?;
    Ok(())
}
