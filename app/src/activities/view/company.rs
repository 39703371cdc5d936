//! The activities section of a customer card: the next steps, a nudge when there
//! is none, and one timeline of everything that happened.

use leptos::prelude::*;
use uuid::Uuid;

use super::{
    form::{ActivityForm, FormMode},
    item::ActivityItem,
};
use crate::{
    activities::model::{timeline, TimelineItem},
    deals::api::company_deal_events,
    error::AppError,
    sync::client::use_sync,
    ui::Loading,
};

#[component]
pub fn CompanyActivities(company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let form = RwSignal::new(None::<FormMode>);
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
    // Deal events come from the server; refetched when this customer's deals change.
    let deal_state = Memo::new(move |_| {
        sync.with_view(|d| {
            d.deals_of(company_id)
                .into_iter()
                .map(|d| (d.id, d.stage_id, d.status))
                .collect::<Vec<_>>()
        })
    });
    let events = Resource::new(
        move || (deal_state.get(), sync.online.get()),
        move |_| company_deal_events(company_id),
    );
    let toggle = move |mode: FormMode| {
        form.update(|f| *f = if *f == Some(mode) { None } else { Some(mode) })
    };

    view! {
        <section class="card" id="activities" aria-labelledby="activities-heading">
            <div class="section-header">
                <h2 id="activities-heading">"Activities"</h2>
                <div class="button-row">
                    <button
                        type="button"
                        class="btn"
                        aria-expanded=move || (form.get() == Some(FormMode::Log)).to_string()
                        on:click=move |_| toggle(FormMode::Log)
                    >
                        "Log activity"
                    </button>
                    <button
                        type="button"
                        class="btn btn-primary"
                        aria-expanded=move || (form.get() == Some(FormMode::Plan)).to_string()
                        on:click=move |_| toggle(FormMode::Plan)
                    >
                        "Plan next step"
                    </button>
                </div>
            </div>
            {move || form.get().map(|mode| view! {
                <ActivityForm company_id mode on_done=move |_| form.set(None) />
            })}
            {move || match activities.with(Option::is_some) {
                false => view! { <Loading label="Loading activities…" /> }.into_any(),
                true => view! {
                    <Show when=move || !planned.get() && form.get().is_none()>
                        <div class="nudge" role="note">
                            <p>"No next step planned with this customer."</p>
                            <button type="button" class="btn" on:click=move |_| form.set(Some(FormMode::Plan))>
                                "Plan one now"
                            </button>
                        </div>
                    </Show>
                    <Show when=move || next_steps.with(|n| !n.is_empty())>
                        <h3>"Next steps"</h3>
                        <ul class="activity-list" aria-label="Next steps">
                            <For each=move || next_steps.get() key=|a| (a.id, a.updated_at) let:activity>
                                <ActivityItem activity />
                            </For>
                        </ul>
                    </Show>
                }
                .into_any(),
            }}
            <h3>"Timeline"</h3>
            <Transition fallback=|| view! { <Loading label="Loading timeline…" /> }>
                {move || Suspend::new(async move {
                    let events = events.await;
                    let offline = matches!(events, Err(AppError::Network(_)));
                    let items = timeline(
                        &activities.get().unwrap_or_default(),
                        events.as_deref().unwrap_or_default(),
                    );
                    view! {
                        {offline.then(|| view! {
                            <p class="muted small">"Deal stage changes show here when you are back online."</p>
                        })}
                        {items.is_empty().then(|| view! {
                            <p class="empty-state small">"Nothing has happened with this customer yet. Log a call, a visit or a note."</p>
                        })}
                        <ol class="timeline" aria-label="Timeline">
                            {items.into_iter().map(|item| match item {
                                TimelineItem::Activity(activity) => view! { <ActivityItem activity /> }.into_any(),
                                TimelineItem::Deal(event) => {
                                    let href = format!("/deals?pipeline={}&deal={}", event.pipeline_id, event.deal_id);
                                    let by = event.entry.changed_by_name.clone().unwrap_or_else(|| "someone".into());
                                    let at = event.entry.changed_at.with_timezone(&chrono::Local).format("%-d %b %Y %H:%M");
                                    view! {
                                        <li class="activity deal-event">
                                            <span class="kind kind-deal">"Deal"</span>
                                            <div class="activity-main">
                                                <p class="activity-subject">
                                                    <a href=href>{event.deal_title.clone()}</a>
                                                    {format!(": {}", event.entry.describe())}
                                                </p>
                                                <p class="muted small">{format!("{by} · {at}")}</p>
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
        </section>
    }
}
