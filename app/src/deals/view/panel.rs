//! The deal panel: edit fields, move, win or lose, see the history.

use leptos::prelude::*;
use uuid::Uuid;

use super::{show_reason, state::BoardCtx, BoardLinks};
use crate::{
    auth::current::use_user,
    deals::{
        api::get_deal,
        model::{
            status_key, Deal, DealMove, DealPatch, DealStatus, Outcome, CURRENCIES, LOST_REASONS,
            WON_REASONS,
        },
    },
    error::AppError,
    i18n::{format, t, use_i18n, Text},
    sync::{client::use_sync, model::MutationOp},
    ui::{modal_focus, EditableField, ErrorNotice, InputKind, Loading},
};

/// What other domains show in the deal panel, given by the app's shell
/// (`shell::sections`): deals knows none of the other domains' views.
#[derive(Clone, Copy)]
pub struct DealSections {
    /// The nudge to plan an open deal's next step: (deal, its customer).
    pub next_step: fn(Uuid, Uuid) -> AnyView,
}

#[component]
pub fn DealPanel(id: Uuid) -> impl IntoView {
    let links = expect_context::<BoardLinks>();
    let sync = use_sync();
    let i18n = use_i18n();
    // The deal and its customer's contacts, as on this device (edits show at once).
    let data = Memo::new(move |_| {
        let locale = i18n.locale();
        sync.with_view(|d| {
            d.deal(id).map(|deal| {
                let contacts: Vec<(Uuid, String)> = d
                    .contacts_of(deal.company_id, locale)
                    .into_iter()
                    .map(|c| (c.id, c.name))
                    .collect();
                (deal, contacts)
            })
        })
    });
    // The deal as it is now, and what shapes the panel's layout: an edit of
    // a field (a save here, or a colleague's, arriving live) updates that
    // field in place, and only a change of status, stage or contacts draws
    // the panel anew, so focus and open editors stay put.
    let live = Memo::new(move |_| data.get().flatten().map(|(deal, _)| deal));
    let shape = Memo::new(move |_| {
        data.get().map(|found| {
            found.map(|(deal, contacts)| (deal.id, deal.status, deal.stage_id, contacts))
        })
    });
    let close = move || links.close();
    let dialog = NodeRef::<leptos::html::Aside>::new();
    // Opened from another page (a customer card), focus returns to the deal's card.
    modal_focus(
        dialog,
        Callback::new(move |_| close()),
        Some(format!("[data-deal-id='{id}']")),
    );
    view! {
        <div class="panel-backdrop" on:click=move |_| close()></div>
        <aside
            class="panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="deal-panel-title"
            tabindex="-1"
            node_ref=dialog
        >
            <button type="button" class="btn btn-ghost panel-close" on:click=move |_| close() aria-label=t("deals-close")>
                "✕"
            </button>
            {move || match (shape.get(), live.get_untracked()) {
                (None, _) => view! { <Loading label="deals-loading-deal" /> }.into_any(),
                (Some(Some((_, _, _, contacts))), Some(deal)) => {
                    view! { <DealDetailView deal contacts live /> }.into_any()
                }
                (Some(_), _) => view! {
                    <ErrorNotice error=AppError::NotFound("This deal".into()) />
                }
                .into_any(),
            }}
        </aside>
    }
}

