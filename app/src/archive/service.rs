//! Archive use cases: who may archive, restore or erase what.

use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::{
    db,
    model::{ArchiveKind, ArchivedItem, CompanyReach, Erased},
};
use crate::{auth::model::CurrentUser, error::AppError, i18n::Text};

fn not_found(kind: ArchiveKind) -> AppError {
    AppError::NotFound(format!("This {}", kind.label().to_lowercase()))
}

fn require_manager(user: &CurrentUser) -> Result<(), AppError> {
    if user.is_manager() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The record under lock, once it is known the user may change it; the
/// transaction's changes are recorded as theirs.
async fn lock_for_change(
    conn: &mut PgConnection,
    user: &CurrentUser,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<db::Locked, AppError> {
    crate::sync::db::act_as(conn, user.id).await?;
    let locked = db::lock(&mut *conn, kind, id)
        .await?
        .ok_or_else(|| not_found(kind))?;
    if !user.can_access(locked.owner_id) {
        return Err(AppError::Forbidden);
    }
    Ok(locked)
}

/// What archiving the company would take with it (for the confirmation).
pub async fn company_reach(
    pool: &PgPool,
    user: &CurrentUser,
    id: Uuid,
) -> Result<CompanyReach, AppError> {
    let mut conn = pool.acquire().await?;
    crate::customers::service::get(&mut *conn, user, id).await?;
    db::company_reach(&mut conn, id, user.id).await
}

/// Archiving from a device, whose edit may arrive after someone else's: a
/// record already gone (archived and erased) is the user's intent done.
pub async fn write_archive(
    conn: &mut PgConnection,
    user: &CurrentUser,
    kind: ArchiveKind,
    id: Uuid,
    force: bool,
) -> Result<(), AppError> {
    match archive(conn, user, kind, id, force).await {
        Err(AppError::NotFound(_)) => Ok(()),
        other => other,
    }
}

/// Archives a record the user may edit. A company goes with everything still
/// live at it; when someone else still has open deals or planned activities
/// there, a rep is refused with who and what, and a manager must `force` it
/// (after seeing the same list). Archiving what is already archived changes nothing.
pub async fn archive(
    conn: &mut PgConnection,
    user: &CurrentUser,
    kind: ArchiveKind,
    id: Uuid,
    force: bool,
) -> Result<(), AppError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let locked = lock_for_change(&mut tx, user, kind, id).await?;
    if locked.archived {
        return Ok(());
    }
    match kind {
        ArchiveKind::Company => {
            let reach = db::company_reach(&mut tx, id, user.id).await?;
            let confirmed = force && user.is_manager();
            if !reach.blockers.is_empty() && !confirmed {
                return Err(AppError::Conflict(reach.blockers.text(user.is_manager())));
            }
            db::archive_company(&mut tx, id, user.id).await?;
        }
        _ => db::archive_one(&mut *tx, kind, id, user.id).await?,
    }
    tx.commit().await?;
    Ok(())
}

/// Brings an archived record back. A company comes back with what was archived
/// with it; a contact, deal or activity only once its company is back.
pub async fn restore(
    conn: &mut PgConnection,
    user: &CurrentUser,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<(), AppError> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let locked = lock_for_change(&mut tx, user, kind, id).await?;
    if !locked.archived {
        return Ok(());
    }
    match kind {
        ArchiveKind::Company => db::restore_company(&mut tx, id).await?,
        _ => {
            if let Some((true, name)) = db::company_state(&mut *tx, locked.company_id).await? {
                return Err(AppError::Conflict(
                    Text::new("archive-error-company-archived").arg("name", name),
                ));
            }
            db::restore_one(&mut *tx, kind, id).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// The Archive page: managers only.
pub async fn list(pool: &PgPool, user: &CurrentUser) -> Result<Vec<ArchivedItem>, AppError> {
    require_manager(user)?;
    db::list(pool).await
}

/// Removes an archived record for good, with what hangs off it, and records
/// who did it, when, and how many rows went. Managers only.
pub async fn erase(
    pool: &PgPool,
    user: &CurrentUser,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<Erased, AppError> {
    require_manager(user)?;
    let mut tx = pool.begin().await?;
    let locked = db::lock(&mut *tx, kind, id)
        .await?
        .ok_or_else(|| not_found(kind))?;
    if !locked.archived {
        return Err(AppError::Conflict(Text::new("archive-error-not-archived")));
    }
    let label = db::label(&mut *tx, kind, id).await?;
    let dependents = db::erase(&mut tx, kind, id).await?;
    db::record_erasure(&mut *tx, user.id, kind, id, &label, &dependents).await?;
    tx.commit().await?;
    tracing::info!(by = %user.id, kind = kind.as_str(), %id, ?dependents, "erased");
    Ok(Erased { label, dependents })
}
