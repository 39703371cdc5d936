//! Security headers on every response. The Content-Security-Policy allows only
//! our own scripts, plus the inline scripts Leptos writes into each page (the
//! hydration loader and the serialized resources), which carry a fresh nonce
//! per response: an injected `<script>` has no nonce and does not run.

use axum::{
    extract::Request,
    http::{header, HeaderValue},
    middleware::Next,
    response::Response,
};
use leptos::nonce::Nonce;

/// Sets the nonce for this request (pages read it from the request's
/// extensions, see `startup`) and the headers on its response.
pub async fn set_security_headers(mut request: Request, next: Next) -> Response {
    let nonce = Nonce::new();
    request.extensions_mut().insert(nonce.clone());
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    if let Ok(csp) = HeaderValue::from_str(&content_security_policy(&nonce)) {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // Other sites learn at most that someone came from Fieldbook, never a record's URL.
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    // For browsers that predate `frame-ancestors`.
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

/// `'wasm-unsafe-eval'` lets the app's own wasm compile (it allows no JS eval).
/// Inline `style` attributes are allowed (the board positions its cards with
/// them); inline `<style>` elements and inline scripts without the nonce are not.
pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; \
         script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; style-src-attr 'unsafe-inline'; \
         img-src 'self' data:; \
         connect-src 'self'; \
         worker-src 'self'; \
         object-src 'none'; \
         base-uri 'none'; \
         form-action 'self'; \
         frame-ancestors 'none'"
    )
}
