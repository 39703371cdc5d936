//! Pipeline and stage use cases. Everyone reads pipelines; only managers change them.

use sqlx::PgPool;
use uuid::Uuid;

use super::{
    db,
    model::{self, Pipeline, PipelineRef, StageInput, MAX_STAGES},
};
use crate::{
    auth::model::CurrentUser,
    error::AppError,
    i18n::{Locale, Messages, Text},
};

fn require_manager(user: &CurrentUser) -> Result<(), AppError> {
    if user.is_manager() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn pipeline_not_found() -> AppError {
    AppError::NotFound("This pipeline".into())
}

fn stage_not_found() -> AppError {
    AppError::NotFound("This stage".into())
}

pub async fn list(pool: &PgPool) -> Result<Vec<PipelineRef>, AppError> {
    db::list(pool).await
}

pub async fn get(pool: &PgPool, id: Uuid) -> Result<Pipeline, AppError> {
    db::find(pool, id).await?.ok_or_else(pipeline_not_found)
}

/// Creates a pipeline with the default stages (named in English), ready for deals.
pub async fn create(
    pool: &PgPool,
    user: &CurrentUser,
    id: Uuid,
    name: &str,
) -> Result<Pipeline, AppError> {
    create_in(pool, user, id, name, Locale::En).await
}

/// Creates a pipeline with the default stages named in `locale` (the
/// manager's language), ready for deals.
pub async fn create_in(
    pool: &PgPool,
    user: &CurrentUser,
    id: Uuid,
    name: &str,
    locale: Locale,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    let name = name.trim();
    model::validate_pipeline_name(name)?;
    if db::find(pool, id).await?.is_some() {
        return Err(AppError::AlreadyExists("pipeline".into()));
    }
    let mut tx = pool.begin().await?;
    db::insert(&mut *tx, id, name).await?;
    let messages = Messages::parse(locale, crate::i18n::source(locale));
    for stage in model::default_stages_named(|key| messages.text(key)) {
        db::insert_stage(&mut *tx, Uuid::new_v4(), id, &stage).await?;
    }
    tx.commit().await?;
    get(pool, id).await
}

pub async fn rename(
    pool: &PgPool,
    user: &CurrentUser,
    id: Uuid,
    name: &str,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    let name = name.trim();
    model::validate_pipeline_name(name)?;
    get(pool, id).await?;
    db::rename(pool, id, name).await?;
    get(pool, id).await
}

pub async fn add_stage(
    pool: &PgPool,
    user: &CurrentUser,
    pipeline_id: Uuid,
    stage_id: Uuid,
    stage: StageInput,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    stage.validate()?;
    let mut tx = pool.begin().await?;
    if !db::lock(&mut *tx, pipeline_id).await? {
        return Err(pipeline_not_found());
    }
    let pipeline = db::find(&mut *tx, pipeline_id)
        .await?
        .ok_or_else(pipeline_not_found)?;
    if pipeline.stages.len() >= MAX_STAGES {
        return Err(AppError::Conflict(
            Text::new("deals-error-too-many-stages").num("max", MAX_STAGES as i64),
        ));
    }
    db::insert_stage(&mut *tx, stage_id, pipeline_id, &stage).await?;
    tx.commit().await?;
    get(pool, pipeline_id).await
}

pub async fn update_stage(
    pool: &PgPool,
    user: &CurrentUser,
    stage_id: Uuid,
    stage: StageInput,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    stage.validate()?;
    let current = db::find_stage(pool, stage_id)
        .await?
        .ok_or_else(stage_not_found)?;
    db::update_stage(pool, stage_id, &stage).await?;
    get(pool, current.pipeline_id).await
}

/// Moves a stage to `index` (0 = first column); the others keep their order.
pub async fn move_stage(
    pool: &PgPool,
    user: &CurrentUser,
    stage_id: Uuid,
    index: usize,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    let current = db::find_stage(pool, stage_id)
        .await?
        .ok_or_else(stage_not_found)?;
    let mut tx = pool.begin().await?;
    db::lock(&mut *tx, current.pipeline_id).await?;
    let pipeline = db::find(&mut *tx, current.pipeline_id)
        .await?
        .ok_or_else(pipeline_not_found)?;
    let mut order: Vec<Uuid> = pipeline
        .stages
        .iter()
        .map(|s| s.id)
        .filter(|id| *id != stage_id)
        .collect();
    order.insert(index.min(order.len()), stage_id);
    db::set_stage_order(&mut *tx, pipeline.id, &order).await?;
    tx.commit().await?;
    get(pool, pipeline.id).await
}

/// Deletes a stage with no open deals in it; closed deals keep their history.
pub async fn delete_stage(
    pool: &PgPool,
    user: &CurrentUser,
    stage_id: Uuid,
) -> Result<Pipeline, AppError> {
    require_manager(user)?;
    let current = db::find_stage(pool, stage_id)
        .await?
        .ok_or_else(stage_not_found)?;
    let mut tx = pool.begin().await?;
    // Under the pipeline lock no deal can be moved into the stage while we check it.
    db::lock(&mut *tx, current.pipeline_id).await?;
    let pipeline = db::find(&mut *tx, current.pipeline_id)
        .await?
        .ok_or_else(pipeline_not_found)?;
    if pipeline.stages.len() <= 1 {
        return Err(AppError::Conflict(Text::new("deals-error-last-stage")));
    }
    let (open, archived) = db::open_deal_count(&mut *tx, stage_id).await?;
    if open > 0 {
        return Err(AppError::Conflict(
            Text::new("deals-error-stage-has-open-deals")
                .num("open", open)
                .arg("stage", current.name),
        ));
    }
    if archived > 0 {
        return Err(AppError::Conflict(
            Text::new("deals-error-stage-has-archived-deals")
                .num("archived", archived)
                .arg("stage", current.name),
        ));
    }
    db::delete_stage(&mut *tx, stage_id).await?;
    let order: Vec<Uuid> = pipeline
        .stages
        .iter()
        .map(|s| s.id)
        .filter(|id| *id != stage_id)
        .collect();
    db::set_stage_order(&mut *tx, pipeline.id, &order).await?;
    tx.commit().await?;
    get(pool, pipeline.id).await
}
