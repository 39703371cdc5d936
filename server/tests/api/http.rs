//! The real router, driven without a network: server functions, cookies and page guards.

use app::error::AppError;
use axum::{
    body::Body,
    http::{header, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use sqlx::PgPool;
use tower::ServiceExt;
use uuid::Uuid;

pub use crate::client::{app, send, Reply};
use crate::helpers::{team, PASSWORD};

/// The origin of the app in these tests (`LeptosOptions`' default listen address).
pub const ORIGIN: &str = "http://127.0.0.1:3000";

pub async fn sign_in(app: &Router, email: &str, password: &str) -> Reply {
    let form =
        serde_urlencoded::to_string([("email", email), ("password", password)]).expect("form");
    send(
        app,
        Request::post("/api/login")
            .header(header::ORIGIN, ORIGIN)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "application/json")
            .body(Body::from(form))
            .expect("request"),
    )
    .await
}

pub fn session_cookie(reply: &Reply) -> String {
    let set_cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .expect("a session cookie")
        .to_str()
        .expect("ascii");
    set_cookie
        .split(';')
        .next()
        .expect("name=value")
        .to_string()
}

/// What the app sends to create a company: a push of one edit, as JSON
/// from its own origin.
pub fn create_request(cookie: Option<&str>, name: &str) -> Request<Body> {
    let company = app::customers::model::NewCompany {
        name: name.into(),
        ..app::customers::model::NewCompany::blank()
    };
    let request = serde_json::json!({ "request": {
        "client_id": Uuid::new_v4(),
        "mutations": [{ "id": 1, "op": { "name": "create_company", "args": company } }],
    } });
    let mut builder = Request::post("/api/sync/push")
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, "application/json")
        .header(header::ACCEPT, "application/json");
    if let Some(cookie) = cookie {
        builder = builder.header(header::COOKIE, cookie);
    }
    builder
        .body(Body::from(request.to_string()))
        .expect("request")
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn server_functions_refuse_callers_without_a_session(pool: PgPool) {
    let app = app(pool.clone());
    let reply = send(&app, create_request(None, "Acme")).await;
    let error: AppError = serde_json::from_str(&reply.body).expect("typed error");
    assert_eq!(error, AppError::Unauthorized);

    let forged = send(
        &app,
        create_request(Some("fieldbook_session=forged"), "Acme"),
    )
    .await;
    assert_eq!(
        serde_json::from_str::<AppError>(&forged.body).ok(),
        Some(AppError::Unauthorized)
    );
    let (count,): (i64,) = sqlx::query_as("select count(*) from companies")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(count, 0);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn signing_in_sets_an_http_only_cookie_that_authorizes_later_calls(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let reply = sign_in(&app, &t.ana.email.to_uppercase(), PASSWORD).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let set_cookie = reply
        .headers
        .get(header::SET_COOKIE)
        .expect("cookie")
        .to_str()
        .expect("ascii");
    assert!(set_cookie.contains("HttpOnly"), "{set_cookie}");
    assert!(set_cookie.contains("SameSite=Lax"), "{set_cookie}");

    let cookie = session_cookie(&reply);
    let created = send(&app, create_request(Some(&cookie), "Acme")).await;
    let pushed: app::sync::model::PushResponse =
        serde_json::from_str(&created.body).expect(&created.body);
    assert_eq!(
        pushed.results,
        [(1, app::sync::model::MutationResult::Applied)]
    );
    let (id, owner): (Uuid, Uuid) = sqlx::query_as("select id, owner_id from companies")
        .fetch_one(&pool)
        .await
        .expect("the company");
    assert_eq!(owner, t.ana.id);

    let card = send(
        &app,
        Request::get(format!("/api/companies/card?id={id}"))
            .header(header::COOKIE, &cookie)
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    let card: app::customers::api::CompanyCard =
        serde_json::from_str(&card.body).expect(&card.body);
    assert_eq!(card.company.name, "Acme");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_wrong_password_is_refused_without_revealing_which_part_was_wrong(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool);
    let wrong = sign_in(&app, &t.ana.email, "not it").await;
    let unknown = sign_in(&app, "nobody@team.test", PASSWORD).await;
    assert!(wrong.headers.get(header::SET_COOKIE).is_none());
    let wrong: AppError = serde_json::from_str(&wrong.body).expect("typed error");
    let unknown: AppError = serde_json::from_str(&unknown.body).expect("typed error");
    assert_eq!(wrong, unknown);
    assert_eq!(
        wrong.field_errors().and_then(|f| f.key("password")),
        Some("login-wrong-password")
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn pages_send_strangers_to_sign_in_and_render_the_book_for_its_owner(pool: PgPool) {
    let t = team(&pool).await;
    app::customers::service::create(&pool, &t.ana, crate::helpers::company("Acme Bakery"))
        .await
        .expect("company");
    let app = app(pool);
    let page = |cookie: Option<String>| {
        let mut request = Request::get("/customers");
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        request.body(Body::empty()).expect("request")
    };

    let stranger = send(&app, page(None)).await;
    assert!(stranger.status.is_redirection());
    assert_eq!(
        stranger.headers.get(header::LOCATION).expect("location"),
        "/login"
    );

    // The page is the signed-in frame; the customers come from the device's
    // copy, filled by sync (see sync.rs), so no customer data is in the HTML.
    let ana = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let rendered = send(&app, page(Some(ana))).await;
    assert_eq!(rendered.status, StatusCode::OK);
    assert!(
        rendered.body.contains(&t.ana.name),
        "the frame shows who is signed in"
    );
    assert!(rendered.body.contains("Loading customers"));
    assert!(!rendered.body.contains("Acme Bakery"));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn live_events_announce_every_committed_change_to_signed_in_browsers(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let live = |cookie: Option<&str>| {
        let mut request = Request::get("/sync/live");
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        request.body(Body::empty()).expect("request")
    };
    let stranger = app.clone().oneshot(live(None)).await.expect("response");
    assert_eq!(stranger.status(), StatusCode::UNAUTHORIZED);

    let ben = session_cookie(&sign_in(&app, &t.ben.email, PASSWORD).await);
    let response = app
        .clone()
        .oneshot(live(Some(&ben)))
        .await
        .expect("response");
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers().get(header::CONTENT_TYPE).expect("type"),
        "text/event-stream"
    );
    let mut body = response.into_body();
    let mut next_event = async || {
        let frame = tokio::time::timeout(std::time::Duration::from_secs(10), body.frame())
            .await
            .expect("an event within 10 s")
            .expect("stream open")
            .expect("frame");
        String::from_utf8_lossy(frame.data_ref().expect("data")).into_owned()
    };
    assert!(next_event().await.contains("event: hello"));
    // Give the listener a moment to be subscribed before the change commits.
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    // Someone else's change still rings the bell (the pull decides what Ben may see).
    app::customers::service::create(&pool, &t.ana, crate::helpers::company("Live Bakery"))
        .await
        .expect("company");
    let event = next_event().await;
    assert!(event.contains("event: change"), "{event}");
    let version: i64 = event
        .lines()
        .find_map(|l| l.strip_prefix("data: "))
        .and_then(|v| v.trim().parse().ok())
        .expect("a version");
    assert!(version > 0);
}
