//! Real HTTP statuses for server functions, and the page shown while the
//! database is down.
//!
//! server_fn answers every error with a 500 and the error in the body. The
//! body is our `AppError`, which knows its status: read it back here, in the
//! one handler all server functions pass through. The browser decodes the
//! body of any 4xx or 5xx, so it shows the same words as before.

use axum::{
    body::{to_bytes, Body},
    http::{header, HeaderValue, StatusCode},
    response::{IntoResponse, Response},
};

use app::error::AppError;

/// Error bodies are a few hundred bytes; anything far larger is not ours.
const MAX_ERROR_BODY: usize = 64 * 1024;

/// Gives a server function's error answer the status its `AppError` calls for.
pub async fn with_error_status(response: Response) -> Response {
    // Form posts answered with a redirect, and successes, keep their status.
    if response.status() != StatusCode::INTERNAL_SERVER_ERROR
        || !response.headers().contains_key("serverfnerror")
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, MAX_ERROR_BODY).await else {
        return (StatusCode::INTERNAL_SERVER_ERROR, "error body unreadable").into_response();
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.status();
        if let Some(secs) = error.retry_after_secs() {
            parts
                .headers
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// What a signed-in page answers while the database cannot be reached: a
/// 503 that keeps the session (no redirect, no cookie touched), so the page
/// comes back by itself once the database does. The service worker serves
/// its stored copy of the page instead, where it has one (see `public/sw.js`).
pub fn unavailable_page(error: &AppError, stylesheet: &str) -> Response {
    let (status, title, text) = match error {
        AppError::Busy | AppError::Unavailable => (
            StatusCode::SERVICE_UNAVAILABLE,
            "Fieldbook is temporarily unavailable",
            "Your session and your device's edits are kept. This page tries again in a moment.",
        ),
        _ => (
            StatusCode::INTERNAL_SERVER_ERROR,
            "Something went wrong on our side",
            "Your session and your device's edits are kept. Please try again.",
        ),
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta http-equiv=\"refresh\" content=\"15\">\
         <title>{title} · Fieldbook</title><link rel=\"stylesheet\" href=\"{stylesheet}\">\
         </head><body><main class=\"page\"><section class=\"empty-state\">\
         <h1>{title}</h1><p>{text}</p></section></main></body></html>"
    );
    let mut response = (status, axum::response::Html(html)).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Some(secs) = error.retry_after_secs() {
        headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}
