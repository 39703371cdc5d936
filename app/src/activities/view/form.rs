//! Logging what happened with a customer, or planning the next step.

use chrono::{Duration, NaiveDate};
use leptos::prelude::*;
use uuid::Uuid;

use super::clock::use_clock;
use crate::{
    activities::model::{ActivityKind, Due, NewActivity},
    error::{AppError, FieldErrors},
    shell::use_user,
    sync::{client::use_sync, model::MutationOp},
    ui::{SelectInput, TextInput},
};

/// Whether the form records something done, or plans something to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Log,
    Plan,
}

#[component]
pub fn ActivityForm(
    company_id: Uuid,
    #[prop(optional)] deal_id: Option<Uuid>,
    mode: FormMode,
    #[prop(into)] on_done: Callback<()>,
) -> impl IntoView {
    let sync = use_sync();
    let clock = use_clock();
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let today = clock.get_untracked().date();
    let tomorrow: NaiveDate = today + Duration::days(1);

    let kind = RwSignal::new(
        match mode {
            FormMode::Log => ActivityKind::Call,
            FormMode::Plan => ActivityKind::Task,
        }
        .as_str()
        .to_string(),
    );
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
    let failure = RwSignal::new(None::<String>);

    // Read once: the form must not be rebuilt (losing what was typed) on every sync.
    let (contacts, deals, team) = untrack(|| {
        sync.with_view(|d| {
            let mut contacts = vec![(String::new(), "No contact".to_string())];
            contacts.extend(
                d.contacts_of(company_id)
                    .into_iter()
                    .map(|c| (c.id.to_string(), c.name)),
            );
            let mut deals = vec![(String::new(), "No deal".to_string())];
            deals.extend(
                d.deals_of(company_id)
                    .into_iter()
                    .map(|c| (c.id.to_string(), c.title)),
            );
            let mut team = vec![(String::new(), "The customer’s rep".to_string())];
            team.extend(d.team.iter().map(|m| (m.id.to_string(), m.name.clone())));
            (contacts, deals, team)
        })
    })
    .unwrap_or_default();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |s: String| Uuid::parse_str(&s).ok();
        let due = match Due::parse(&due_on.get_untracked(), &due_time.get_untracked()) {
            Ok(due) => due,
            Err(AppError::Validation(fields)) => {
                errors.set(fields);
                return;
            }
            Err(other) => {
                failure.set(Some(other.to_string()));
                return;
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
            ..NewActivity::blank(company_id)
        };
        match sync.submit(MutationOp::CreateActivity(new)) {
            Ok(()) => {
                errors.set(FieldErrors::default());
                on_done.run(());
            }
            Err(AppError::Validation(fields)) => errors.set(fields),
            Err(other) => failure.set(Some(other.to_string())),
        }
    };

    let (title, button) = match mode {
        FormMode::Log => ("Log an activity", "Save to timeline"),
        FormMode::Plan => ("Plan the next step", "Plan it"),
    };
    view! {
        <form class="activity-form" on:submit=submit aria-label=title novalidate>
            <div class="form-row">
                <SelectInput label="Kind" name="kind" value=kind options=ActivityKind::options() errors />
                <TextInput label="Subject" name="subject" value=subject errors required=true placeholder="Call about the spring order" />
            </div>
            <TextInput label="Notes" name="body" value=body errors multiline=true />
            {(mode == FormMode::Plan).then(|| view! {
                <div class="form-row">
                    <TextInput label="Due date" name="due_on" value=due_on errors kind="date" />
                    <TextInput label="Time (optional)" name="due_time" value=due_time errors kind="time" />
                </div>
            })}
            <div class="form-row">
                {(contacts.len() > 1).then(|| view! {
                    <SelectInput label="Contact" name="contact_id" value=contact options=contacts errors />
                })}
                {(deals.len() > 1 && deal_id.is_none()).then(|| view! {
                    <SelectInput label="Deal" name="deal_id" value=deal options=deals errors />
                })}
                {is_manager.then(|| view! {
                    <SelectInput label="For" name="owner_id" value=owner options=team errors />
                })}
            </div>
            {move || failure.get().map(|m| view! { <p class="notice notice-error" role="alert">{m}</p> })}
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">{button}</button>
                <button type="button" class="btn btn-ghost" on:click=move |_| on_done.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
