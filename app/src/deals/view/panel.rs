//! The deal panel: edit fields, move, win or lose, see the history.

use leptos::prelude::*;
use uuid::Uuid;

use super::{state::BoardCtx, BoardLinks};
use crate::{
    activities::view::DealNextStep,
    deals::{
        api::get_deal,
        model::{
            format_money, Deal, DealMove, DealPatch, DealStatus, Outcome, CURRENCIES, LOST_REASONS,
        },
    },
    error::AppError,
    shell::use_user,
    sync::{client::use_sync, model::MutationOp},
    ui::{EditableField, ErrorNotice, InputKind, Loading},
};

#[component]
pub fn DealPanel(id: Uuid) -> impl IntoView {
    let links = expect_context::<BoardLinks>();
    let sync = use_sync();
    // The deal and its customer's contacts, as on this device (edits show at once).
    let data = Memo::new(move |_| {
        sync.with_view(|d| {
            d.deal(id).map(|deal| {
                let contacts: Vec<(Uuid, String)> = d
                    .contacts_of(deal.company_id)
                    .into_iter()
                    .map(|c| (c.id, c.name))
                    .collect();
                (deal, contacts)
            })
        })
    });
    let close = move || links.close();
    view! {
        <div class="panel-backdrop" on:click=move |_| close()></div>
        <aside
            class="panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="deal-panel-title"
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    close();
                }
            }
        >
            <button type="button" class="btn btn-ghost panel-close" on:click=move |_| close() aria-label="Close">
                "✕"
            </button>
            {move || match data.get() {
                None => view! { <Loading label="Loading deal…" /> }.into_any(),
                Some(None) => view! {
                    <ErrorNotice error=AppError::NotFound("This deal".into()) />
                }
                .into_any(),
                Some(Some((deal, contacts))) => view! { <DealDetailView deal contacts /> }.into_any(),
            }}
        </aside>
    }
}

