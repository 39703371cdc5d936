//! Pipeline settings for managers: create and rename pipelines, add, edit,
//! reorder and delete stages.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

use super::{
    api::{
        add_stage, create_pipeline, delete_stage, get_pipeline, list_pipelines, move_stage,
        rename_pipeline, update_stage,
    },
    model::{Pipeline, Stage, StageInput},
};
use crate::{
    auth::current::use_user,
    error::{AppError, FieldErrors},
    i18n::{t, use_i18n, Text},
    ui::{EditableField, ErrorNotice, Loading, TextInput},
};

#[component]
pub fn PipelineSettingsPage() -> impl IntoView {
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let query = use_query_map();
    let version = RwSignal::new(0u32);
    let pipelines = Resource::new(move || version.get(), |_| list_pipelines());
    let selected =
        Memo::new(move |_| query.with(|q| q.get("id").and_then(|id| Uuid::parse_str(&id).ok())));
    view! {
        <Title text=t("deals-settings-title") />
        <nav class="breadcrumbs" aria-label=t("deals-breadcrumb")>
            <a href="/deals">{t("deals-settings-back")}</a>
        </nav>
        <h1>{t("deals-settings-heading")}</h1>
        {if !is_manager {
            view! { <ErrorNotice error=AppError::Forbidden /> }.into_any()
        } else {
            view! {
                <Suspense fallback=|| view! { <Loading /> }>
                    {move || Suspend::new(async move {
                        match pipelines.await {
                            Ok(list) => {
                                let chosen = selected.get().or(list.first().map(|p| p.id));
                                view! {
                                    <nav class="pill-nav" aria-label=t("deals-settings-pipelines")>
                                        {list
                                            .iter()
                                            .map(|p| {
                                                let current = Some(p.id) == chosen;
                                                view! {
                                                    <a
                                                        href=format!("/pipelines?id={}", p.id)
                                                        class="pill"
                                                        aria-current=current.then_some("page")
                                                    >
                                                        {p.name.clone()}
                                                    </a>
                                                }
                                            })
                                            .collect_view()}
                                    </nav>
                                    {chosen.map(|id| view! { <PipelineEditor id version /> })}
                                    <NewPipelineForm version />
                                }
                                    .into_any()
                            }
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        }
                    })}
                </Suspense>
            }
                .into_any()
        }}
    }
}

