use leptos::prelude::*;

use crate::{error::AppError, i18n::use_i18n};

/// An error in words (the reader's language), with a way forward where there is one.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let i18n = use_i18n();
    let hint = match &error {
        AppError::Unauthorized => {
            Some(view! { <a href="/login">{move || i18n.text("common-sign-in")}</a> }.into_any())
        }
        AppError::NotFound(_) | AppError::Forbidden => Some(
            view! { <a href="/customers">{move || i18n.text("common-back-to-customers")}</a> }
                .into_any(),
        ),
        _ => None,
    };
    let text = error.text();
    view! {
        <div class="notice notice-error" role="alert">
            <p>{move || i18n.show(&text)}</p>
            {hint}
        </div>
    }
}

/// A spinner and what is loading. `label` is a message key ("Loading…" when
/// none is given).
#[component]
pub fn Loading(#[prop(optional)] label: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        if label.is_empty() {
            i18n.text("common-loading")
        } else {
            i18n.text(label)
        }
    };
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {label}
        </div>
    }
}