/// Stage and status changes come from the server; they refresh as edits get through.
#[component]
fn DealHistory(id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let history = Resource::new(
        move || (id, sync.pending.get(), sync.online.get()),
        |(id, _, _)| async move { get_deal(id).await.map(|d| d.history) },
    );
    view! {
        <section class="history" aria-label="History">
            <h3>"History"</h3>
            <Transition fallback=|| view! { <Loading label="Loading history…" /> }>
                {move || Suspend::new(async move {
                    match history.await {
                        Ok(entries) => view! {
                            <ol class="history-list">
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        view! {
                                            <li>
                                                <span>{entry.describe()}</span>
                                                <span class="muted">
                                                    {format!(
                                                        " · {} · {}",
                                                        entry.changed_by_name.clone().unwrap_or_else(|| "someone".into()),
                                                        entry.changed_at.format("%-d %b %Y %H:%M UTC"),
                                                    )}
                                                </span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                        .into_any(),
                        Err(AppError::Network(_)) => view! {
                            <p class="muted">"The history shows when you are back online."</p>
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}

#[component]
fn DealDetailView(deal: Deal, contacts: Vec<(Uuid, String)>) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let links = expect_context::<BoardLinks>();
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let mut contact_options = vec![(String::new(), "No contact".to_string())];
    contact_options.extend(
        contacts
            .into_iter()
            .map(|(id, name)| (id.to_string(), name)),
    );
    let id = deal.id;
    let status = deal.status;
    let stage_probability = deal.stage_id.and_then(|s| {
        ctx.pipeline
            .with_value(|p| p.stage(s).map(|s| s.probability))
    });
    let error = RwSignal::new(None::<AppError>);

    let field = move |name: &'static str| {
        move |value: String| async move {
            let patch = DealPatch::single(name, &value)?;
            ctx.sync.submit(MutationOp::UpdateDeal { id, patch })?;
            Ok(value.trim().to_string())
        }
    };

    let stages = ctx.pipeline.with_value(|p| {
        p.stages
            .iter()
            .map(|s| (s.id, s.name.clone()))
            .collect::<Vec<_>>()
    });
    let current_stage = deal.stage_id;
    let on_stage = move |ev: leptos::ev::Event| {
        let Ok(stage_id) = Uuid::parse_str(&event_target_value(&ev)) else {
            return;
        };
        if Some(stage_id) == current_stage {
            return;
        }
        let before_id = ctx.column_ids(stage_id, Some(id)).first().copied();
        ctx.move_deal(DealMove {
            deal_id: id,
            stage_id,
            before_id,
        });
    };

    let after_close = move |result: Result<(), AppError>| match result {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e)),
    };
    let win = move |_| {
        after_close(ctx.sync.submit(MutationOp::CloseDeal {
            id,
            outcome: Outcome::Won,
        }))
    };
    let reopen = move |_| after_close(ctx.sync.submit(MutationOp::ReopenDeal { id }));
    let asking_reason = RwSignal::new(false);
    let archive = move |_| {
        let sure = window()
            .confirm_with_message(
                "Archive this deal? It leaves the board and the forecast; a manager can restore it with its history from the Archive.",
            )
            .unwrap_or(false);
        if sure {
            match ctx.sync.submit(MutationOp::ArchiveDeal { id }) {
                Ok(()) => {
                    ctx.remove(id);
                    links.close();
                }
                Err(e) => error.set(Some(e)),
            }
        }
    };

    let team_options = ctx.team.with_value(|team| {
        team.iter()
            .map(|m| (m.id.to_string(), m.name.clone()))
            .collect::<Vec<_>>()
    });
    let mut currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    if !CURRENCIES.contains(&deal.currency.as_str()) {
        currencies.push((deal.currency.clone(), deal.currency.clone()));
    }
    let stage_label = match stage_probability {
        Some(p) => format!("Stage default ({p}%)"),
        None => "Stage default".to_string(),
    };
    let readonly = status != DealStatus::Open;

    view! {
        <header class="panel-head">
            <p class="muted">
                <a href=format!("/customers/{}", deal.company_id)>{deal.company_name.clone()}</a>
            </p>
            <h2 id="deal-panel-title">{deal.title.clone()}</h2>
            <p class="deal-status">
                <span class=format!("badge status-{}", status.as_str())>{status.label()}</span>
                {(status == DealStatus::Lost).then(|| view! { <span class="muted">{format!(" {}", deal.lost_reason)}</span> })}
                " "
                <strong>{format_money(deal.value_cents, &deal.currency)}</strong>
            </p>
            {current_stage
                .filter(|_| status == DealStatus::Open)
                .map(|s| {
                    let days = deal.days_in_stage(ctx.as_of);
                    view! {
                        <p class="muted small">
                            {format!("In {} for {days} day{}", ctx.stage_name(s), if days == 1 { "" } else { "s" })}
                        </p>
                    }
                })}
        </header>
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        <div class="panel-actions">
            {if status == DealStatus::Open {
                view! {
                    <label class="field stage-select">
                        <span>"Stage"</span>
                        <select on:change=on_stage aria-label="Move to stage">
                            {stages
                                .into_iter()
                                .map(|(sid, name)| {
                                    view! { <option value=sid.to_string() selected=Some(sid) == current_stage>{name}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <button type="button" class="btn btn-won" on:click=win>"Won"</button>
                    <button type="button" class="btn btn-lost" on:click=move |_| asking_reason.set(true)>"Lost…"</button>
                }
                    .into_any()
            } else {
                view! { <button type="button" class="btn" on:click=reopen>"Reopen deal"</button> }.into_any()
            }}
        </div>
        <Show when=move || asking_reason.get()>
            <LostReasonForm id on_done=Callback::new(move |result: Result<(), AppError>| {
                if result.is_ok() {
                    asking_reason.set(false);
                }
                after_close(result);
            }) on_cancel=Callback::new(move |_| asking_reason.set(false)) />
        </Show>
        <dl class="fields">
            <EditableField label="Title" field="title" value=deal.title.clone() save=field("title") readonly />
            <EditableField
                label="Value"
                field="value"
                value=deal.field_value("value")
                save=field("value")
                kind=InputKind::Decimal
                readonly
            />
            <EditableField
                label="Currency"
                field="currency"
                value=deal.currency.clone()
                save=field("currency")
                kind=InputKind::Select(currencies)
                readonly
            />
            <EditableField
                label="Expected close"
                field="close_date"
                value=deal.field_value("close_date")
                save=field("close_date")
                kind=InputKind::Date
                readonly
            />
            <EditableField
                label="Probability %"
                field="probability"
                value=deal.field_value("probability")
                save=field("probability")
                kind=InputKind::Decimal
                empty_label=stage_label
                readonly
            />
            <EditableField
                label="Contact"
                field="contact_id"
                value=deal.field_value("contact_id")
                save=field("contact_id")
                kind=InputKind::Select(contact_options)
                empty_label="No contact"
                readonly
            />
            <EditableField
                label="Owner"
                field="owner_id"
                value=deal.owner_id.to_string()
                save=field("owner_id")
                kind=InputKind::Select(team_options)
                readonly=readonly || !is_manager
            />
        </dl>
        {(status == DealStatus::Open).then(|| view! { <DealNextStep deal_id=id company_id=deal.company_id /> })}
        <DealHistory id />
        <footer class="panel-foot">
            <a class="btn" href=format!("/customers/{}", deal.company_id)>"Open customer card"</a>
            <button type="button" class="btn btn-danger" on:click=archive>"Archive deal"</button>
        </footer>
    }
}

#[component]
fn LostReasonForm(
    id: Uuid,
    on_done: Callback<Result<(), AppError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let choice = RwSignal::new(String::new());
    let detail = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sync = use_sync();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let reason = match (
            choice.get_untracked().as_str(),
            detail.get_untracked().trim(),
        ) {
            ("", d) | ("other", d) => d.to_string(),
            (c, "") => c.to_string(),
            (c, d) => format!("{c}: {d}"),
        };
        let outcome = Outcome::Lost { reason };
        if let Err(e) = outcome.validate() {
            error.set(
                e.field_errors()
                    .and_then(|f| f.get("lost_reason"))
                    .map(str::to_string),
            );
            return;
        }
        let result = sync.submit(MutationOp::CloseDeal { id, outcome });
        if let Err(e) = &result {
            error.set(Some(
                e.field_errors()
                    .and_then(|f| f.get("lost_reason"))
                    .map(str::to_string)
                    .unwrap_or_else(|| e.to_string()),
            ));
        }
        on_done.run(result);
    };
    view! {
        <form class="lost-form" on:submit=submit>
            <div class="field" class:has-error=move || error.get().is_some()>
                <label for="lost-reason">"Why was it lost?"</label>
                <select id="lost-reason" name="lost_reason" on:change=move |ev| choice.set(event_target_value(&ev))>
                    <option value="" selected=true>"Choose a reason…"</option>
                    {LOST_REASONS.iter().map(|r| view! { <option value=*r>{*r}</option> }).collect_view()}
                    <option value="other">"Other (describe below)"</option>
                </select>
                <label for="lost-detail" class="sr-only">"Details"</label>
                <textarea
                    id="lost-detail"
                    rows="2"
                    placeholder="Details (optional for a listed reason)"
                    prop:value=move || detail.get()
                    on:input=move |ev| detail.set(event_target_value(&ev))
                ></textarea>
                <p class="field-error" role="alert">{move || error.get()}</p>
            </div>
            <div class="form-actions">
                <button type="submit" class="btn btn-lost">"Mark lost"</button>
                <button type="button" class="btn" on:click=move |_| on_cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
