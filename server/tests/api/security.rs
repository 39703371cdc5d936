//! Issue 14, sections 2 to 4, replayed against the real router: cross-site
//! requests, sign-in abuse, sessions, headers, and how the first manager is made.

use std::{
    net::SocketAddr,
    time::{Duration, Instant},
};

use app::{
    auth::{model::Role, throttle},
    error::AppError,
};
use axum::{
    body::Body,
    extract::ConnectInfo,
    http::{header, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use leptos::config::LeptosOptions;
use sqlx::PgPool;

use crate::{
    helpers::{team, PASSWORD},
    http::{app, create_request, send, session_cookie, sign_in, Reply, ORIGIN},
};

const FORM: &str = "application/x-www-form-urlencoded";

async fn count(pool: &PgPool, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sql).fetch_one(pool).await.expect("count");
    n
}

fn typed_error(reply: &Reply) -> AppError {
    serde_json::from_str(&reply.body).unwrap_or_else(|_| panic!("a typed error: {}", reply.body))
}

/// Whether `cookie` still signs someone in.
async fn signed_in(app: &Router, cookie: &str) -> bool {
    let reply = send(
        app,
        Request::get("/api/me")
            .header(header::COOKIE, cookie)
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    serde_json::from_str::<Option<app::auth::model::CurrentUser>>(&reply.body)
        .unwrap_or_else(|_| panic!("me: {}", reply.body))
        .is_some()
}

fn form_post(path: &str, origin: Option<&str>, cookie: Option<&str>, form: &str) -> Request<Body> {
    let mut request = Request::post(path).header(header::CONTENT_TYPE, FORM);
    if let Some(origin) = origin {
        request = request.header(header::ORIGIN, origin);
    }
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    request.body(Body::from(form.to_string())).expect("request")
}

fn login_form(email: &str, password: &str) -> String {
    serde_urlencoded::to_string([("email", email), ("password", password)]).expect("form")
}

/// A sign-in as a browser at `client` sends it.
async fn sign_in_from(app: &Router, client: [u8; 4], email: &str, password: &str) -> Reply {
    let mut request = form_post(
        "/api/login",
        Some(ORIGIN),
        None,
        &login_form(email, password),
    );
    request
        .headers_mut()
        .insert(header::ACCEPT, "application/json".parse().expect("accept"));
    request
        .extensions_mut()
        .insert(ConnectInfo(SocketAddr::from((client, 40_000))));
    send(app, request).await
}

// ---------------------------------------------------------------- CSRF

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_text_plain_form_from_another_port_cannot_create_a_company(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let victim = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let forged = create_request(Some(&victim), "Forged Foods");
    let body = forged.into_body().collect().await.expect("body").to_bytes();

    // <form enctype="text/plain" action="http://127.0.0.1:3000/api/sync/push"> on :4000.
    for origin in ["http://127.0.0.1:4000", ORIGIN] {
        let reply = send(
            &app,
            Request::post("/api/sync/push")
                .header(header::ORIGIN, origin)
                .header(header::CONTENT_TYPE, "text/plain")
                .header(header::COOKIE, &victim)
                .body(Body::from(body.clone()))
                .expect("request"),
        )
        .await;
        assert_eq!(
            reply.status,
            StatusCode::FORBIDDEN,
            "{origin}: {}",
            reply.body
        );
    }
    assert_eq!(count(&pool, "select count(*) from companies").await, 0);

    // The app's own request still works.
    let own = send(&app, create_request(Some(&victim), "Real Foods")).await;
    assert!(own.status.is_success(), "{}", own.body);
    assert_eq!(count(&pool, "select count(*) from companies").await, 1);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_no_cors_fetch_to_sync_push_is_refused_and_writes_nothing(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let victim = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let push = app::sync::model::PushRequest {
        client_id: uuid::Uuid::new_v4(),
        mutations: vec![app::sync::model::Mutation {
            id: 1,
            op: app::sync::model::MutationOp::CreateCompany(crate::helpers::company(
                "Pushed Foods",
            )),
        }],
    };
    let body = serde_json::json!({ "request": push }).to_string();
    // fetch(url, {mode: "no-cors", method: "POST", credentials: "include", body}) from :4000.
    let reply = send(
        &app,
        Request::post("/api/sync/push")
            .header(header::ORIGIN, "http://127.0.0.1:4000")
            .header("sec-fetch-site", "same-site")
            .header("sec-fetch-mode", "no-cors")
            .header(header::CONTENT_TYPE, "text/plain;charset=UTF-8")
            .header(header::COOKIE, &victim)
            .body(Body::from(body.clone()))
            .expect("request"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::FORBIDDEN, "{}", reply.body);
    // Nor with no Origin at all (an old browser, a proxy that strips it).
    let bare = send(
        &app,
        Request::post("/api/sync/push")
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::COOKIE, &victim)
            .body(Body::from(body))
            .expect("request"),
    )
    .await;
    assert_eq!(bare.status, StatusCode::FORBIDDEN, "{}", bare.body);
    assert_eq!(count(&pool, "select count(*) from companies").await, 0);
    assert_eq!(count(&pool, "select count(*) from sync_clients").await, 0);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn cross_site_posts_cannot_switch_or_end_the_victims_session(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let victim = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let sessions = count(&pool, "select count(*) from sessions").await;

    // Signing the victim in as the attacker (login CSRF).
    let login = send(
        &app,
        form_post(
            "/api/login",
            Some("https://evil.example"),
            Some(&victim),
            &login_form(&t.ben.email, PASSWORD),
        ),
    )
    .await;
    assert_eq!(login.status, StatusCode::FORBIDDEN);
    assert!(login.headers.get(header::SET_COOKIE).is_none());

    let logout = send(
        &app,
        form_post(
            "/api/logout",
            Some("https://evil.example"),
            Some(&victim),
            "",
        ),
    )
    .await;
    assert_eq!(logout.status, StatusCode::FORBIDDEN);
    assert!(logout.headers.get(header::SET_COOKIE).is_none());

    let everywhere = send(
        &app,
        form_post(
            "/api/logout_everywhere",
            Some("https://evil.example"),
            Some(&victim),
            "",
        ),
    )
    .await;
    assert_eq!(everywhere.status, StatusCode::FORBIDDEN);

    assert_eq!(
        count(&pool, "select count(*) from sessions").await,
        sessions
    );
    assert!(signed_in(&app, &victim).await);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_apps_own_pages_pass_by_origin_host_or_fetch_metadata(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let ana = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let logout = |headers: &[(&str, &str)]| {
        let mut request = Request::post("/api/logout")
            .header(header::CONTENT_TYPE, FORM)
            .header(header::COOKIE, &ana);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.body(Body::empty()).expect("request")
    };
    // A form post from a page served under another name (a proxy, localhost):
    // its Origin matches the Host it was sent to.
    let by_host = send(
        &app,
        logout(&[
            ("origin", "http://crm.local:8080"),
            ("host", "crm.local:8080"),
        ]),
    )
    .await;
    assert!(by_host.status.is_success() || by_host.status.is_redirection());
    // A browser that sends only fetch metadata.
    let ben = session_cookie(&sign_in(&app, &t.ben.email, PASSWORD).await);
    let by_metadata = send(
        &app,
        Request::post("/api/logout")
            .header(header::CONTENT_TYPE, FORM)
            .header("sec-fetch-site", "same-origin")
            .header(header::COOKIE, &ben)
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert!(by_metadata.status.is_success() || by_metadata.status.is_redirection());
    assert!(!signed_in(&app, &ana).await);
    assert!(!signed_in(&app, &ben).await);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_public_url_is_the_only_origin_a_deployment_accepts(pool: PgPool) {
    let t = team(&pool).await;
    let options = LeptosOptions::builder().output_name("fieldbook").build();
    let security = server::security::Security {
        origins: server::security::Origins::new(
            server::security::normalize_origin("https://crm.example.com"),
            options.site_addr,
        ),
        secure_cookies: true,
        trust_proxy: false,
    };
    let app = server::startup::router_with(pool, options, security);
    let attempt = |origin: &'static str| {
        let mut request = form_post(
            "/api/login",
            Some(origin),
            None,
            &login_form(&t.ana.email, PASSWORD),
        );
        request
            .headers_mut()
            .insert(header::HOST, "127.0.0.1:3000".parse().expect("host"));
        request
    };
    let local = send(&app, attempt("http://127.0.0.1:3000")).await;
    assert_eq!(local.status, StatusCode::FORBIDDEN);
    let public = send(&app, attempt("https://crm.example.com")).await;
    let cookie = public
        .headers
        .get(header::SET_COOKIE)
        .expect("signed in")
        .to_str()
        .expect("ascii");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

// ---------------------------------------------------------------- sign-in abuse

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn wrong_passwords_lock_the_account_for_a_while_even_for_the_right_one(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let here = [192, 0, 2, 10];
    for _ in 0..throttle::ACCOUNT_LIMIT {
        let reply = sign_in_from(&app, here, &t.ana.email, "guess").await;
        assert!(
            typed_error(&reply).field_errors().is_some(),
            "{}",
            reply.body
        );
    }
    let locked = sign_in_from(&app, here, &t.ana.email, PASSWORD).await;
    assert_eq!(locked.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(locked.headers.get(header::SET_COOKIE).is_none());
    let wait: u64 = locked
        .headers
        .get(header::RETRY_AFTER)
        .expect("Retry-After")
        .to_str()
        .expect("ascii")
        .parse()
        .expect("seconds");
    assert!((1..=throttle::WINDOW_SECS as u64).contains(&wait), "{wait}");
    assert!(
        matches!(typed_error(&locked), AppError::Throttled { retry_after_secs } if retry_after_secs == wait)
    );

    // Another account from the same desk is not locked.
    let ben = sign_in_from(&app, here, &t.ben.email, PASSWORD).await;
    assert_eq!(ben.status, StatusCode::OK, "{}", ben.body);

    // Once the window has passed, the right password works, and clears the slate.
    sqlx::query("update login_attempts set attempted_at = attempted_at - interval '16 minutes'")
        .execute(&pool)
        .await
        .expect("age attempts");
    let later = sign_in_from(&app, here, &t.ana.email, PASSWORD).await;
    assert_eq!(later.status, StatusCode::OK, "{}", later.body);
    assert_eq!(
        count(&pool, "select count(*) from login_attempts where key like 'account:ana%' and attempted_at > now() - interval '1 minute'").await,
        0
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn parallel_guesses_get_no_more_tries_than_sequential_ones(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let guesses: Vec<_> = (0..30)
        .map(|i| {
            let app = app.clone();
            let email = t.ana.email.clone();
            tokio::spawn(async move {
                sign_in_from(&app, [198, 51, 100, i], &email, &format!("guess {i}"))
                    .await
                    .status
            })
        })
        .collect();
    let mut checked = 0;
    for guess in guesses {
        if guess.await.expect("task") != StatusCode::TOO_MANY_REQUESTS {
            checked += 1;
        }
    }
    assert_eq!(checked, throttle::ACCOUNT_LIMIT);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn one_address_trying_many_accounts_is_slowed_down_too(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    // An address that has already tried the limit's worth of accounts.
    sqlx::query(
        "insert into login_attempts (key) select 'address:203.0.113.9' from generate_series(1, $1)",
    )
    .bind(throttle::ADDRESS_LIMIT as i32)
    .execute(&pool)
    .await
    .expect("attempts");
    let there = sign_in_from(&app, [203, 0, 113, 9], &t.ben.email, PASSWORD).await;
    assert_eq!(
        there.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{}",
        there.body
    );
    let elsewhere = sign_in_from(&app, [203, 0, 113, 10], &t.ben.email, PASSWORD).await;
    assert_eq!(elsewhere.status, StatusCode::OK, "{}", elsewhere.body);
    // A success costs its address nothing: an office signing in never locks itself out.
    assert_eq!(
        count(
            &pool,
            "select count(*) from login_attempts where key = 'address:203.0.113.10'"
        )
        .await,
        0
    );
}

async fn timed_sign_in(app: &Router, email: &str, password: &str) -> Duration {
    let started = Instant::now();
    let reply = sign_in(app, email, password).await;
    let elapsed = started.elapsed();
    assert!(
        typed_error(&reply).field_errors().is_some(),
        "{}",
        reply.body
    );
    elapsed
}

#[sqlx::test(migrator = "server::MIGRATOR")]
#[ignore = "timing: ./fieldbook test runs it alone, after the others"]
async fn an_unknown_email_takes_as_long_as_a_wrong_password(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool);
    // Warm-up: the first unknown email also makes the dummy hash.
    timed_sign_in(&app, "warm@team.test", "x").await;
    let (mut known, mut unknown) = (Duration::MAX, Duration::MAX);
    for i in 0..7 {
        known = known.min(timed_sign_in(&app, &t.ben.email, "wrong").await);
        unknown = unknown.min(timed_sign_in(&app, &format!("nobody{i}@team.test"), "wrong").await);
    }
    // The fastest of each: waiting for the machine (or a hashing slot) only
    // ever adds time, so the minimum is the cost of the work itself.
    // Before the dummy hash, an unknown email answered about 10 times faster.
    assert!(
        unknown * 2 > known && known * 2 > unknown,
        "known {known:?}, unknown {unknown:?}"
    );
}

async fn health_time(app: &Router) -> Duration {
    let started = Instant::now();
    let reply = send(
        app,
        Request::get("/healthz")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK);
    started.elapsed()
}

#[sqlx::test(migrator = "server::MIGRATOR")]
#[ignore = "timing: ./fieldbook test runs it alone, after the others"]
async fn health_checks_stay_fast_while_many_sign_ins_hash(pool: PgPool) {
    let mut people = Vec::new();
    for i in 0..16 {
        people.push(crate::helpers::user(&pool, &format!("Load{i}"), Role::Rep).await);
    }
    let app = app(pool);
    let ten_checks = async || {
        let mut total = Duration::ZERO;
        for _ in 0..10 {
            total += health_time(&app).await;
        }
        total
    };
    let quiet = ten_checks().await;

    // Sixteen people, so no account reaches its attempt limit.
    let logins: Vec<_> = people
        .iter()
        .map(|person| {
            let app = app.clone();
            let email = person.email.clone();
            tokio::spawn(async move { sign_in(&app, &email, PASSWORD).await.status })
        })
        .collect();
    tokio::task::yield_now().await;
    let busy = ten_checks().await;
    let still_hashing = logins.iter().filter(|l| !l.is_finished()).count();
    for login in logins {
        assert_eq!(login.await.expect("task"), StatusCode::OK);
    }
    // Hashing on the async workers held the checks behind every sign-in.
    assert!(
        busy <= quiet * 10 + Duration::from_millis(100),
        "ten checks: quiet {quiet:?}, during sign-ins {busy:?}"
    );
    assert!(
        still_hashing > 0,
        "the checks were answered only after every sign-in"
    );
}

// ---------------------------------------------------------------- sessions

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn signing_in_again_replaces_the_browsers_session(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let first = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let mut again = form_post(
        "/api/login",
        Some(ORIGIN),
        Some(&first),
        &login_form(&t.ana.email, PASSWORD),
    );
    again
        .headers_mut()
        .insert(header::ACCEPT, "application/json".parse().expect("accept"));
    let second = session_cookie(&send(&app, again).await);
    assert_ne!(first, second);
    assert!(!signed_in(&app, &first).await, "the old session ended");
    assert!(signed_in(&app, &second).await);
    assert_eq!(count(&pool, "select count(*) from sessions").await, 1);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn signing_out_everywhere_ends_every_session_of_that_user_only(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool);
    let phone = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let laptop = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    let ben = session_cookie(&sign_in(&app, &t.ben.email, PASSWORD).await);
    let reply = send(
        &app,
        form_post("/api/logout_everywhere", Some(ORIGIN), Some(&laptop), ""),
    )
    .await;
    assert!(
        reply.status.is_success() || reply.status.is_redirection(),
        "{}",
        reply.body
    );
    let cleared = reply
        .headers
        .get(header::SET_COOKIE)
        .expect("cookie cleared")
        .to_str()
        .expect("ascii");
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    assert!(!signed_in(&app, &phone).await);
    assert!(!signed_in(&app, &laptop).await);
    assert!(signed_in(&app, &ben).await);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn expired_sessions_and_old_attempts_are_removed(pool: PgPool) {
    let t = team(&pool).await;
    for user in [&t.ana, &t.ben] {
        app::auth::session::create_session(&pool, user.id)
            .await
            .expect("session");
    }
    sqlx::query("update sessions set expires_at = now() - interval '1 day'")
        .execute(&pool)
        .await
        .expect("expire");
    app::auth::session::create_session(&pool, t.manager.id)
        .await
        .expect("live session");
    sqlx::query("insert into login_attempts (key, attempted_at) values ('account:x', now() - interval '1 hour')")
        .execute(&pool)
        .await
        .expect("old attempt");

    // Ana's sign-in removes her own expired session.
    let app = app(pool.clone());
    sign_in(&app, &t.ana.email, PASSWORD).await;
    let ana = format!(
        "select count(*) from sessions where user_id = '{}'",
        t.ana.id
    );
    assert_eq!(count(&pool, &ana).await, 1);

    // The periodic sweep removes the rest.
    let (sessions, attempts) = server::housekeeping::sweep(&pool).await.expect("sweep");
    assert_eq!((sessions, attempts), (1, 1));
    assert_eq!(count(&pool, "select count(*) from sessions").await, 2);
}

// ---------------------------------------------------------------- headers

fn header_text(reply: &Reply, name: header::HeaderName) -> &str {
    reply
        .headers
        .get(&name)
        .unwrap_or_else(|| panic!("{name} missing"))
        .to_str()
        .expect("ascii")
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn every_response_carries_the_security_headers_and_pages_a_fresh_nonce(pool: PgPool) {
    let app = app(pool);
    let page = || Request::get("/login").body(Body::empty()).expect("request");
    let first = send(&app, page()).await;
    let second = send(&app, page()).await;
    let refused = send(
        &app,
        Request::post("/api/logout")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    for reply in [&first, &refused] {
        let csp = header_text(reply, header::CONTENT_SECURITY_POLICY);
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert!(!csp.contains("unsafe-eval'") || csp.contains("'wasm-unsafe-eval'"));
        assert!(!csp.contains("script-src 'self' 'unsafe-inline'"), "{csp}");
        assert_eq!(
            header_text(reply, header::X_CONTENT_TYPE_OPTIONS),
            "nosniff"
        );
        assert!(!header_text(reply, header::REFERRER_POLICY).is_empty());
    }

    let nonce_of = |reply: &Reply| -> String {
        let csp = header_text(reply, header::CONTENT_SECURITY_POLICY);
        csp.split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .expect("a nonce")
            .to_string()
    };
    let nonce = nonce_of(&first);
    assert_ne!(nonce, nonce_of(&second), "a nonce is never reused");
    // Every inline script Leptos wrote carries this response's nonce. The
    // page's messages are a data block (`type="application/json"`): the
    // browser never runs it, and CSP does not apply to it.
    let scripts: Vec<&str> = first.body.split("<script").skip(1).collect();
    assert!(!scripts.is_empty(), "{}", first.body);
    let mut data_blocks = 0;
    for script in scripts {
        let tag = script.split('>').next().unwrap_or_default();
        if tag.contains("type=\"application/json\"") {
            data_blocks += 1;
            continue;
        }
        assert!(tag.contains(&format!("nonce=\"{nonce}\"")), "<script{tag}>");
    }
    assert_eq!(data_blocks, 1, "the page's messages");
}

// ---------------------------------------------------------------- first manager

/// DATABASE_URL, pointed at this test's own database.
fn url_of(pool: &PgPool) -> String {
    let base = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let database = pool
        .connect_options()
        .get_database()
        .expect("a database")
        .to_string();
    let (address, query) = match base.split_once('?') {
        Some((address, query)) => (address.to_string(), format!("?{query}")),
        None => (base.clone(), String::new()),
    };
    let server = address
        .rsplit_once('/')
        .map_or(address.as_str(), |(s, _)| s);
    format!("{server}/{database}{query}")
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_first_manager_is_created_on_the_command_line_and_can_sign_in(pool: PgPool) {
    use server::admin::{create_manager, CreateManagerError};

    let weak = create_manager(&pool, "boss@team.test", None, "fieldbook").await;
    assert!(
        matches!(weak, Err(CreateManagerError::WeakPassword(_))),
        "{weak:?}"
    );
    let empty = create_manager(&pool, "boss@team.test", None, "").await;
    assert!(
        matches!(empty, Err(CreateManagerError::WeakPassword(_))),
        "{empty:?}"
    );
    let bad_email = create_manager(&pool, "boss", None, "plum tractor sunrise").await;
    assert!(matches!(
        bad_email,
        Err(CreateManagerError::InvalidEmail(_))
    ));
    assert_eq!(count(&pool, "select count(*) from users").await, 0);

    create_manager(
        &pool,
        "boss@team.test",
        Some("Bo Ss"),
        "plum tractor sunrise",
    )
    .await
    .expect("created");
    let again = create_manager(&pool, "BOSS@team.test", None, "another long phrase").await;
    assert!(
        matches!(again, Err(CreateManagerError::EmailTaken(_))),
        "{again:?}"
    );

    let app = app(pool.clone());
    let reply = sign_in(&app, "boss@team.test", "plum tractor sunrise").await;
    let user: app::auth::model::CurrentUser = serde_json::from_str(&reply.body).expect(&reply.body);
    assert!(user.is_manager());
    assert_eq!(user.name, "Bo Ss");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_binary_creates_a_manager_from_standard_input_and_refuses_a_weak_password(
    pool: PgPool,
) {
    use std::{
        io::Write,
        process::{Command, Stdio},
    };

    let run = |password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_fieldbook"))
            .args(["admin", "create-manager", "--email", "first@team.test"])
            .env("DATABASE_URL", url_of(&pool))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        writeln!(child.stdin.take().expect("stdin"), "{password}").expect("write");
        child.wait_with_output().expect("exit")
    };
    let weak = run("short");
    assert!(!weak.status.success());
    let said = String::from_utf8_lossy(&weak.stderr);
    assert!(said.contains("too short"), "{said}");
    assert_eq!(count(&pool, "select count(*) from users").await, 0);

    let made = run("a long enough passphrase");
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    assert_eq!(
        count(&pool, "select count(*) from users where role = 'manager'").await,
        1
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_server_seeds_no_demo_logins_unless_asked(pool: PgPool) {
    use std::{
        io::BufRead,
        process::{Command, Stdio},
    };

    let mut child = Command::new(env!("CARGO_BIN_EXE_fieldbook"))
        .env("DATABASE_URL", url_of(&pool))
        .env("LEPTOS_SITE_ADDR", "127.0.0.1:0")
        .env_remove("FIELDBOOK_SEED")
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary runs");
    let stdout = child.stdout.take().expect("stdout");
    // It prints this once migrated (and, before the fix, seeded) and bound.
    let listening = std::io::BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.contains("is listening on"));
    let _ = child.kill();
    let _ = child.wait();
    assert!(listening, "the server did not start");
    assert_eq!(count(&pool, "select count(*) from users").await, 0);
    assert_eq!(count(&pool, "select count(*) from companies").await, 0);
}
