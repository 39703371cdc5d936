//! All SQL about companies.

use chrono::{DateTime, Utc};
use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{Classification, Company, CompanyPatch, NewCompany, PaymentTerms, Source};
use crate::{error::AppError, sync::scope::Scope};

#[derive(sqlx::FromRow)]
struct CompanyRow {
    id: Uuid,
    name: String,
    industry: String,
    segment: String,
    tags: Vec<String>,
    classification: String,
    source: String,
    payment_terms: String,
    address: String,
    phone: String,
    website: String,
    owner_id: Uuid,
    owner_name: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn parse<T>(value: &str, parse: fn(&str) -> Option<T>) -> Result<T, AppError> {
    parse(value).ok_or_else(|| {
        tracing::error!(%value, "unknown enum value in companies table");
        AppError::Internal
    })
}

impl TryFrom<CompanyRow> for Company {
    type Error = AppError;

    fn try_from(row: CompanyRow) -> Result<Self, AppError> {
        Ok(Company {
            classification: parse(&row.classification, Classification::parse)?,
            source: parse(&row.source, Source::parse)?,
            payment_terms: parse(&row.payment_terms, PaymentTerms::parse)?,
            id: row.id,
            name: row.name,
            industry: row.industry,
            segment: row.segment,
            tags: row.tags,
            address: row.address,
            phone: row.phone,
            website: row.website,
            owner_id: row.owner_id,
            owner_name: row.owner_name,
            created_at: row.created_at,
            updated_at: row.updated_at,
        })
    }
}

const SELECT_COMPANY: &str = "select c.id, c.name, c.industry, c.segment, c.tags, c.classification,
        c.source, c.payment_terms, c.address, c.phone, c.website, c.owner_id,
        u.name as owner_name, c.created_at, c.updated_at
   from companies c join users u on u.id = c.owner_id";

pub async fn find(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Company>, AppError> {
    let row: Option<CompanyRow> = sqlx::query_as(&format!(
        "{SELECT_COMPANY} where c.archived_at is null and c.id = $1"
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    row.map(Company::try_from).transpose()
}

/// Whether a live company has this name, compared as `companies_name_key`
/// (and the device's `model::name_key`) compare.
pub async fn name_taken(executor: impl PgExecutor<'_>, name: &str) -> Result<bool, AppError> {
    let taken: bool = sqlx::query_scalar(
        r#"select exists (select 1 from companies
                           where archived_at is null
                             and lower(btrim(name) collate "und-x-icu") = lower($1 collate "und-x-icu"))"#,
    )
    .bind(super::model::name_key(name))
    .fetch_one(executor)
    .await?;
    Ok(taken)
}

/// The companies among `ids` that exist and `scope` keeps (sync pulls):
/// a rep's own; every one on a manager's device.
pub async fn find_many(
    pool: &PgPool,
    ids: &[Uuid],
    scope: &Scope,
) -> Result<Vec<Company>, AppError> {
    let rows: Vec<CompanyRow> = sqlx::query_as(&format!(
        "{SELECT_COMPANY} where c.archived_at is null and c.id = any($1) and (c.owner_id = $2 or $3)"
    ))
    .bind(ids)
    .bind(scope.me())
    .bind(scope.is_team())
    .fetch_all(pool)
    .await?;
    rows.into_iter().map(Company::try_from).collect()
}

/// The owner, read under a row lock so an access check and the write it guards see the same row.
pub async fn lock_owner(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Uuid>, AppError> {
    let row: Option<(Uuid,)> = sqlx::query_as(
        "select owner_id from companies where id = $1 and archived_at is null for update",
    )
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(owner,)| owner))
}

pub async fn insert(
    executor: impl PgExecutor<'_>,
    company: &NewCompany,
    owner_id: Uuid,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into companies (id, name, industry, segment, tags, classification, source,
                                payment_terms, address, phone, website, owner_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(company.id)
    .bind(&company.name)
    .bind(&company.industry)
    .bind(&company.segment)
    .bind(&company.tags)
    .bind(company.classification.as_str())
    .bind(company.source.as_str())
    .bind(company.payment_terms.as_str())
    .bind(&company.address)
    .bind(&company.phone)
    .bind(&company.website)
    .bind(owner_id)
    .execute(executor)
    .await?;
    Ok(())
}

/// Writes only the fields present in the patch.
pub async fn update(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    patch: &CompanyPatch,
) -> Result<(), AppError> {
    let trimmed = |v: &Option<String>| v.as_ref().map(|s| s.trim().to_string());
    sqlx::query(
        "update companies set
            name = coalesce($2, name),
            industry = coalesce($3, industry),
            segment = coalesce($4, segment),
            tags = coalesce($5, tags),
            classification = coalesce($6, classification),
            source = coalesce($7, source),
            payment_terms = coalesce($8, payment_terms),
            address = coalesce($9, address),
            phone = coalesce($10, phone),
            website = coalesce($11, website),
            owner_id = coalesce($12, owner_id)
          where id = $1",
    )
    .bind(id)
    .bind(trimmed(&patch.name))
    .bind(trimmed(&patch.industry))
    .bind(trimmed(&patch.segment))
    .bind(&patch.tags)
    .bind(patch.classification.map(Classification::as_str))
    .bind(patch.source.map(Source::as_str))
    .bind(patch.payment_terms.map(PaymentTerms::as_str))
    .bind(trimmed(&patch.address))
    .bind(trimmed(&patch.phone))
    .bind(trimmed(&patch.website))
    .bind(patch.owner_id)
    .execute(executor)
    .await?;
    Ok(())
}
