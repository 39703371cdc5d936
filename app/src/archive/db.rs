//! All SQL about archiving, restoring and erasing.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{ArchiveKind, ArchivedItem, Blockers, CompanyReach};
use crate::error::AppError;

fn table(kind: ArchiveKind) -> &'static str {
    match kind {
        ArchiveKind::Company => "companies",
        ArchiveKind::Contact => "contacts",
        ArchiveKind::Deal => "deals",
        ArchiveKind::Activity => "activities",
    }
}

/// A record's row under lock, archived or not.
pub struct Locked {
    pub owner_id: Uuid,
    pub archived: bool,
    /// The company it belongs to (itself for a company).
    pub company_id: Uuid,
}

pub async fn lock(
    executor: impl PgExecutor<'_>,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<Option<Locked>, AppError> {
    let company = match kind {
        ArchiveKind::Company => "id",
        _ => "company_id",
    };
    let row: Option<(Uuid, bool, Uuid)> = sqlx::query_as(&format!(
        "select owner_id, archived_at is not null, {company} from {} where id = $1 for update",
        table(kind)
    ))
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(owner_id, archived, company_id)| Locked {
        owner_id,
        archived,
        company_id,
    }))
}

/// Whether the company is archived, and its name (`None`: no such company).
pub async fn company_state(
    executor: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<(bool, String)>, AppError> {
    Ok(
        sqlx::query_as("select archived_at is not null, name from companies where id = $1")
            .bind(id)
            .fetch_optional(executor)
            .await?,
    )
}

/// What archiving the company takes with it; `archiver`'s own records never block.
pub async fn company_reach(
    conn: &mut PgConnection,
    company_id: Uuid,
    archiver: Uuid,
) -> Result<CompanyReach, AppError> {
    let (contacts, open_deals, closed_deals, activities): (i64, i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from contacts where company_id = $1 and archived_at is null),
                (select count(*) from deals where company_id = $1 and archived_at is null and status = 'open'),
                (select count(*) from deals where company_id = $1 and archived_at is null and status <> 'open'),
                (select count(*) from activities where company_id = $1 and archived_at is null)",
    )
    .bind(company_id)
    .fetch_one(&mut *conn)
    .await?;
    let others: Vec<(String, i64, i64)> = sqlx::query_as(
        "select u.name, count(*) filter (where w.what = 'deal'), count(*) filter (where w.what = 'activity')
           from (select owner_id, 'deal' as what from deals
                  where company_id = $1 and archived_at is null and status = 'open'
                 union all
                 select owner_id, 'activity' from activities
                  where company_id = $1 and archived_at is null and done_at is null) w
           join users u on u.id = w.owner_id
          where w.owner_id <> $2
          group by u.name",
    )
    .bind(company_id)
    .bind(archiver)
    .fetch_all(&mut *conn)
    .await?;
    let mut blockers = Blockers::default();
    for (person, deals, planned) in others {
        blockers.add(&person, deals, planned);
    }
    Ok(CompanyReach {
        contacts,
        open_deals,
        closed_deals,
        activities,
        blockers,
    })
}

/// Archives the company and everything still live at it, marked as archived with it.
pub async fn archive_company(conn: &mut PgConnection, id: Uuid, by: Uuid) -> Result<(), AppError> {
    for child in ["contacts", "deals", "activities"] {
        sqlx::query(&format!(
            "update {child} set archived_at = now(), archived_by = $2, archived_with = $1
              where company_id = $1 and archived_at is null"
        ))
        .bind(id)
        .bind(by)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "update companies set archived_at = now(), archived_by = $2
          where id = $1 and archived_at is null",
    )
    .bind(id)
    .bind(by)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Archives one contact, deal or activity on its own.
pub async fn archive_one(
    executor: impl PgExecutor<'_>,
    kind: ArchiveKind,
    id: Uuid,
    by: Uuid,
) -> Result<(), AppError> {
    sqlx::query(&format!(
        "update {} set archived_at = now(), archived_by = $2 where id = $1 and archived_at is null",
        table(kind)
    ))
    .bind(id)
    .bind(by)
    .execute(executor)
    .await?;
    Ok(())
}

/// Brings back the company and exactly the rows that were archived with it.
pub async fn restore_company(conn: &mut PgConnection, id: Uuid) -> Result<(), AppError> {
    sqlx::query("update companies set archived_at = null, archived_by = null where id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for child in ["contacts", "deals", "activities"] {
        sqlx::query(&format!(
            "update {child} set archived_at = null, archived_by = null, archived_with = null
              where company_id = $1 and archived_with = $1"
        ))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

pub async fn restore_one(
    executor: impl PgExecutor<'_>,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<(), AppError> {
    let with = match kind {
        ArchiveKind::Company => "",
        _ => ", archived_with = null",
    };
    sqlx::query(&format!(
        "update {} set archived_at = null, archived_by = null{with} where id = $1",
        table(kind)
    ))
    .bind(id)
    .execute(executor)
    .await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    kind: String,
    id: Uuid,
    label: String,
    company_name: Option<String>,
    owner_name: String,
    archived_at: DateTime<Utc>,
    archived_by: Option<String>,
    with_company: i64,
}

/// Everything archived, newest first; rows archived with a company are counted under it.
pub async fn list(pool: &PgPool) -> Result<Vec<ArchivedItem>, AppError> {
    let rows: Vec<ItemRow> = sqlx::query_as(
        "select * from (
           select 'company' as kind, c.id, c.name as label, null::text as company_name,
                  o.name as owner_name, c.archived_at, b.name as archived_by,
                  (select count(*) from contacts where archived_with = c.id)
                + (select count(*) from deals where archived_with = c.id)
                + (select count(*) from activities where archived_with = c.id) as with_company
             from companies c join users o on o.id = c.owner_id left join users b on b.id = c.archived_by
            where c.archived_at is not null
           union all
           select 'contact', k.id, k.name, c.name, o.name, k.archived_at, b.name, 0
             from contacts k join companies c on c.id = k.company_id join users o on o.id = k.owner_id
             left join users b on b.id = k.archived_by
            where k.archived_at is not null and k.archived_with is null
           union all
           select 'deal', d.id, d.title, c.name, o.name, d.archived_at, b.name, 0
             from deals d join companies c on c.id = d.company_id join users o on o.id = d.owner_id
             left join users b on b.id = d.archived_by
            where d.archived_at is not null and d.archived_with is null
           union all
           select 'activity', a.id, a.subject, c.name, o.name, a.archived_at, b.name, 0
             from activities a join companies c on c.id = a.company_id join users o on o.id = a.owner_id
             left join users b on b.id = a.archived_by
            where a.archived_at is not null and a.archived_with is null
         ) items
         order by archived_at desc, id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Some(ArchivedItem {
                kind: ArchiveKind::parse(&r.kind)?,
                id: r.id,
                label: r.label,
                company_name: r.company_name,
                owner_name: r.owner_name,
                archived_at: r.archived_at,
                archived_by: r.archived_by,
                with_company: r.with_company,
            })
        })
        .collect())
}

