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
    i18n::{format, t, use_i18n, Text},
    sync::client::use_sync,
    ui::{SelectInput, TextInput},
};

/// Made again by the page when the language changes (its month names).
#[component]
pub fn ForecastSettings(
    months: Vec<NaiveDate>,
    thresholds: Thresholds,
    refetch: Callback<()>,
) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let locale = i18n.locale_untracked();
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
        .map(|m| (m.to_string(), format::month_year(locale, *m)))
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
    let quota_note = RwSignal::new(None::<Text>);

    let save_quota = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut errors = FieldErrors::default();
        let user_id = Uuid::parse_str(&rep.get_untracked()).ok();
        if user_id.is_none() {
            errors.add("user_id", Text::new("forecast-choose-rep"));
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
            errors.add("month", Text::new("forecast-choose-month"));
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
                        Text::new("forecast-quota-saved")
                    } else {
                        Text::new("forecast-quota-removed")
                    }));
                    refetch.run(());
                }
                Err(AppError::Validation(fields)) => quota_errors.set(fields),
                Err(other) => quota_note.set(Some(other.text())),
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
                    fields.add("commit_min", other.text());
                    threshold_errors.set(fields);
                }
            }
        });
    };

    view! {
        <section class="card" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t("forecast-settings-title")}</h2>
            <form class="inline-form" on:submit=save_quota aria-label=t("forecast-set-quota") novalidate>
                <SelectInput label="forecast-rep" name="user_id" value=rep options=reps errors=quota_errors />
                <SelectInput label="forecast-month" name="month" value=month options=month_options errors=quota_errors />
                <TextInput label="forecast-quota-field" name="amount" value=amount errors=quota_errors placeholder="50000" />
                <TextInput label="forecast-currency" name="currency" value=currency errors=quota_errors />
                <button type="submit" class="btn btn-primary">{t("forecast-save-quota")}</button>
            </form>
            {move || quota_note.get().map(|m| view! { <p class="muted small" role="status">{i18n.show(&m)}</p> })}
            <form class="inline-form" on:submit=save_thresholds aria-label=t("forecast-categories") novalidate>
                <TextInput label="forecast-commit-from" name="commit_min" value=commit errors=threshold_errors kind="number" />
                <TextInput label="forecast-best-case-from" name="best_case_min" value=best errors=threshold_errors kind="number" />
                <button type="submit" class="btn">{t("forecast-save-categories")}</button>
            </form>
        </section>
    }
}
