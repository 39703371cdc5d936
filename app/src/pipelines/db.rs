//! All SQL about pipelines and stages.

use sqlx::{PgExecutor, PgPool};
use uuid::Uuid;

use super::model::{Pipeline, PipelineRef, Stage, StageInput};
use crate::{error::AppError, sync::scope::Scope};

#[derive(sqlx::FromRow)]
struct StageRow {
    id: Uuid,
    pipeline_id: Uuid,
    name: String,
    position: i32,
    probability: i16,
    rotting_days: i32,
}

impl From<StageRow> for Stage {
    fn from(r: StageRow) -> Self {
        Stage {
            id: r.id,
            pipeline_id: r.pipeline_id,
            name: r.name,
            position: r.position,
            probability: r.probability,
            rotting_days: r.rotting_days,
        }
    }
}

pub async fn list(executor: impl PgExecutor<'_>) -> Result<Vec<PipelineRef>, AppError> {
    let rows: Vec<(Uuid, String, i32)> =
        sqlx::query_as("select id, name, position from pipelines order by position, lower(name)")
            .fetch_all(executor)
            .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, position)| PipelineRef { id, name, position })
        .collect())
}

pub async fn find(executor: impl PgExecutor<'_>, id: Uuid) -> Result<Option<Pipeline>, AppError> {
    let row: Option<(Uuid, String, i32, sqlx::types::Json<Vec<Stage>>)> = sqlx::query_as(
        "select p.id, p.name, p.position,
                coalesce((select json_agg(json_build_object(
                            'id', s.id, 'pipeline_id', s.pipeline_id, 'name', s.name,
                            'position', s.position, 'probability', s.probability,
                            'rotting_days', s.rotting_days) order by s.position)
                          from stages s where s.pipeline_id = p.id), '[]'::json)
           from pipelines p where p.id = $1",
    )
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(id, name, position, stages)| Pipeline {
        id,
        name,
        position,
        stages: stages.0,
    }))
}

pub async fn find_stage(
    executor: impl PgExecutor<'_>,
    id: Uuid,
) -> Result<Option<Stage>, AppError> {
    let row: Option<StageRow> = sqlx::query_as(
        "select id, pipeline_id, name, position, probability, rotting_days from stages where id = $1",
    )
    .bind(id)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(Stage::from))
}

/// The pipelines among `ids` that exist (sync pulls; everyone sees them).
pub async fn find_pipelines(
    pool: &PgPool,
    ids: &[Uuid],
    _scope: &Scope,
) -> Result<Vec<PipelineRef>, AppError> {
    let pipelines: Vec<(Uuid, String, i32)> =
        sqlx::query_as("select id, name, position from pipelines where id = any($1)")
            .bind(ids)
            .fetch_all(pool)
            .await?;
    Ok(pipelines
        .into_iter()
        .map(|(id, name, position)| PipelineRef { id, name, position })
        .collect())
}

/// The stages among `ids` that exist (sync pulls; everyone sees them).
pub async fn find_stages(
    pool: &PgPool,
    ids: &[Uuid],
    _scope: &Scope,
) -> Result<Vec<Stage>, AppError> {
    let stages: Vec<StageRow> = sqlx::query_as(
        "select id, pipeline_id, name, position, probability, rotting_days from stages where id = any($1)",
    )
    .bind(ids)
    .fetch_all(pool)
    .await?;
    Ok(stages.into_iter().map(Stage::from).collect())
}

/// Serializes every change to a pipeline's columns (deal moves, stage edits), so
/// no two changes running at the same time take the same position. `no key update`
/// does not block inserts of deals referencing the pipeline.
pub async fn lock(executor: impl PgExecutor<'_>, id: Uuid) -> Result<bool, AppError> {
    let row: Option<(Uuid,)> =
        sqlx::query_as("select id from pipelines where id = $1 for no key update")
            .bind(id)
            .fetch_optional(executor)
            .await?;
    Ok(row.is_some())
}

pub async fn insert(executor: impl PgExecutor<'_>, id: Uuid, name: &str) -> Result<(), AppError> {
    sqlx::query(
        "insert into pipelines (id, name, position)
         values ($1, $2, (select coalesce(max(position) + 1, 0) from pipelines))",
    )
    .bind(id)
    .bind(name)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn rename(executor: impl PgExecutor<'_>, id: Uuid, name: &str) -> Result<(), AppError> {
    sqlx::query("update pipelines set name = $2 where id = $1")
        .bind(id)
        .bind(name)
        .execute(executor)
        .await?;
    Ok(())
}

/// Appends a stage at the end of the pipeline.
pub async fn insert_stage(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    pipeline_id: Uuid,
    stage: &StageInput,
) -> Result<(), AppError> {
    sqlx::query(
        "insert into stages (id, pipeline_id, name, position, probability, rotting_days)
         values ($1, $2, $3,
                 (select coalesce(max(position) + 1, 0) from stages where pipeline_id = $2),
                 $4, $5)",
    )
    .bind(id)
    .bind(pipeline_id)
    .bind(stage.name.trim())
    .bind(stage.probability)
    .bind(stage.rotting_days)
    .execute(executor)
    .await?;
    Ok(())
}

pub async fn update_stage(
    executor: impl PgExecutor<'_>,
    id: Uuid,
    stage: &StageInput,
) -> Result<(), AppError> {
    sqlx::query("update stages set name = $2, probability = $3, rotting_days = $4 where id = $1")
        .bind(id)
        .bind(stage.name.trim())
        .bind(stage.probability)
        .bind(stage.rotting_days)
        .execute(executor)
        .await?;
    Ok(())
}

/// Open deals in the stage: (live, archived). Archived open deals count too: a
/// stage deleted under them would leave them nowhere to be restored to.
pub async fn open_deal_count(
    executor: impl PgExecutor<'_>,
    stage_id: Uuid,
) -> Result<(i64, i64), AppError> {
    Ok(sqlx::query_as(
        "select count(*) filter (where archived_at is null), count(*) filter (where archived_at is not null)
           from deals where stage_id = $1 and status = 'open'",
    )
    .bind(stage_id)
    .fetch_one(executor)
    .await?)
}

pub async fn delete_stage(executor: impl PgExecutor<'_>, id: Uuid) -> Result<(), AppError> {
    sqlx::query("delete from stages where id = $1")
        .bind(id)
        .execute(executor)
        .await?;
    Ok(())
}

/// Rewrites stage positions to 0..n-1 in the given order.
pub async fn set_stage_order(
    executor: impl PgExecutor<'_>,
    pipeline_id: Uuid,
    ordered: &[Uuid],
) -> Result<(), AppError> {
    sqlx::query(
        "update stages s set position = o.ord - 1
           from unnest($2::uuid[]) with ordinality as o(id, ord)
          where s.id = o.id and s.pipeline_id = $1",
    )
    .bind(pipeline_id)
    .bind(ordered)
    .execute(executor)
    .await?;
    Ok(())
}
