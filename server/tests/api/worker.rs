//! The service worker's side of the server: `/sw.js` stamped per release, and
//! pages a worker can keep for every customer and for one user.

use axum::http::{header, StatusCode};
use sqlx::PgPool;

use crate::{
    client::{app, cookie_for, get, send},
    helpers::{company, team},
};

/// Each response has its own CSP nonce (Leptos writes it into `nonce` and
/// `crossorigin` attributes); everything else must match.
fn without_nonces(html: &str) -> String {
    let mut html = html.to_string();
    for attribute in ["nonce=\"", "crossorigin=\""] {
        let mut out = String::new();
        let mut rest = html.as_str();
        while let Some(start) = rest.find(attribute) {
            out.push_str(&rest[..start]);
            let after = &rest[start + attribute.len()..];
            rest = after.find('"').map_or("", |end| &after[end + 1..]);
        }
        out.push_str(rest);
        html = out;
    }
    html
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_worker_is_never_cached_and_names_this_release_and_every_signed_in_page(pool: PgPool) {
    let app = app(pool);
    let reply = send(&app, get("/sw.js", None)).await;
    assert_eq!(reply.status, StatusCode::OK);
    assert_eq!(
        reply
            .headers
            .get(header::CACHE_CONTROL)
            .expect("cache-control"),
        "no-cache"
    );
    assert!(reply.headers[header::CONTENT_TYPE]
        .to_str()
        .expect("ascii")
        .starts_with("text/javascript"));
    let build = reply.headers[server::worker::BUILD_HEADER]
        .to_str()
        .expect("ascii")
        .to_string();
    assert!(
        reply.body.contains(&format!("const BUILD = \"{build}\";")),
        "{}",
        &reply.body[..600]
    );
    let pages = reply
        .body
        .lines()
        .find_map(|line| line.strip_prefix("const PAGES = "))
        .and_then(|list| serde_json::from_str::<Vec<String>>(list.trim_end_matches(';')).ok())
        .expect("the list of pages");
    for route in [
        "/customers",
        "/customers/:id",
        "/customers/new",
        "/deals",
        "/today",
        "/forecast",
        "/device",
        "/pipelines",
        "/archive",
    ] {
        assert!(pages.contains(&route.to_string()), "{route} in {pages:?}");
    }
    assert!(!pages.contains(&"/login".to_string()));

    // Every response says which release it belongs to, files and pages alike.
    let login = send(&app, get("/login", None)).await;
    assert_eq!(login.headers[server::worker::BUILD_HEADER], build.as_str());
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn one_card_page_serves_every_customer_and_says_whose_page_it_is(pool: PgPool) {
    let t = team(&pool).await;
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme Bakery"))
        .await
        .expect("company");
    let zeta = app::customers::service::create(&pool, &t.ana, company("Zeta Farms"))
        .await
        .expect("company");
    let cookie = cookie_for(&pool, &t.ana).await;
    let app = app(pool);

    let card = |id: String| {
        let app = app.clone();
        let cookie = cookie.clone();
        async move { send(&app, get(&format!("/customers/{id}"), Some(&cookie))).await }
    };
    let first = card(acme.id.to_string()).await;
    let second = card(zeta.id.to_string()).await;
    // The id the worker fetches the template with: no customer at all.
    let any = card(uuid::Uuid::nil().to_string()).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(without_nonces(&first.body), without_nonces(&second.body));
    assert_eq!(without_nonces(&first.body), without_nonces(&any.body));
    assert!(!first.body.contains("Acme Bakery") && !first.body.contains("Zeta Farms"));
    assert_eq!(
        first.headers[server::worker::USER_HEADER],
        t.ana.id.to_string().as_str()
    );

    // Nobody signed in: sent to sign in, and no page to keep for anyone.
    let stranger = send(&app, get("/customers", None)).await;
    assert!(stranger.status.is_redirection());
    assert!(stranger.headers.get(server::worker::USER_HEADER).is_none());
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn hashed_bundle_files_are_kept_a_year_and_the_worker_keeps_them_by_name(pool: PgPool) {
    let site = std::env::temp_dir().join(format!("fieldbook-site-{}", uuid::Uuid::new_v4()));
    std::fs::create_dir_all(site.join("pkg")).expect("site dir");
    let css = "fieldbook.AAAAAAAAAAAAAAAAAAAAAA.css";
    std::fs::write(site.join("pkg").join(css), "body { margin: 0 }").expect("css");
    let options = leptos::prelude::LeptosOptions::builder()
        .output_name("fieldbook")
        .site_root(site.to_string_lossy().into_owned())
        .hash_files(true)
        .build();
    let app = server::startup::router(pool, options);

    let file = send(&app, get(&format!("/pkg/{css}"), None)).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(
        file.headers[header::CACHE_CONTROL],
        "public, max-age=31536000, immutable"
    );
    // A name this release does not have is not cached as if it were forever.
    let missing = send(&app, get("/pkg/fieldbook.BBBBBBBBBBBBBBBBBBBBBB.css", None)).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.headers.get(header::CACHE_CONTROL).is_none());

    let worker = send(&app, get("/sw.js", None)).await;
    assert!(
        worker
            .body
            .contains(&format!("const BUNDLE = [\"/pkg/{css}\"];")),
        "{}",
        &worker.body[..900]
    );
    std::fs::remove_dir_all(site).ok();
}
