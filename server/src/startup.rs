//! Builds the axum application: server functions, server-rendered pages and static files.

use std::{net::SocketAddr, sync::Arc};

use axum::{
    body::Body,
    extract::{ConnectInfo, FromRef, State},
    http::{header, Request, Uri},
    middleware,
    response::{IntoResponse, Redirect, Response},
    routing::get,
    Router,
};
use leptos::{
    nonce::Nonce,
    prelude::{provide_context, LeptosOptions},
};
use leptos_axum::{
    generate_route_list, handle_server_fns_with_context, AxumRouteListing, LeptosRoutes,
};
use sqlx::PgPool;
use tower_http::{
    compression::CompressionLayer, services::ServeDir, set_header::SetResponseHeaderLayer,
};

use app::{auth::session, context::ClientAddr, shell, sync::live::Hub, App};

use crate::{csrf, headers, security::Security, worker::Worker};

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: PgPool,
    pub routes: Vec<AxumRouteListing>,
    pub hub: Hub,
    pub security: Arc<Security>,
    pub worker: Arc<Worker>,
}

/// The router with the settings of a server on its listen address and nothing
/// configured (no public URL, no `Secure` cookie, no proxy).
pub fn router(pool: PgPool, leptos_options: LeptosOptions) -> Router {
    let security = Security::for_listen_addr(leptos_options.site_addr);
    router_with(pool, leptos_options, security)
}

pub fn router_with(pool: PgPool, leptos_options: LeptosOptions, security: Security) -> Router {
    let routes = generate_route_list(App);
    let origins = Arc::new(security.origins.clone());
    let pkg_dir = format!(
        "{}/{}",
        leptos_options.site_root, leptos_options.site_pkg_dir
    );
    let worker = Worker::new(
        std::path::Path::new(&pkg_dir),
        &leptos_options.site_pkg_dir,
        &routes,
    );
    let state = AppState {
        leptos_options,
        hub: Hub::start(pool.clone()),
        pool,
        routes: routes.clone(),
        security: Arc::new(security),
        worker: worker.clone(),
    };
    // The bundle, with its lifetime (see `bundle_lifetime`). Release builds
    // serve it pre-compressed once `main` has made the `.br` files (see
    // `precompress`); a debug build's bundle changes under the server, so it
    // is compressed per request.
    let files = if cfg!(debug_assertions) {
        ServeDir::new(&pkg_dir)
    } else {
        ServeDir::new(&pkg_dir).precompressed_br()
    };
    let lifetime = bundle_lifetime(state.leptos_options.hash_files);
    // Layers apply to the routes added before them: only the bundle here.
    let router = Router::new()
        .nest_service(&format!("/{}", state.leptos_options.site_pkg_dir), files)
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            move |response: &Response<_>| response.status().is_success().then(|| lifetime.clone()),
        ));
    router
        .route(
            "/api/{*fn_name}",
            get(server_fn_handler).post(server_fn_handler),
        )
        .route("/healthz", get(health))
        .route("/sw.js", get(crate::worker::script))
        .route("/locales/{file}", get(crate::locales::file))
        .route("/sync/live", get(live))
        .leptos_routes_with_handler(routes, get(page_handler))
        .fallback(fallback)
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn_with_state(
            worker,
            crate::worker::stamp_build,
        ))
        // Outermost last: every response, a refusal included, gets the headers.
        .layer(middleware::from_fn_with_state(
            origins,
            csrf::refuse_cross_site,
        ))
        .layer(middleware::from_fn(headers::set_security_headers))
        .with_state(state)
}

async fn health(State(pool): State<PgPool>) -> impl IntoResponse {
    match sqlx::query("select 1").execute(&pool).await {
        Ok(_) => (axum::http::StatusCode::OK, "ok"),
        Err(_) => (
            axum::http::StatusCode::SERVICE_UNAVAILABLE,
            "database unavailable",
        ),
    }
}