/// The name or title an erase is recorded under.
pub async fn label(
    executor: impl PgExecutor<'_>,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<String, AppError> {
    let column = match kind {
        ArchiveKind::Company | ArchiveKind::Contact => "name",
        ArchiveKind::Deal => "title",
        ArchiveKind::Activity => "subject",
    };
    let (label,): (String,) = sqlx::query_as(&format!(
        "select {column} from {} where id = $1",
        table(kind)
    ))
    .bind(id)
    .fetch_one(executor)
    .await?;
    Ok(label)
}

/// Deletes rows by a statement, counting them under `what`.
async fn remove(
    conn: &mut PgConnection,
    counts: &mut BTreeMap<String, i64>,
    what: &str,
    sql: &str,
    id: Uuid,
) -> Result<(), AppError> {
    let removed = sqlx::query(sql)
        .bind(id)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    if removed > 0 {
        *counts.entry(what.to_string()).or_default() += removed as i64;
    }
    Ok(())
}

/// Deletes the record and what hangs off it (its history included: an erase
/// is for requests like GDPR's, so no old value may stay behind). Returns the
/// dependent rows removed, by kind.
pub async fn erase(
    conn: &mut PgConnection,
    kind: ArchiveKind,
    id: Uuid,
) -> Result<BTreeMap<String, i64>, AppError> {
    let mut counts = BTreeMap::new();
    let c = &mut counts;
    match kind {
        ArchiveKind::Company => {
            let history = "delete from field_history h where
                (h.entity = 'contact' and h.entity_id in (select id from contacts where company_id = $1))
             or (h.entity = 'deal' and h.entity_id in (select id from deals where company_id = $1))
             or (h.entity = 'activity' and h.entity_id in (select id from activities where company_id = $1))
             or (h.entity = 'company' and h.entity_id = $1)";
            remove(conn, c, "field changes", history, id).await?;
            let stage_history = "delete from deal_history where deal_id in (select id from deals where company_id = $1)";
            remove(conn, c, "stage changes", stage_history, id).await?;
            remove(
                conn,
                c,
                "activities",
                "delete from activities where company_id = $1",
                id,
            )
            .await?;
            remove(
                conn,
                c,
                "deals",
                "delete from deals where company_id = $1",
                id,
            )
            .await?;
            remove(
                conn,
                c,
                "contacts",
                "delete from contacts where company_id = $1",
                id,
            )
            .await?;
        }
        ArchiveKind::Deal => {
            let history = "delete from field_history where entity = 'deal' and entity_id = $1";
            remove(conn, c, "field changes", history, id).await?;
            let stage_history = "delete from deal_history where deal_id = $1";
            remove(conn, c, "stage changes", stage_history, id).await?;
        }
        ArchiveKind::Contact | ArchiveKind::Activity => {
            let history = format!(
                "delete from field_history where entity = '{}' and entity_id = $1",
                kind.as_str()
            );
            remove(conn, c, "field changes", &history, id).await?;
        }
    }
    sqlx::query(&format!("delete from {} where id = $1", table(kind)))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(counts)
}

/// The audit row of an erase.
pub async fn record_erasure(
    executor: impl PgExecutor<'_>,
    by: Uuid,
    kind: ArchiveKind,
    id: Uuid,
    label: &str,
    dependents: &BTreeMap<String, i64>,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into erasures (erased_by, erased_name, entity, entity_id, label, dependents)
         select $1, name, $2, $3, $4, $5 from users where id = $1",
    )
    .bind(by)
    .bind(kind.as_str())
    .bind(id)
    .bind(label)
    .bind(sqlx::types::Json(dependents))
    .execute(executor)
    .await?;
    Ok(())
}
