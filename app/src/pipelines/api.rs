//! Server functions for pipelines and stages: thin wrappers over the service.

use leptos::prelude::*;
use leptos::server_fn::codec::{GetUrl, Json};
use uuid::Uuid;

use super::model::{Pipeline, PipelineRef, StageInput};
use crate::error::AppError;

#[server(endpoint = "pipelines/list", input = GetUrl)]
pub async fn list_pipelines() -> Result<Vec<PipelineRef>, AppError> {
    let (pool, _user) = crate::context::require_user().await?;
    super::service::list(&pool).await
}

#[server(endpoint = "pipelines/get", input = GetUrl)]
pub async fn get_pipeline(id: Uuid) -> Result<Pipeline, AppError> {
    let (pool, _user) = crate::context::require_user().await?;
    super::service::get(&pool, id).await
}

#[server(endpoint = "pipelines/create", input = Json)]
pub async fn create_pipeline(id: Uuid, name: String) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    // The first stages are named in the language the manager reads the page in.
    let account = crate::i18n::api::db::language_of(&pool, user.id).await?;
    let locale = use_context::<http::request::Parts>()
        .map(|parts| crate::i18n::requested_locale(&parts.headers, account))
        .unwrap_or_default();
    super::service::create_in(&pool, &user, id, &name, locale).await
}

#[server(endpoint = "pipelines/rename", input = Json)]
pub async fn rename_pipeline(id: Uuid, name: String) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::rename(&pool, &user, id, &name).await
}

#[server(endpoint = "stages/add", input = Json)]
pub async fn add_stage(
    pipeline_id: Uuid,
    stage_id: Uuid,
    stage: StageInput,
) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::add_stage(&pool, &user, pipeline_id, stage_id, stage).await
}

#[server(endpoint = "stages/update", input = Json)]
pub async fn update_stage(stage_id: Uuid, stage: StageInput) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::update_stage(&pool, &user, stage_id, stage).await
}

#[server(endpoint = "stages/move", input = Json)]
pub async fn move_stage(stage_id: Uuid, index: usize) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::move_stage(&pool, &user, stage_id, index).await
}

#[server(endpoint = "stages/delete", input = Json)]
pub async fn delete_stage(stage_id: Uuid) -> Result<Pipeline, AppError> {
    let (pool, user) = crate::context::require_user().await?;
    super::service::delete_stage(&pool, &user, stage_id).await
}
