//! The language kept on the account: saved from More, used by every page the
//! server renders for that user unless the device chose its own.

use app::{auth::model::Role, error::AppError};
use axum::http::{header, StatusCode};
use sqlx::PgPool;

use crate::client::{app, cookie_for, get, post_json, send};
use crate::helpers::user;

async fn page_language(
    app: &axum::Router,
    request: axum::http::Request<axum::body::Body>,
) -> String {
    let reply = send(app, request).await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
    let start = reply.body.find("<html lang=\"").expect("an <html lang>") + 12;
    let end = reply.body[start..].find('"').expect("closing quote");
    reply.body[start..start + end].to_string()
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_account_language_renders_pages_unless_the_device_chose(pool: PgPool) {
    let app = app(pool.clone());
    let rep = user(&pool, "Rita", Role::Rep).await;
    let cookie = cookie_for(&pool, &rep).await;

    // No choice anywhere: the browser's languages.
    let mut request = get("/customers", Some(&cookie));
    request.headers_mut().insert(
        header::ACCEPT_LANGUAGE,
        "et-EE,et;q=0.9".parse().expect("header"),
    );
    assert_eq!(page_language(&app, request).await, "et");

    let saved = send(
        &app,
        post_json(
            "/api/save_language",
            Some(&cookie),
            &serde_json::json!({ "tag": "lv" }),
        ),
    )
    .await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let answer = send(&app, get("/api/account_language", Some(&cookie))).await;
    assert_eq!(answer.body, "\"lv\"");

    // The account's language beats the browser's…
    let mut request = get("/customers", Some(&cookie));
    request.headers_mut().insert(
        header::ACCEPT_LANGUAGE,
        "et-EE,et;q=0.9".parse().expect("header"),
    );
    assert_eq!(page_language(&app, request).await, "lv");
    // …and this device's own choice beats the account's.
    let both = format!("{cookie}; fieldbook_lang=hi");
    assert_eq!(
        page_language(&app, get("/customers", Some(&both))).await,
        "hi"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn saving_a_language_needs_a_session_and_a_language_fieldbook_speaks(pool: PgPool) {
    let app = app(pool.clone());
    let anonymous = send(
        &app,
        post_json(
            "/api/save_language",
            None,
            &serde_json::json!({ "tag": "lv" }),
        ),
    )
    .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);

    let rep = user(&pool, "Rita", Role::Rep).await;
    let cookie = cookie_for(&pool, &rep).await;
    for tag in ["de", "lv-LV", "", "zh"] {
        let reply = send(
            &app,
            post_json(
                "/api/save_language",
                Some(&cookie),
                &serde_json::json!({ "tag": tag }),
            ),
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{tag}: {}",
            reply.body
        );
        let Some(AppError::Validation(fields)) = reply.error() else {
            panic!("{tag}: {}", reply.body);
        };
        assert_eq!(fields.key("language"), Some("language-unknown"));
    }
    let stored: Option<String> = sqlx::query_scalar("select language from users where id = $1")
        .bind(rep.id)
        .fetch_one(&pool)
        .await
        .expect("the user");
    assert_eq!(stored, None);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn each_language_file_is_served_for_switching(pool: PgPool) {
    let app = app(pool);
    let latvian = send(&app, get("/locales/lv.json", None)).await;
    assert_eq!(latvian.status, StatusCode::OK);
    assert_eq!(
        latvian.headers.get(header::CONTENT_TYPE).expect("a type"),
        "application/json"
    );
    let catalog: serde_json::Value = serde_json::from_str(&latvian.body).expect("JSON");
    assert_eq!(catalog["tab-customers"], serde_json::json!(["Klienti"]));
    let chinese = send(&app, get("/locales/zh-Hans.json", None)).await;
    assert_eq!(chinese.status, StatusCode::OK);
    assert!(chinese.body.contains("客户"));
    for missing in ["/locales/de.json", "/locales/lv-LV.json", "/locales/lv.ftl"] {
        assert_eq!(
            send(&app, get(missing, None)).await.status,
            StatusCode::NOT_FOUND,
            "{missing}"
        );
    }
}
