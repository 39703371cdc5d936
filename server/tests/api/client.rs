//! Requests through the real router, sent as the app's own pages send them
//! (same `Origin` and `Host`, the codec's `Content-Type`), so they pass the
//! same-origin checks a state-changing request must pass.

use app::{auth::model::CurrentUser, error::AppError};
use axum::{
    body::Body,
    http::{header, HeaderMap, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use sqlx::PgPool;
use tower::ServiceExt;

pub const HOST: &str = "localhost";
pub const ORIGIN: &str = "http://localhost";

pub fn app(pool: PgPool) -> Router {
    server::startup::router(
        pool,
        LeptosOptions::builder().output_name("fieldbook").build(),
    )
}

pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The error a server function answered with, as the browser decodes it.
    pub fn error(&self) -> Option<AppError> {
        serde_json::from_str(&self.body).ok()
    }
}

pub async fn send(app: &Router, request: Request<Body>) -> Reply {
    let response = app.clone().oneshot(request).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Reply {
        status,
        headers,
        body: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// A signed-in browser's cookie for `user` (a session made directly: these
/// tests are about what comes after signing in).
pub async fn cookie_for(pool: &PgPool, user: &CurrentUser) -> String {
    let token = app::auth::session::create_session(pool, user.id)
        .await
        .expect("session");
    format!("{}={token}", app::auth::session::COOKIE_NAME)
}

fn base(method: &str, uri: &str, cookie: Option<&str>) -> axum::http::request::Builder {
    let mut request = Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, HOST)
        .header(header::ACCEPT, "application/json");
    if method != "GET" {
        request = request.header(header::ORIGIN, ORIGIN);
    }
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request
}

pub fn get(uri: &str, cookie: Option<&str>) -> Request<Body> {
    base("GET", uri, cookie)
        .body(Body::empty())
        .expect("request")
}

pub fn post(
    uri: &str,
    cookie: Option<&str>,
    content_type: &str,
    body: impl Into<Body>,
) -> Request<Body> {
    base("POST", uri, cookie)
        .header(header::CONTENT_TYPE, content_type)
        .body(body.into())
        .expect("request")
}

pub fn post_json(uri: &str, cookie: Option<&str>, body: &serde_json::Value) -> Request<Body> {
    post(uri, cookie, "application/json", body.to_string())
}
