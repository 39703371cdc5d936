//! Cross-site request forgery: a page on another origin can make the browser
//! send requests here with the user's cookie (a form post, a `no-cors` fetch).
//! Browsers say where a request comes from (`Origin`, `Sec-Fetch-Site`), so
//! every request that can change something must prove it comes from our own
//! pages, and must carry the body type its endpoint reads: `server_fn`'s JSON
//! codec parses a `text/plain` body too, and `text/plain` is what a cross-site
//! form can send without asking.

use std::sync::Arc;

use app::auth::api::{Login, Logout, LogoutEverywhere};
use axum::{
    body::Body,
    extract::{Request, State},
    http::{header, HeaderMap, Method, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos::server_fn::ServerFn;

use crate::security::Origins;

/// Server functions that take a form (they work before the wasm has loaded);
/// every other one takes JSON.
const FORM_ENDPOINTS: &[&str] = &[Login::PATH, Logout::PATH, LogoutEverywhere::PATH];

const FORM: &str = "application/x-www-form-urlencoded";
const JSON: &str = "application/json";

/// Refuses, with 403, a state-changing request that is not from the app's own
/// pages or whose body is not of its endpoint's type. GET and HEAD pass: they
/// change nothing (and cross-site pages cannot read their answers).
pub async fn refuse_cross_site(
    State(origins): State<Arc<Origins>>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    if let Err(reason) = check(&origins, request.uri().path(), request.headers()) {
        tracing::warn!(
            method = %request.method(),
            path = request.uri().path(),
            reason,
            "refused a cross-site request"
        );
        return (
            StatusCode::FORBIDDEN,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            Body::from(format!("Refused: {reason}.")),
        )
            .into_response();
    }
    next.run(request).await
}

fn check(origins: &Origins, path: &str, headers: &HeaderMap) -> Result<(), &'static str> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    let host = text(header::HOST.as_str());
    match (text(header::ORIGIN.as_str()), text("sec-fetch-site")) {
        // Whatever the Origin says, the browser knows this came from another site.
        (_, Some(site)) if !site.eq_ignore_ascii_case("same-origin") => {
            return Err("the request came from another site")
        }
        (Some(origin), _) if !origins.allows(origin, host) => {
            return Err("the request came from another origin")
        }
        (Some(_), _) | (None, Some(_)) => {}
        (None, None) => return Err("the request does not say where it comes from (Origin)"),
    }
    if path.starts_with("/api/") {
        let expected = if FORM_ENDPOINTS.contains(&path) {
            FORM
        } else {
            JSON
        };
        let sent = text(header::CONTENT_TYPE.as_str())
            .and_then(|v| v.split(';').next())
            .map(str::trim);
        if !sent.is_some_and(|t| t.eq_ignore_ascii_case(expected)) {
            return Err("the body is not of the type this endpoint reads");
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origins() -> Origins {
        Origins::new(None, "127.0.0.1:3000".parse().expect("addr"))
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, value.parse().expect("value"));
        }
        map
    }

    const OWN: (&str, &str) = ("origin", "http://127.0.0.1:3000");

    #[test]
    fn json_endpoints_take_json_from_our_origin_only() {
        let path = "/api/sync/push";
        assert!(check(&origins(), path, &headers(&[OWN, ("content-type", JSON)])).is_ok());
        assert!(check(
            &origins(),
            path,
            &headers(&[OWN, ("content-type", "application/json; charset=utf-8")])
        )
        .is_ok());
        assert!(check(
            &origins(),
            path,
            &headers(&[OWN, ("content-type", "text/plain")])
        )
        .is_err());
        assert!(check(&origins(), path, &headers(&[OWN, ("content-type", FORM)])).is_err());
        assert!(check(&origins(), path, &headers(&[OWN])).is_err());
        assert!(check(&origins(), path, &headers(&[("content-type", JSON)])).is_err());
    }

    #[test]
    fn sign_in_and_out_take_forms() {
        for path in FORM_ENDPOINTS {
            assert!(check(&origins(), path, &headers(&[OWN, ("content-type", FORM)])).is_ok());
            assert!(check(&origins(), path, &headers(&[OWN, ("content-type", JSON)])).is_err());
        }
    }

    #[test]
    fn sec_fetch_site_vouches_only_for_same_origin() {
        let path = "/api/sync/push";
        let same = headers(&[("sec-fetch-site", "same-origin"), ("content-type", JSON)]);
        assert!(check(&origins(), path, &same).is_ok());
        for site in ["same-site", "cross-site", "none"] {
            let mut other = headers(&[OWN, ("content-type", JSON)]);
            other.insert("sec-fetch-site", site.parse().expect("value"));
            assert!(check(&origins(), path, &other).is_err(), "{site}");
        }
    }
}
