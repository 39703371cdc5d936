//! All SQL about contacts.

use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{Contact, ContactPatch, NewContact};
use crate::{error::AppError, sync::scope::Scope};

const SELECT_CONTACT: &str = "select id, company_id, name, title, email, phone, notes, owner_id,
        created_at, updated_at from contacts";

#[derive(sqlx::FromRow)]
struct ContactRow {
    id: Uuid,
    company_id: Uuid,
    name: String,
    title: String,
    email: String,
    phone: String,
    notes: String,
    owner_id: Uuid,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

impl From<ContactRow> for Contact {
    fn from(r: ContactRow) -> Self {
        Contact {
            id: r.id,
            company_id: r.company_id,
            name: r.name,
            title: r.title,
            email: r.email,
            phone: r.phone,
            notes: r.notes,
            owner_id: r.owner_id,
            created_at: r.created_at,
            updated_at: r.updated_at,
        }
    }
}

pub async fn find(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Contact>, AppError> {
    let row: Option<ContactRow> = sqlx::query_as(&format!(
        "{SELECT_CONTACT} where archived_at is null and id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(Contact::from))
}

/// The contacts among `ids` that exist and `scope` keeps (sync pulls; the
/// rule in SQL of `local`'s `OnTeamDevice`).
pub async fn find_many(
    pool: &PgPool,
    ids: &[Uuid],
    scope: &Scope,
) -> Result<Vec<Contact>, AppError> {
    let rows: Vec<ContactRow> = sqlx::query_as(&format!(
        "{SELECT_CONTACT} where archived_at is null and id = any($1)
           and (owner_id = $2 or ($3 and company_id = any($4)))"
    ))
    .bind(ids)
    .bind(scope.me())
    .bind(scope.is_team())
    .bind(scope.kept())
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Contact::from).collect())
}

/// `visible_to`: `Some(rep)` limits rows to that rep's own contacts. In no
/// order: the service sorts them as the reader's language sorts names.
pub async fn for_company(
    pool: &PgPool,
    company_id: Uuid,
    visible_to: Option<Uuid>,
) -> Result<Vec<Contact>, AppError> {
    let rows: Vec<ContactRow> = sqlx::query_as(&format!(
        "{SELECT_CONTACT} where archived_at is null and company_id = $1 and ($2::uuid is null or owner_id = $2)"
    ))
    .bind(company_id)
    .bind(visible_to)
    .fetch_all(pool)
    .await?;
    Ok(rows.into_iter().map(Contact::from).collect())
}

pub async fn insert(
    executor: impl PgExecutor<'_>,
    contact: &NewContact,
    owner_id: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into contacts (id, company_id, name, title, email, phone, notes, owner_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(contact.id)
    .bind(contact.company_id)
    .bind(&contact.name)
    .bind(&contact.title)
    .bind(&contact.email)
    .bind(&contact.phone)
    .bind(&contact.notes)
    .bind(owner_id)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn update(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    patch: &ContactPatch,
) -> Result<(), AppError> {
    sqlx::query(
        "update contacts set
            name = coalesce($2, name),
            title = coalesce($3, title),
            email = coalesce($4, email),
            phone = coalesce($5, phone),
            notes = coalesce($6, notes)
          where id = $1",
    )
    .bind(id)
    .bind(&patch.name)
    .bind(&patch.title)
    .bind(&patch.email)
    .bind(&patch.phone)
    .bind(&patch.notes)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn reassign_for_company(
    executor: impl PgExecutor<'_>,
    company_id: Uuid,
    from: Uuid,
    to: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "update contacts set owner_id = $3
          where company_id = $1 and owner_id = $2 and archived_at is null",
    )
    .bind(company_id)
    .bind(from)
    .bind(to)
    .execute(executor)
    .await?;
    Ok(())
}
