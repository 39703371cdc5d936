//! The activities of a customer card: the next steps (with the forms that log
//! and plan, and a nudge when nothing is planned), and the timeline of
//! everything that happened, which the card keeps folded.

use leptos::prelude::*;
use uuid::Uuid;

use super::{form::ActivityForm, item::ActivityItem};
use crate::{
    activities::model::{timeline, ActivityKind, FormMode, FormRequest, TimelineItem},
    deals::api::company_deal_events,
    error::AppError,
    i18n::{format, t, use_i18n},
    sync::client::use_sync,
    ui::Loading,
};

/// `form` is the form open on the card, if any: the card's quick actions open
/// one too ("Log visit").
#[component]
pub fn CompanyActivities(company_id: Uuid, form: RwSignal<Option<FormRequest>>) -> impl IntoView {
    let sync = use_sync();
    // After something is logged: offer to plan what comes next.
    let prompt = RwSignal::new(false);
    let activities = Memo::new(move |_| sync.with_view(|d| d.activities_of(company_id)));
    let next_steps = Memo::new(move |_| {
        let mut open: Vec<_> = activities
            .get()
            .unwrap_or_default()
            .into_iter()
            .filter(|a| a.is_open())
            .collect();
        open.sort_by_key(|a| (a.due_on.is_none(), a.due_on, a.due_time, a.created_at));
        open
    });
    let planned = Memo::new(move |_| next_steps.with(|n| n.iter().any(|a| a.is_scheduled())));
    let toggle = move |request: FormRequest| {
        prompt.set(false);
        form.update(|f| {
            *f = if *f == Some(request) {
                None
            } else {
                Some(request)
            }
        })
    };
    let is_open = move |mode: FormMode| form.get().is_some_and(|r| r.mode == mode);

    view! {
        <section class="card" id="activities" aria-labelledby="activities-heading">
            <div class="section-header">
                <h2 id="activities-heading">{t("activities-next-steps")}</h2>
                <div class="button-row">
                    <button
                        type="button"
                        class="btn"
                        aria-expanded=move || is_open(FormMode::Log).to_string()
                        on:click=move |_| toggle(FormRequest::log(ActivityKind::Call))
                    >
                        {t("activities-log")}
                    </button>
                    <button
                        type="button"
                        class="btn btn-primary"
                        aria-expanded=move || is_open(FormMode::Plan).to_string()
                        on:click=move |_| toggle(FormRequest::plan())
                    >
                        {t("activities-plan-next")}
                    </button>
                </div>
            </div>
            {move || form.get().map(|request| {
                let on_done = move |saved: bool| {
                    form.set(None);
                    prompt.set(saved && request.mode == FormMode::Log);
                };
                view! { <ActivityForm company_id mode=request.mode kind=request.kind on_done /> }
            })}
            <Show when=move || prompt.get()>
                <div class="nudge plan-prompt" role="status">
                    <p>{t("activities-logged-prompt")}</p>
                    <div class="button-row">
                        <button type="button" class="btn btn-primary" on:click=move |_| toggle(FormRequest::plan())>
                            {t("activities-plan-title")}
                        </button>
                        <button type="button" class="btn btn-ghost" on:click=move |_| prompt.set(false)>
                            {t("activities-not-now")}
                        </button>
                    </div>
                </div>
            </Show>
            {move || match activities.with(Option::is_some) {
                false => view! { <Loading label="activities-loading" /> }.into_any(),
                true => view! {
                    <Show when=move || !planned.get() && form.get().is_none() && !prompt.get()>
                        <div class="nudge" role="note">
                            <p>{t("activities-none-planned")}</p>
                            <button type="button" class="btn" on:click=move |_| toggle(FormRequest::plan())>
                                {t("activities-plan-one")}
                            </button>
                        </div>
                    </Show>
                    <Show when=move || next_steps.with(|n| !n.is_empty())>
                        <ul class="activity-list" aria-label=t("activities-next-steps")>
                            <For each=move || next_steps.get() key=|a| (a.id, a.updated_at) let:activity>
                                <ActivityItem activity />
                            </For>
                        </ul>
                    </Show>
                }
                .into_any(),
            }}
        </section>
    }
}

/// Everything that happened with a customer, newest first: finished
/// activities from the device, and its deals' stage changes, wins and losses
/// from the server.
#[component]
pub fn CompanyTimeline(company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let activities = Memo::new(move |_| sync.with_view(|d| d.activities_of(company_id)));
    // Refetched when this customer's deals change, and when the outbox drains
    // (a new customer's first deal reaching the server).
    let deal_state = Memo::new(move |_| {
        sync.with_view(|d| {
            d.deals_of(company_id)
                .into_iter()
                .map(|d| (d.id, d.stage_id, d.status))
                .collect::<Vec<_>>()
        })
    });
    let events = Resource::new(
        move || (deal_state.get(), sync.online.get(), sync.pending.get() == 0),
        move |(deals, _, _)| async move {
            // The device holds every deal the user may see (a manager's, once
            // the card is kept whole, see `sync::scope`): with none here,
            // there is nothing to ask for (a customer made on this device and
            // not yet on the server would only be "not found").
            if deals.is_none_or(|d| d.is_empty()) {
                return Ok(Vec::new());
            }
            match company_deal_events(company_id).await {
                // Not on the server yet: it will be once the outbox is sent.
                Err(AppError::NotFound(_)) => Ok(Vec::new()),
                other => other,
            }
        },
    );
    view! {
        <Transition fallback=|| view! { <Loading label="activities-timeline-loading" /> }>
            {move || Suspend::new(async move {
                let events = events.await;
                let offline = matches!(events, Err(AppError::Network(_)));
                let items = timeline(
                    &activities.get().unwrap_or_default(),
                    events.as_deref().unwrap_or_default(),
                );
                view! {
                    {offline.then(|| view! {
                        <p class="muted small">{t("activities-timeline-offline")}</p>
                    })}
                    {items.is_empty().then(|| view! {
                        <p class="empty-state small">{t("activities-timeline-empty")}</p>
                    })}
                    <ol class="timeline" aria-label=t("activities-timeline")>
                        {items.into_iter().map(|item| match item {
                            TimelineItem::Activity(activity) => view! { <ActivityItem activity /> }.into_any(),
                            TimelineItem::Deal(event) => {
                                let href = format!("/deals?pipeline={}&deal={}", event.pipeline_id, event.deal_id);
                                let by = event.entry.changed_by_name.clone();
                                let changed_at = event.entry.changed_at;
                                let who_when = move || {
                                    let at = format::date_time(
                                        i18n.locale(),
                                        changed_at.with_timezone(&chrono::Local).naive_local(),
                                    );
                                    match &by {
                                        Some(by) => i18n.text_with(
                                            "activities-deal-event-by",
                                            &[("by", by.clone().into()), ("at", at.into())],
                                        ),
                                        None => i18n.text_with(
                                            "activities-deal-event-someone",
                                            &[("at", at.into())],
                                        ),
                                    }
                                };
                                view! {
                                    <li class="activity deal-event">
                                        <span class="kind kind-deal">{t("activities-deal")}</span>
                                        <div class="activity-main">
                                            <p class="activity-subject">
                                                <a href=href>{event.deal_title.clone()}</a>
                                                {
                                                    let what = event.entry.text();
                                                    move || format!(": {}", i18n.show(&what))
                                                }
                                            </p>
                                            <p class="muted small">{who_when}</p>
                                        </div>
                                    </li>
                                }
                                .into_any()
                            }
                        }).collect_view()}
                    </ol>
                }
            })}
        </Transition>
    }
}
