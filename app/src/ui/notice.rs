use leptos::prelude::*;

use crate::error::AppError;

/// An error in words, with a way forward where there is one.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let hint = match &error {
        AppError::Unauthorized => Some(view! { <a href="/login">"Sign in"</a> }.into_any()),
        AppError::NotFound(_) | AppError::Forbidden => {
            Some(view! { <a href="/customers">"Back to customers"</a> }.into_any())
        }
        _ => None,
    };
    view! {
        <div class="notice notice-error" role="alert">
            <p>{error.to_string()}</p>
            {hint}
        </div>
    }
}

#[component]
pub fn Loading(#[prop(default = "Loading…")] label: &'static str) -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            {label}
        </div>
    }
}
