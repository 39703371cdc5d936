//! Company use cases: authorize, validate, then write. Server functions call these;
//! tests call them directly against a real database.

use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use super::{
    db,
    model::{Company, CompanyPatch, NewCompany},
};
use crate::{
    activities, auth::model::CurrentUser, auth::session, connect::Connect, contacts, deals,
    error::AppError, i18n::Text,
};

fn not_found() -> AppError {
    AppError::NotFound("This company".into())
}

/// A company the user may see, or `NotFound` / `Forbidden`.
pub async fn get(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    id: Uuid,
) -> Result<Company, AppError> {
    let company = db::find(executor, id).await?.ok_or_else(not_found)?;
    if !user.can_access(company.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(company)
}

/// Whether no live company has this name (compared as the unique index does).
pub async fn name_free(pool: &PgPool, name: &str) -> Result<bool, AppError> {
    let mut errors = crate::error::FieldErrors::default();
    crate::validate::required(&mut errors, "name", name, crate::validate::MAX_NAME);
    errors.into_result()?;
    Ok(!db::name_taken(pool, name).await?)
}

/// Checks that `owner_id` may own customers assigned by `user`.
async fn check_new_owner(
    executor: impl PgExecutor<'_>,
    user: &CurrentUser,
    owner_id: Uuid,
) -> Result<(), AppError> {
    if owner_id != user.id && !user.is_manager() {
        return Err(AppError::Forbidden);
    }
    if !session::user_exists(executor, owner_id).await? {
        return Err(AppError::validation(
            "owner_id",
            Text::new("customers-owner-not-in-team"),
        ));
    }
    Ok(())
}

pub async fn create(
    conn: impl Connect,
    user: &CurrentUser,
    company: NewCompany,
) -> Result<Company, AppError> {
    let mut conn = conn.connect().await?;
    let id = company.id;
    write_create(&mut conn, user, company).await?;
    get(&mut *conn, user, id).await
}

/// `create` without reading the company back: a sync push reports only
/// whether each edit was applied.
pub async fn write_create(
    conn: &mut PgConnection,
    user: &CurrentUser,
    company: NewCompany,
) -> Result<(), AppError> {
    let company = company.normalized();
    company.validate()?;
    let owner_id = company.owner_id.unwrap_or(user.id);
    check_new_owner(&mut *conn, user, owner_id).await?;
    if db::find(&mut *conn, company.id).await?.is_some() {
        return Err(AppError::AlreadyExists("company".into()));
    }
    db::insert(&mut *conn, &company, owner_id).await?;
    Ok(())
}

/// Edits a company and reads it back (a sync push calls `write_update`).
pub async fn update(
    conn: impl Connect,
    user: &CurrentUser,
    id: Uuid,
    patch: CompanyPatch,
) -> Result<Company, AppError> {
    let mut conn = conn.connect().await?;
    write_update(&mut conn, user, id, patch).await?;
    get(&mut *conn, user, id).await
}

/// `update` without reading the company back (see `write_create`).
pub async fn write_update(
    conn: &mut PgConnection,
    user: &CurrentUser,
    id: Uuid,
    patch: CompanyPatch,
) -> Result<(), AppError> {
    patch.validate()?;
    if let Some(new_owner) = patch.owner_id {
        check_new_owner(&mut *conn, user, new_owner).await?;
    }
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    crate::sync::db::act_as(&mut tx, user.id).await?;
    let owner = db::lock_owner(&mut *tx, id).await?.ok_or_else(not_found)?;
    if !user.can_access(owner) {
        return Err(AppError::Forbidden);
    }
    if let Some(new_owner) = patch.owner_id.filter(|new| *new != owner) {
        // The people, open deals and activities at a customer move with it, so
        // the new rep sees the whole card and the old one keeps no orphan deal.
        contacts::db::reassign_for_company(&mut *tx, id, owner, new_owner).await?;
        deals::db::reassign_open_for_company(&mut *tx, id, owner, new_owner).await?;
        activities::db::reassign_for_company(&mut *tx, id, owner, new_owner).await?;
    }
    db::update(&mut *tx, id, &patch).await?;
    tx.commit().await?;
    Ok(())
}
