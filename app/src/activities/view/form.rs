//! Logging what happened with a customer (when it happened: now unless
//! changed), or planning the next step.

use chrono::{Duration, NaiveDate, TimeZone, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    activities::model::{parse_local, ActivityKind, Due, FormMode, NewActivity},
    auth::current::use_user,
    error::{AppError, FieldErrors},
    i18n::{t, use_i18n, Text},
    sync::{client::use_sync, model::MutationOp},
    ui::{use_clock, SelectInput, TextInput},
};

use super::kind_options;

/// `on_done` is told whether something was saved (`false`: cancelled).
#[component]
pub fn ActivityForm(
    company_id: Uuid,
    #[prop(optional)] deal_id: Option<Uuid>,
    mode: FormMode,
    /// The kind it starts with (a call to log, a task to plan, when not given).
    #[prop(optional)]
    kind: Option<ActivityKind>,
    #[prop(into)] on_done: Callback<bool>,
) -> impl IntoView {
    let sync = use_sync();
    let clock = use_clock();
    let user = use_user();
    let i18n = use_i18n();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let today = clock.get_untracked().date();
    let tomorrow: NaiveDate = today + Duration::days(1);

    let kind = RwSignal::new(
        kind.unwrap_or(match mode {
            FormMode::Log => ActivityKind::Call,
            FormMode::Plan => ActivityKind::Task,
        })
        .as_str()
        .to_string(),
    );
    // When a logged activity happened, on the user's wall clock: now, unless
    // changed (the visit of the morning, logged in the evening).
    let opened = clock.get_untracked();
    let (now_day, now_time) = (
        opened.format("%Y-%m-%d").to_string(),
        opened.format("%H:%M").to_string(),
    );
    let done_on = RwSignal::new(now_day.clone());
    let done_time = RwSignal::new(now_time.clone());
    let subject = RwSignal::new(String::new());
    let body = RwSignal::new(String::new());
    let due_on = RwSignal::new(match mode {
        FormMode::Log => String::new(),
        FormMode::Plan => tomorrow.to_string(),
    });
    let due_time = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let deal = RwSignal::new(deal_id.map(|d| d.to_string()).unwrap_or_default());
    let owner = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<AppError>);

    // Read once: the form must not be rebuilt (losing what was typed) on every sync.
    let (contacts, deals, team) = untrack(|| {
        sync.with_view(|d| {
            let mut contacts = vec![(String::new(), i18n.text("activities-no-contact"))];
            contacts.extend(
                d.contacts_of(company_id, i18n.locale_untracked())
                    .into_iter()
                    .map(|c| (c.id.to_string(), c.name)),
            );
            let mut deals = vec![(String::new(), i18n.text("activities-no-deal"))];
            deals.extend(
                d.deals_of(company_id)
                    .into_iter()
                    .map(|c| (c.id.to_string(), c.title)),
            );
            let mut team = vec![(String::new(), i18n.text("activities-customers-rep"))];
            team.extend(d.team.iter().map(|m| (m.id.to_string(), m.name.clone())));
            (contacts, deals, team)
        })
    })
    .unwrap_or_default();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |s: String| Uuid::parse_str(&s).ok();
        // A refused date or time: by the field when it names one.
        let refuse = |error: AppError| match error {
            AppError::Validation(fields) => errors.set(fields),
            other => failure.set(Some(other)),
        };
        let due = match Due::parse(&due_on.get_untracked(), &due_time.get_untracked()) {
            Ok(due) => due,
            Err(error) => return refuse(error),
        };
        let done_at = if mode == FormMode::Plan
            || (done_on.get_untracked() == now_day && done_time.get_untracked() == now_time)
        {
            None
        } else {
            let local = match parse_local(&done_on.get_untracked(), &done_time.get_untracked()) {
                Ok(local) => local,
                Err(error) => return refuse(error),
            };
            // The earlier of two readings when clocks go back; none when they skip it.
            match chrono::Local.from_local_datetime(&local).earliest() {
                Some(at) => Some(at.with_timezone(&Utc)),
                None => {
                    errors.set(FieldErrors::default());
                    errors.update(|e| e.add("done_time", Text::new("activities-clocks-changed")));
                    return;
                }
            }
        };
        let new = NewActivity {
            kind: ActivityKind::parse(&kind.get_untracked()).unwrap_or(ActivityKind::Task),
            subject: subject.get_untracked(),
            body: body.get_untracked(),
            contact_id: parse(contact.get_untracked()),
            deal_id: parse(deal.get_untracked()),
            owner_id: parse(owner.get_untracked()),
            due,
            done: mode == FormMode::Log,
            done_at,
            ..NewActivity::blank(company_id)
        };
        match sync.submit(MutationOp::CreateActivity(new)) {
            Ok(()) => {
                errors.set(FieldErrors::default());
                on_done.run(true);
            }
            Err(AppError::Validation(mut fields)) => {
                // The form asks for the moment as a date and a time.
                if let Some(messages) = fields.0.remove("done_at") {
                    fields.0.insert("done_on".into(), messages);
                }
                errors.set(fields)
            }
            Err(other) => failure.set(Some(other)),
        }
    };

    let (title, button) = match mode {
        FormMode::Log => ("activities-log-title", "activities-log-save"),
        FormMode::Plan => ("activities-plan-title", "activities-plan-save"),
    };
    view! {
        <form class="activity-form" on:submit=submit aria-label=t(title) novalidate>
            <div class="form-row">
                // The kinds in the current language: rebuilt when it changes.
                {move || view! {
                    <SelectInput label="activities-field-kind" name="kind" value=kind options=kind_options(i18n) errors />
                }}
                <TextInput label="activities-field-subject" name="subject" value=subject errors required=true placeholder="activities-subject-placeholder" />
            </div>
            <TextInput label="activities-field-notes" name="body" value=body errors multiline=true />
            {(mode == FormMode::Log).then(|| view! {
                <div class="form-row">
                    <TextInput label="activities-field-date" name="done_on" value=done_on errors kind="date" />
                    <TextInput label="activities-field-time" name="done_time" value=done_time errors kind="time" />
                </div>
            })}
            {(mode == FormMode::Plan).then(|| view! {
                <div class="form-row">
                    <TextInput label="activities-field-due-date" name="due_on" value=due_on errors kind="date" />
                    <TextInput label="activities-field-time-optional" name="due_time" value=due_time errors kind="time" />
                </div>
            })}
            <div class="form-row">
                {(contacts.len() > 1).then(|| view! {
                    <SelectInput label="activities-field-contact" name="contact_id" value=contact options=contacts errors />
                })}
                {(deals.len() > 1 && deal_id.is_none()).then(|| view! {
                    <SelectInput label="activities-field-deal" name="deal_id" value=deal options=deals errors />
                })}
                {is_manager.then(|| view! {
                    <SelectInput label="activities-field-for" name="owner_id" value=owner options=team errors />
                })}
            </div>
            {move || failure.get().map(|error| {
                view! { <p class="notice notice-error" role="alert">{move || i18n.show(&error.text())}</p> }
            })}
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">{t(button)}</button>
                <button type="button" class="btn btn-ghost" on:click=move |_| on_done.run(false)>{t("activities-cancel")}</button>
            </div>
        </form>
    }
}