/// Stage and status changes come from the server; they refresh as edits get through.
#[component]
fn DealHistory(id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let history = Resource::new(
        move || (id, sync.pending.get(), sync.online.get()),
        |(id, _, _)| async move { get_deal(id).await.map(|d| d.history) },
    );
    view! {
        <section class="history" aria-label=t("deals-history")>
            <h3>{t("deals-history")}</h3>
            <Transition fallback=|| view! { <Loading label="deals-loading-history" /> }>
                {move || Suspend::new(async move {
                    match history.await {
                        Ok(entries) => view! {
                            <ol class="history-list">
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        let what = entry.text();
                                        let at = entry.changed_at;
                                        let by = entry.changed_by_name.clone();
                                        let who_and_when = move || {
                                            let when = crate::ui::local_time(i18n.locale(), at);
                                            match &by {
                                                Some(name) => i18n.text_with(
                                                    "deals-history-by",
                                                    &[("name", name.as_str().into()), ("time", when.into())],
                                                ),
                                                None => i18n.text_with("deals-history-by-someone", &[("time", when.into())]),
                                            }
                                        };
                                        view! {
                                            <li>
                                                <span>{move || i18n.show(&what)}</span>
                                                <span class="muted">{" · "}{who_and_when}</span>
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        }
                        .into_any(),
                        Err(AppError::Network(_)) => view! {
                            <p class="muted">{t("deals-history-offline")}</p>
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
fn DealDetailView(
    deal: Deal,
    contacts: Vec<(Uuid, String)>,
    live: Memo<Option<Deal>>,
) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let links = expect_context::<BoardLinks>();
    let user = use_user();
    let i18n = use_i18n();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let mut contact_options = vec![(String::new(), i18n.text("deals-no-contact"))];
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
    let reopen = move |_| after_close(ctx.sync.submit(MutationOp::ReopenDeal { id }));
    // Won or lost, a reason is asked for first: which one is being asked.
    let asking_reason = RwSignal::new(None::<DealStatus>);
    let archive = move |_| {
        let sure = window()
            .confirm_with_message(&i18n.text("deals-archive-confirm"))
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
    // Words rather than a key (a key cannot carry the stage's percentage):
    // words that name no message show as they are.
    let stage_label = match stage_probability {
        Some(p) => i18n.text_with("deals-stage-default-percent", &[("probability", p.into())]),
        None => i18n.text("deals-stage-default"),
    };
    let readonly = status != DealStatus::Open;
    // A field's stored value as it is now (it follows edits from anywhere).
    let now = move |read: fn(&Deal) -> String| {
        Signal::derive(move || live.with(|d| d.as_ref().map(read).unwrap_or_default()))
    };
    let value_of = move |name: &'static str| {
        Signal::derive(move || {
            live.with(|d| d.as_ref().map(|d| d.field_value(name)).unwrap_or_default())
        })
    };

    view! {
        <header class="panel-head">
            <p class="muted">
                <a href=format!("/customers/{}", deal.company_id)>{deal.company_name.clone()}</a>
            </p>
            <h2 id="deal-panel-title">{now(|d| d.title.clone())}</h2>
            <p class="deal-status">
                <span class=format!("badge status-{}", status.as_str())>{t(status_key(status))}</span>
                {(status != DealStatus::Open && !deal.lost_reason.is_empty())
                    .then(|| {
                        let reason = deal.lost_reason.clone();
                        view! { <span class="muted">" "{move || show_reason(i18n, &reason)}</span> }
                    })}
                " "
                <strong>
                    {move || {
                        let locale = i18n.locale();
                        live.with(|d| {
                            d.as_ref()
                                .map(|d| format::money(locale, d.value_cents, &d.currency))
                                .unwrap_or_default()
                        })
                    }}
                </strong>
            </p>
            {current_stage
                .filter(|_| status == DealStatus::Open)
                .map(|s| {
                    let days = deal.days_in_stage(ctx.as_of);
                    let in_stage = move || match ctx.stage_name(s) {
                        Some(stage) => i18n.text_with(
                            "deals-in-stage-for",
                            &[("stage", stage.into()), ("days", days.into())],
                        ),
                        None => i18n.text_with("deals-in-deleted-stage-for", &[("days", days.into())]),
                    };
                    view! { <p class="muted small">{in_stage}</p> }
                })}
        </header>
        {move || error.get().map(|error| view! { <ErrorNotice error /> })}
        <div class="panel-actions">
            {if status == DealStatus::Open {
                view! {
                    <label class="field stage-select">
                        <span>{t("deals-field-stage")}</span>
                        <select on:change=on_stage aria-label=t("deals-move-to-stage")>
                            {stages
                                .into_iter()
                                .map(|(sid, name)| {
                                    view! { <option value=sid.to_string() selected=Some(sid) == current_stage>{name}</option> }
                                })
                                .collect_view()}
                        </select>
                    </label>
                    <button type="button" class="btn btn-won" on:click=move |_| asking_reason.set(Some(DealStatus::Won))>{t("deals-won-button")}</button>
                    <button type="button" class="btn btn-lost" on:click=move |_| asking_reason.set(Some(DealStatus::Lost))>{t("deals-lost-button")}</button>
                }
                    .into_any()
            } else {
                view! { <button type="button" class="btn" on:click=reopen>{t("deals-reopen")}</button> }.into_any()
            }}
        </div>
        {move || asking_reason.get().map(|won_or_lost| view! {
            <CloseReasonForm id won=won_or_lost == DealStatus::Won on_done=Callback::new(move |result: Result<(), AppError>| {
                if result.is_ok() {
                    asking_reason.set(None);
                }
                after_close(result);
            }) on_cancel=Callback::new(move |_| asking_reason.set(None)) />
        })}
        <dl class="fields">
            <EditableField label="deals-field-title" field="title" value=value_of("title") save=field("title") readonly />
            <EditableField
                label="deals-field-value"
                field="value"
                value=value_of("value")
                save=field("value")
                kind=InputKind::Decimal
                readonly
            />
            <EditableField
                label="deals-field-currency"
                field="currency"
                value=value_of("currency")
                save=field("currency")
                kind=InputKind::Select(currencies)
                readonly
            />
            <EditableField
                label="deals-field-close-date"
                field="close_date"
                value=value_of("close_date")
                save=field("close_date")
                kind=InputKind::Date
                readonly
            />
            <EditableField
                label="deals-field-probability"
                field="probability"
                value=value_of("probability")
                save=field("probability")
                kind=InputKind::Decimal
                empty_label=stage_label
                readonly
            />
            <EditableField
                label="deals-field-contact"
                field="contact_id"
                value=value_of("contact_id")
                save=field("contact_id")
                kind=InputKind::Select(contact_options)
                empty_label="deals-no-contact"
                readonly
            />
            <EditableField
                label="deals-field-owner"
                field="owner_id"
                value=value_of("owner_id")
                save=field("owner_id")
                kind=InputKind::Select(team_options)
                readonly=readonly || !is_manager
            />
        </dl>
        {(status == DealStatus::Open).then(|| {
            let next_step = expect_context::<DealSections>().next_step;
            next_step(id, deal.company_id)
        })}
        <DealHistory id />
        <footer class="panel-foot">
            <a class="btn" href=format!("/customers/{}", deal.company_id)>{t("deals-open-customer")}</a>
            <button type="button" class="btn btn-danger" on:click=archive>{t("deals-archive")}</button>
        </footer>
    }
}

/// Asks why a deal was won (`won`) or lost: a listed reason, words, or both.
#[component]
fn CloseReasonForm(
    id: Uuid,
    won: bool,
    on_done: Callback<Result<(), AppError>>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let choice = RwSignal::new(String::new());
    let detail = RwSignal::new(String::new());
    let error = RwSignal::new(None::<Text>);
    let sync = use_sync();
    let i18n = use_i18n();
    let (question, reasons, button, class) = if won {
        (
            "deals-won-question",
            WON_REASONS,
            "deals-mark-won",
            "btn btn-won",
        )
    } else {
        (
            "deals-lost-question",
            LOST_REASONS,
            "deals-mark-lost",
            "btn btn-lost",
        )
    };
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
        let outcome = if won {
            Outcome::Won { reason }
        } else {
            Outcome::Lost { reason }
        };
        let field = outcome.field();
        if let Err(e) = outcome.validate() {
            error.set(e.field_errors().and_then(|f| f.get(field)).cloned());
            return;
        }
        let result = sync.submit(MutationOp::CloseDeal { id, outcome });
        if let Err(e) = &result {
            error.set(Some(e.text_for(field)));
        }
        on_done.run(result);
    };
    view! {
        <form class="lost-form" on:submit=submit>
            <div class="field" class:has-error=move || error.get().is_some()>
                <label for="close-reason">{t(question)}</label>
                <select id="close-reason" name="reason" on:change=move |ev| choice.set(event_target_value(&ev))>
                    <option value="" selected=true>{t("deals-choose-reason")}</option>
                    {reasons
                        .iter()
                        .map(|&(words, key)| view! { <option value=words>{t(key)}</option> })
                        .collect_view()}
                    <option value="other">{t("deals-other-reason")}</option>
                </select>
                <label for="close-detail" class="sr-only">{t("deals-reason-details")}</label>
                <textarea
                    id="close-detail"
                    rows="2"
                    placeholder=t("deals-reason-details-placeholder")
                    prop:value=move || detail.get()
                    on:input=move |ev| detail.set(event_target_value(&ev))
                ></textarea>
                <p class="field-error" role="alert">{move || error.with(|e| e.as_ref().map(|e| i18n.show(e)))}</p>
            </div>
            <div class="form-actions">
                <button type="submit" class=class>{t(button)}</button>
                <button type="button" class="btn" on:click=move |_| on_cancel.run(())>{t("deals-cancel")}</button>
            </div>
        </form>
    }
}
