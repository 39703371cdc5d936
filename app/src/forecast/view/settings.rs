//! What managers set: quotas per rep and month, and where categories start.

use chrono::NaiveDate;
use leptos::{prelude::*, task::spawn_local};
use uuid::Uuid;

use crate::{
    auth::model::Role,
    deals::model::parse_amount,
    error::{AppError, FieldErrors},
    forecast::{
        api::{set_quota, set_thresholds},
        model::{Quota, Thresholds},
    },
    sync::client::use_sync,
    ui::{SelectInput, TextInput},
};

#[component]
pub fn ForecastSettings(
    months: Vec<NaiveDate>,
    thresholds: Thresholds,
    refetch: Callback<()>,
) -> impl IntoView {
    let sync = use_sync();
    let reps: Vec<(String, String)> = untrack(|| {
        sync.with_view(|d| {
            d.team
                .iter()
                .filter(|m| m.role == Role::Rep)
                .map(|m| (m.id.to_string(), m.name.clone()))
                .collect()
        })
    })
    .unwrap_or_default();
    let month_options: Vec<(String, String)> = months
        .iter()
        .map(|m| (m.to_string(), m.format("%B %Y").to_string()))
        .collect();
    let rep = RwSignal::new(reps.first().map(|r| r.0.clone()).unwrap_or_default());
    let month = RwSignal::new(
        month_options
            .first()
            .map(|m| m.0.clone())
            .unwrap_or_default(),
    );
    let amount = RwSignal::new(String::new());
    let currency = RwSignal::new("EUR".to_string());
    let quota_errors = RwSignal::new(FieldErrors::default());
    let quota_note = RwSignal::new(None::<String>);

    let save_quota = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut errors = FieldErrors::default();
        let user_id = Uuid::parse_str(&rep.get_untracked()).ok();
        if user_id.is_none() {
            errors.add("user_id", "Choose a rep.");
        }
        let text = amount.get_untracked();
        let cents = if text.trim().is_empty() {
            None
        } else {
            match parse_amount(&text) {
                Ok(c) => Some(c),
                Err(message) => {
                    errors.add("amount", message);
                    None
                }
            }
        };
        let month = NaiveDate::parse_from_str(&month.get_untracked(), "%Y-%m-%d").ok();
        if month.is_none() {
            errors.add("month", "Choose a month.");
        }
        if !errors.is_empty() {
            quota_errors.set(errors);
            return;
        }
        let (Some(user_id), Some(month)) = (user_id, month) else {
            return;
        };
        let quota = Quota {
            user_id,
            month,
            currency: currency.get_untracked().trim().to_uppercase(),
            amount_cents: cents.unwrap_or(0),
        };
        spawn_local(async move {
            match set_quota(quota, cents).await {
                Ok(()) => {
                    quota_errors.set(FieldErrors::default());
                    quota_note.set(Some(if cents.is_some() {
                        "Quota saved.".into()
                    } else {
                        "Quota removed.".into()
                    }));
                    refetch.run(());
                }
                Err(AppError::Validation(fields)) => quota_errors.set(fields),
                Err(other) => quota_note.set(Some(other.to_string())),
            }
        });
    };

    let commit = RwSignal::new(thresholds.commit_min.to_string());
    let best = RwSignal::new(thresholds.best_case_min.to_string());
    let threshold_errors = RwSignal::new(FieldErrors::default());
    let save_thresholds = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |s: String| s.trim().parse::<i16>().unwrap_or(-1);
        let thresholds = Thresholds {
            commit_min: parse(commit.get_untracked()),
            best_case_min: parse(best.get_untracked()),
        };
        if let Err(AppError::Validation(fields)) = thresholds.validate() {
            threshold_errors.set(fields);
            return;
        }
        spawn_local(async move {
            match set_thresholds(thresholds).await {
                Ok(()) => {
                    threshold_errors.set(FieldErrors::default());
                    refetch.run(());
                }
                Err(AppError::Validation(fields)) => threshold_errors.set(fields),
                Err(other) => {
                    let mut fields = FieldErrors::default();
                    fields.add("commit_min", other.to_string());
                    threshold_errors.set(fields);
                }
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">"Quotas and categories"</h2>
            <form class="inline-form" on:submit=save_quota aria-label="Set a quota" novalidate>
                <SelectInput label="Rep" name="user_id" value=rep options=reps errors=quota_errors />
                <SelectInput label="Month" name="month" value=month options=month_options errors=quota_errors />
                <TextInput label="Quota (empty removes it)" name="amount" value=amount errors=quota_errors placeholder="50000" />
                <TextInput label="Currency" name="currency" value=currency errors=quota_errors />
                <button type="submit" class="btn btn-primary">"Save quota"</button>
            </form>
            {move || quota_note.get().map(|m| view! { <p class="muted small" role="status">{m}</p> })}
            <form class="inline-form" on:submit=save_thresholds aria-label="Forecast categories" novalidate>
                <TextInput label="Commit from (%)" name="commit_min" value=commit errors=threshold_errors kind="number" />
                <TextInput label="Best case from (%)" name="best_case_min" value=best errors=threshold_errors kind="number" />
                <button type="submit" class="btn">"Save categories"</button>
            </form>
        </section>
    }
}
