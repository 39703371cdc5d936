//! One activity in a list: what, with whom, when, and one-tap done / reschedule.

use chrono::{Duration, NaiveDate, Utc};
use leptos::prelude::*;

use super::kind_key;
use crate::ui::use_clock;
use crate::{
    activities::model::{due_state, Activity, ActivityKind, ActivityPatch, CheckIn, Due, DueState},
    error::AppError,
    i18n::{format, t, use_i18n, Text},
    sync::{client::use_sync, model::MutationOp},
};

#[component]
pub fn ActivityItem(
    activity: Activity,
    /// Lists across customers (My day) name the customer.
    #[prop(optional)]
    show_company: bool,
) -> impl IntoView {
    let sync = use_sync();
    let clock = use_clock();
    let i18n = use_i18n();
    let id = activity.id;
    let error = RwSignal::new(None::<Text>);
    // A refused reschedule says why (its date); anything else, what went wrong.
    let report = move |result: Result<(), AppError>| match result {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e.text_for("due_on"))),
    };
    let (due_on, due_time, done) = (
        activity.due_on,
        activity.due_time,
        activity.done_at.is_some(),
    );
    let state = Memo::new(move |_| due_state(due_on, due_time, done, clock.get()));
    let today = move || clock.get().date();
    let subject = activity.subject.clone();
    // Names as they are now, read once (a rename shows on the next render of the list).
    let (company, contact, deal) = untrack(|| {
        sync.with_view(|d| {
            (
                show_company
                    .then(|| {
                        d.companies
                            .get(&activity.company_id)
                            .map(|c| c.name.clone())
                    })
                    .flatten(),
                activity
                    .contact_id
                    .and_then(|c| d.contacts.get(&c).map(|c| c.name.clone())),
                activity
                    .deal_id
                    .and_then(|c| d.deals.get(&c).map(|d| d.title.clone())),
            )
        })
    })
    .unwrap_or_default();
    let open = activity.is_open();
    let reschedule = move |to: NaiveDate| {
        report(sync.submit(MutationOp::UpdateActivity {
            id,
            patch: ActivityPatch::reschedule(Due {
                on: Some(to),
                time: due_time,
            }),
        }))
    };
    let picked = RwSignal::new(String::new());
    let due_label = {
        let activity = activity.clone();
        move || i18n.show(&activity.due_label(i18n.locale(), today()))
    };
    let is_visit = activity.kind == ActivityKind::Visit;
    let checkin = activity.checkin.clone();
    let checking = RwSignal::new(false);
    let check_in = move |_| {
        checking.set(true);
        leptos::task::spawn_local(async move {
            let place = super::location::current_position().await;
            let (lat_e6, lng_e6, accuracy_m) = match place {
                Some(p) => (Some(p.0), Some(p.1), Some(p.2)),
                None => (None, None, None),
            };
            report(sync.submit(MutationOp::CheckIn {
                id,
                checkin: CheckIn {
                    at: Utc::now(),
                    lat_e6,
                    lng_e6,
                    accuracy_m,
                },
            }));
            checking.set(false);
        });
    };

    view! {
        <li
            class="activity"
            class:overdue=move || state.get() == DueState::Overdue
            class:done=!open
            data-activity=id.to_string()
        >
            <span class=format!("kind kind-{}", activity.kind.as_str())>{t(kind_key(activity.kind))}</span>
            <div class="activity-main">
                <p class="activity-subject">{activity.subject.clone()}</p>
                <p class="muted small">
                    {company.map(|name| {
                        let href = format!("/customers/{}", activity.company_id);
                        view! { <a href=href>{name}</a> " · " }
                    })}
                    {contact.map(|c| format!("{c} · "))}
                    {deal.map(|d| format!("{d} · "))}
                    {if open {
                        view! {
                            <span class="due" class:late=move || state.get() == DueState::Overdue>
                                {move || match state.get() {
                                    DueState::Overdue => i18n.text_with(
                                        "activities-overdue-due",
                                        &[("due", due_label().into())],
                                    ),
                                    DueState::Unscheduled => i18n.text("activities-no-due-date"),
                                    _ => due_label(),
                                }}
                            </span>
                        }
                        .into_any()
                    } else {
                        let done_at = activity.done_at;
                        let done = move || {
                            let at = done_at
                                .map(|at| {
                                    format::date_time(
                                        i18n.locale(),
                                        at.with_timezone(&chrono::Local).naive_local(),
                                    )
                                })
                                .unwrap_or_default();
                            i18n.text_with("activities-done-at", &[("at", at.into())])
                        };
                        view! { <span>{done}</span> }.into_any()
                    }}
                </p>
                {(!activity.body.is_empty()).then(|| view! { <p class="activity-body">{activity.body.clone()}</p> })}
                {checkin.as_ref().map(|c| {
                    let at = c.at.with_timezone(&chrono::Local).time();
                    let place = c.place();
                    let words = move || {
                        let place = place
                            .clone()
                            .unwrap_or_else(|| i18n.text("activities-location-not-shared"));
                        i18n.text_with(
                            "activities-checked-in",
                            &[
                                ("time", crate::i18n::format::time(i18n.locale(), at).into()),
                                ("place", place.into()),
                            ],
                        )
                    };
                    view! { <p class="checkin small">{words}</p> }
                })}
                {move || error.get().map(|m| view! { <p class="field-error" role="alert">{i18n.show(&m)}</p> })}
            </div>
            <div class="activity-actions">
                {if open {
                    let s1 = subject.clone();
                    let s2 = subject.clone();
                    let s3 = subject.clone();
                    view! {
                        {(is_visit && checkin.is_none()).then(|| view! {
                            <button type="button" class="btn" on:click=check_in disabled=move || checking.get()>
                                {move || i18n.text(if checking.get() { "activities-checking-in" } else { "activities-check-in" })}
                            </button>
                        })}
                        <button
                            type="button"
                            class="btn btn-primary"
                            aria-label=move || i18n.text_with("activities-mark-done-label", &[("subject", s1.clone().into())])
                            on:click=move |_| report(sync.submit(MutationOp::CompleteActivity { id, done: true }))
                        >
                            {t("activities-done")}
                        </button>
                        <button
                            type="button"
                            class="btn"
                            aria-label=move || i18n.text_with("activities-move-tomorrow-label", &[("subject", s2.clone().into())])
                            on:click=move |_| reschedule(today() + Duration::days(1))
                        >
                            {t("activities-move-tomorrow")}
                        </button>
                        <details class="reschedule">
                            <summary
                                class="btn btn-ghost"
                                aria-label=move || i18n.text_with("activities-reschedule-label", &[("subject", s3.clone().into())])
                            >
                                {t("activities-later")}
                            </summary>
                            <form on:submit=move |ev| {
                                ev.prevent_default();
                                match Due::parse(&picked.get_untracked(), "") {
                                    Ok(Due { on: Some(day), .. }) => reschedule(day),
                                    Ok(_) => error.set(Some(Text::new("activities-pick-date"))),
                                    Err(e) => report(Err(e)),
                                }
                            }>
                                <button type="button" class="btn btn-ghost" on:click=move |_| reschedule(today() + Duration::days(7))>
                                    {t("activities-next-week")}
                                </button>
                                <label class="sr-only" for=format!("resched-{id}")>{t("activities-new-date")}</label>
                                <input
                                    id=format!("resched-{id}")
                                    type="date"
                                    prop:value=move || picked.get()
                                    on:input=move |ev| picked.set(event_target_value(&ev))
                                />
                                <button type="submit" class="btn">{t("activities-move")}</button>
                            </form>
                        </details>
                    }
                    .into_any()
                } else if activity.kind == ActivityKind::Note {
                    ().into_any()
                } else {
                    view! {
                        <button
                            type="button"
                            class="btn btn-ghost"
                            aria-label=move || i18n.text_with("activities-reopen-label", &[("subject", subject.clone().into())])
                            on:click=move |_| report(sync.submit(MutationOp::CompleteActivity { id, done: false }))
                        >
                            {t("activities-reopen")}
                        </button>
                    }
                    .into_any()
                }}
            </div>
        </li>
    }
}