/// Server-sent events announcing new change versions, for signed-in browsers.
async fn live(State(state): State<AppState>, request: Request<Body>) -> Response {
    let user = match session::token_from_headers(request.headers()) {
        Some(token) => session::user_for_token(&state.pool, &token).await,
        None => Ok(None),
    };
    match user {
        Ok(Some(_)) => state.hub.events().into_response(),
        Ok(None) => axum::http::StatusCode::UNAUTHORIZED.into_response(),
        Err(_) => axum::http::StatusCode::SERVICE_UNAVAILABLE.into_response(),
    }
}

async fn server_fn_handler(State(state): State<AppState>, request: Request<Body>) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip());
    let client = state.security.client_addr(request.headers(), peer);
    let cookies = session::CookiePolicy {
        secure: state.security.secure_cookies,
    };
    let response = handle_server_fns_with_context(
        move || {
            provide_context(state.pool.clone());
            provide_context(cookies);
            if let Some(ip) = client {
                provide_context(ClientAddr(ip));
            }
        },
        request,
    )
    .await
    .into_response();
    crate::status::with_error_status(response).await
}

/// The CSP nonce `headers::set_security_headers` chose for this response, for
/// Leptos to put on the page's inline scripts.
fn nonce_of(request: &Request<Body>) -> Nonce {
    request
        .extensions()
        .get::<Nonce>()
        .cloned()
        .unwrap_or_default()
}

/// How long a browser may keep the bundle's files: a year when their names
/// carry a hash of their bytes (a new release is new names), else it asks.
fn bundle_lifetime(hashed: bool) -> header::HeaderValue {
    header::HeaderValue::from_static(if hashed {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    })
}

/// Static files, and the "not found" page for everything else.
async fn fallback(uri: Uri, State(state): State<AppState>, request: Request<Body>) -> Response {
    let nonce = nonce_of(&request);
    let handler = leptos_axum::file_and_error_handler_with_context::<AppState, _>(
        move || {
            provide_context(nonce.clone());
            app::i18n::provide_i18n();
        },
        shell,
    );
    handler(uri, State(state), request).await
}

/// Pages need a session, except the sign-in page (which needs the opposite).
/// Checking here gives a real redirect before any HTML is rendered.
async fn page_handler(State(state): State<AppState>, request: Request<Body>) -> Response {
    let user = match session::token_from_headers(request.headers()) {
        // A database that cannot answer says nothing about the session: keep it.
        Some(token) => match session::user_for_token(&state.pool, &token).await {
            Ok(user) => user,
            Err(error) => return crate::status::unavailable_page(&error, &state.worker.stylesheet),
        },
        None => None,
    };
    let signed_in = user.is_some();
    let on_login = request.uri().path() == "/login";
    if !signed_in && !on_login {
        return Redirect::to("/login").into_response();
    }
    if signed_in && on_login {
        return Redirect::to("/customers").into_response();
    }
    let pool = state.pool.clone();
    let options = state.leptos_options.clone();
    let nonce = nonce_of(&request);
    let account_language = match &user {
        // This device's own choice wins: no need to ask.
        Some(user) if app::i18n::device_choice(request.headers()).is_none() => {
            app::i18n::api::db::language_of(&pool, user.id)
                .await
                .unwrap_or_default()
        }
        _ => None,
    };
    let handler = leptos_axum::render_route_with_context(
        state.routes.clone(),
        move || {
            provide_context(pool.clone());
            provide_context(nonce.clone());
            if let Some(locale) = account_language {
                provide_context(app::i18n::AccountLanguage(locale));
            }
            // The page's language, after the account's is known.
            app::i18n::provide_i18n();
        },
        move || shell(options.clone()),
    );
    let mut response = handler(State(state), request).await.into_response();
    // Pages show private data: never let a shared cache keep them.
    response.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    // The service worker keeps pages for one user: it must know whose this is.
    if let Some(value) = user.and_then(|u| header::HeaderValue::from_str(&u.id.to_string()).ok()) {
        response
            .headers_mut()
            .insert(crate::worker::USER_HEADER, value);
    }
    response
}