#[component]
fn PipelineEditor(id: Uuid, version: RwSignal<u32>) -> impl IntoView {
    let pipeline = Resource::new(move || id, get_pipeline);
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {move || Suspend::new(async move {
                match pipeline.await {
                    Ok(p) => view! { <StagesEditor pipeline=p version /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn StagesEditor(pipeline: Pipeline, version: RwSignal<u32>) -> impl IntoView {
    let id = pipeline.id;
    let current = RwSignal::new(pipeline.clone());
    let error = RwSignal::new(None::<AppError>);
    // Every change answers with the whole pipeline: show that.
    let apply = move |result: Result<Pipeline, AppError>| match result {
        Ok(p) => {
            current.set(p);
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    let rename = move |name: String| async move {
        let saved = rename_pipeline(id, name).await?;
        version.update(|v| *v += 1);
        Ok(saved.name)
    };
    view! {
        <section class="card" aria-label=t("deals-settings-pipeline")>
            <dl class="fields">
                <EditableField label="deals-field-pipeline-name" field="name" value=pipeline.name.clone() save=rename />
            </dl>
            {move || error.get().map(|error| view! { <ErrorNotice error /> })}
            <ol class="stage-list">
                <For
                    each=move || {
                        let stages = current.get().stages;
                        let last = stages.len().saturating_sub(1);
                        stages.into_iter().enumerate().map(move |(i, s)| (i, last, s)).collect::<Vec<_>>()
                    }
                    key=|(i, last, s)| (*i, *last, s.clone())
                    children=move |(i, last, stage)| {
                        view! { <StageRow stage index=i last apply=Callback::new(apply) /> }
                    }
                />
            </ol>
            <NewStageForm pipeline_id=id apply=Callback::new(apply) />
            <p class="muted small">{t("deals-settings-stages-hint")}</p>
        </section>
    }
}

#[component]
fn StageRow(
    stage: Stage,
    index: usize,
    last: usize,
    apply: Callback<Result<Pipeline, AppError>>,
) -> impl IntoView {
    let id = stage.id;
    let name = RwSignal::new(stage.name.clone());
    let probability = RwSignal::new(stage.probability.to_string());
    let rotting = RwSignal::new(stage.rotting_days.to_string());
    let errors = RwSignal::new(FieldErrors::default());
    let i18n = use_i18n();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = read_stage(name, probability, rotting, errors) else {
            return;
        };
        spawn_local(async move {
            let result = update_stage(id, input).await;
            if let Err(AppError::Validation(f)) = &result {
                errors.set(f.clone());
            }
            apply.run(result);
        });
    };
    let reorder = move |to: usize| spawn_local(async move { apply.run(move_stage(id, to).await) });
    let remove = move |_| {
        let sure = window()
            .confirm_with_message(&i18n.text("deals-stage-delete-confirm"))
            .unwrap_or(false);
        if sure {
            spawn_local(async move { apply.run(delete_stage(id).await) });
        }
    };
    let label = stage.name.clone();
    let move_label = move |key: &'static str| {
        let stage = label.clone();
        move || i18n.text_with(key, &[("stage", stage.as_str().into())])
    };
    view! {
        <li class="stage-row" data-stage=stage.name.clone()>
            <form class="stage-form" on:submit=save>
                <StageFields name probability rotting errors prefix=format!("stage-{id}-") />
                <div class="stage-buttons">
                    <button type="submit" class="btn">{t("deals-save")}</button>
                    <button
                        type="button"
                        class="btn btn-ghost"
                        disabled=index == 0
                        aria-label=move_label("deals-stage-move-earlier")
                        on:click=move |_| reorder(index.saturating_sub(1))
                    >
                        "↑"
                    </button>
                    <button
                        type="button"
                        class="btn btn-ghost"
                        disabled=index == last
                        aria-label=move_label("deals-stage-move-later")
                        on:click=move |_| reorder(index + 1)
                    >
                        "↓"
                    </button>
                    <button type="button" class="btn btn-danger" on:click=remove>{t("deals-delete")}</button>
                </div>
            </form>
        </li>
    }
}

#[component]
fn StageFields(
    name: RwSignal<String>,
    probability: RwSignal<String>,
    rotting: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    /// Unique per row, so each label points at its own input.
    prefix: String,
) -> impl IntoView {
    view! {
        <TextInput label="deals-field-stage" name="name" value=name errors required=true id_prefix=prefix.clone() />
        <TextInput
            label="deals-field-win-probability"
            name="probability"
            value=probability
            errors
            kind="number"
            id_prefix=prefix.clone()
        />
        <TextInput label="deals-field-rotting-days" name="rotting_days" value=rotting errors kind="number" id_prefix=prefix />
    }
}

/// Reads the stage fields, showing what is wrong next to each.
fn read_stage(
    name: RwSignal<String>,
    probability: RwSignal<String>,
    rotting: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
) -> Option<StageInput> {
    let mut local = FieldErrors::default();
    let probability = probability
        .get_untracked()
        .trim()
        .parse::<i16>()
        .unwrap_or_else(|_| {
            local.add("probability", Text::new("deals-error-probability"));
            0
        });
    let rotting_days = rotting
        .get_untracked()
        .trim()
        .parse::<i32>()
        .unwrap_or_else(|_| {
            local.add("rotting_days", Text::new("deals-error-rotting-days"));
            0
        });
    let input = StageInput {
        name: name.get_untracked(),
        probability,
        rotting_days,
    };
    if let Err(AppError::Validation(more)) = input.validate() {
        for (field, messages) in more.0 {
            for m in messages {
                local.add(&field, m);
            }
        }
    }
    errors.set(local.clone());
    local.is_empty().then_some(input)
}

#[component]
fn NewStageForm(pipeline_id: Uuid, apply: Callback<Result<Pipeline, AppError>>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let probability = RwSignal::new("50".to_string());
    let rotting = RwSignal::new("14".to_string());
    let errors = RwSignal::new(FieldErrors::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = read_stage(name, probability, rotting, errors) else {
            return;
        };
        spawn_local(async move {
            let result = add_stage(pipeline_id, Uuid::new_v4(), input).await;
            match &result {
                Ok(_) => name.set(String::new()),
                Err(AppError::Validation(f)) => errors.set(f.clone()),
                Err(_) => {}
            }
            apply.run(result);
        });
    };
    view! {
        <form class="stage-form new-stage" on:submit=submit>
            <h3>{t("deals-add-stage-heading")}</h3>
            <StageFields name probability rotting errors prefix="new-stage-".to_string() />
            <button type="submit" class="btn btn-primary">{t("deals-add-stage")}</button>
        </form>
    }
}

#[component]
fn NewPipelineForm(version: RwSignal<u32>) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<AppError>);
    let navigate = use_navigate();
    let go = Callback::new(move |url: String| navigate(&url, Default::default()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = Uuid::new_v4();
        let value = name.get_untracked();
        spawn_local(async move {
            match create_pipeline(id, value).await {
                Ok(p) => {
                    name.set(String::new());
                    errors.set(FieldErrors::default());
                    version.update(|v| *v += 1);
                    go.run(format!("/pipelines?id={}", p.id));
                }
                Err(AppError::Validation(f)) => errors.set(f),
                Err(other) => failure.set(Some(other)),
            }
        });
    };
    view! {
        <form class="card form" on:submit=submit>
            <h2>{t("deals-new-pipeline")}</h2>
            <p class="muted">{t("deals-new-pipeline-hint")}</p>
            <TextInput
                label="deals-field-pipeline-name"
                name="name"
                value=name
                errors
                required=true
                placeholder="deals-new-pipeline-placeholder"
                id_prefix="new-pipeline-"
            />
            {move || failure.get().map(|error| view! { <ErrorNotice error /> })}
            <button type="submit" class="btn btn-primary">{t("deals-create-pipeline")}</button>
        </form>
    }
}
