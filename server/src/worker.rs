//! The service worker as this release serves it. A browser installs a new
//! worker only when `/sw.js` changes by a byte, so the server stamps into it a
//! build id (a hash of the bundle the server serves and of the worker itself)
//! and the list of pages it keeps for offline use (from the router, so a new
//! page is kept without anyone remembering to list it). Every response carries
//! the build id too, so a worker keeps only its own release's files.

use std::{
    hash::{DefaultHasher, Hash, Hasher},
    path::Path,
    sync::Arc,
};

use axum::{
    extract::{Request, State},
    http::{header, HeaderValue},
    middleware::Next,
    response::{IntoResponse, Response},
};
use leptos_axum::AxumRouteListing;

/// The worker's source, with the placeholders `stamp` fills in.
const TEMPLATE: &str = include_str!("../../public/sw.js");
const BUILD_SLOT: &str = "\"__BUILD__\"";
const PAGES_SLOT: &str = "[\"__PAGES__\"]";
const BUNDLE_SLOT: &str = "[\"__BUNDLE__\"]";
/// Tells the worker which release a response belongs to (see `public/sw.js`).
pub const BUILD_HEADER: &str = "x-fieldbook-build";
/// Whose page a response is: the worker keeps pages for one user at a time.
pub const USER_HEADER: &str = "x-fieldbook-user";
/// The bundle's files, by extension.
const BUNDLE: &[&str] = &["js", "wasm", "css"];
/// Pages that are not kept: signing in needs the network anyway.
const NOT_KEPT: &[&str] = &["/", "/login"];

/// This release's worker, built once at start-up.
#[derive(Debug)]
pub struct Worker {
    pub build: String,
    pub pages: Vec<String>,
    /// The bundle's paths (`/pkg/fieldbook.<hash>.wasm`…), for the worker to keep.
    pub bundle: Vec<String>,
    /// The stylesheet's path, for pages written outside Leptos (see `status`).
    pub stylesheet: String,
    /// The build id as a header value, made once rather than per response.
    build_header: HeaderValue,
    script: String,
}

impl Worker {
    /// Reads the bundle in `pkg_dir`, served under `/{pkg_url}` (it may be
    /// missing, as in tests).
    pub fn new(pkg_dir: &Path, pkg_url: &str, routes: &[AxumRouteListing]) -> Arc<Self> {
        let mut files: Vec<_> = std::fs::read_dir(pkg_dir)
            .map(|entries| entries.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        let bundle: Vec<(String, Vec<u8>)> = files
            .into_iter()
            // What phones run (pre-compressed copies are made from these, see `precompress`).
            .filter(|path| {
                path.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| BUNDLE.contains(&e))
            })
            .filter_map(|path| {
                let name = path.file_name()?.to_string_lossy().into_owned();
                Some((name, std::fs::read(&path).ok()?))
            })
            .collect();
        let paths: Vec<&str> = routes.iter().map(AxumRouteListing::path).collect();
        Arc::new(Self::stamp(&bundle, pkg_url, &paths))
    }

    fn stamp(bundle: &[(String, Vec<u8>)], pkg_url: &str, routes: &[&str]) -> Self {
        let build = build_id(bundle);
        let pages = page_templates(routes);
        let paths: Vec<String> = bundle
            .iter()
            .map(|(name, _)| format!("/{pkg_url}/{name}"))
            .collect();
        let stylesheet = paths
            .iter()
            .find(|path| path.ends_with(".css"))
            .cloned()
            .unwrap_or_else(|| format!("/{pkg_url}/fieldbook.css"));
        let script = TEMPLATE
            .replacen(BUILD_SLOT, &json(&build), 1)
            .replacen(PAGES_SLOT, &json(&pages), 1)
            .replacen(BUNDLE_SLOT, &json(&paths), 1);
        // The id is 16 hex digits, always a valid header value.
        let build_header = HeaderValue::from_str(&build).unwrap_or(HeaderValue::from_static(""));
        Worker {
            build,
            pages,
            bundle: paths,
            stylesheet,
            build_header,
            script,
        }
    }
}

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// A short hash of the bundle's files (names and bytes), of the languages'
/// words and of the worker's source: any change to what a phone keeps makes
/// a new id.
fn build_id(bundle: &[(String, Vec<u8>)]) -> String {
    let mut hasher = DefaultHasher::new();
    TEMPLATE.hash(&mut hasher);
    crate::locales::all_sources().for_each(|words| words.hash(&mut hasher));
    bundle.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

/// The router's page paths as the worker keys them: `/customers/{id}` is
/// `/customers/:id` (one page serves every customer).
fn page_templates(routes: &[&str]) -> Vec<String> {
    let mut pages: Vec<String> = routes
        .iter()
        .filter(|path| !NOT_KEPT.contains(path))
        .map(|path| {
            path.split('/')
                .map(|part| if part.starts_with('{') { ":id" } else { part })
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    pages.sort();
    pages.dedup();
    pages
}

/// `GET /sw.js`. `no-cache`: the browser asks every time whether a new release is out.
pub async fn script(State(worker): State<Arc<Worker>>) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        worker.script.clone(),
    )
        .into_response()
}

/// Marks every response with this release's build id.
pub async fn stamp_build(
    State(worker): State<Arc<Worker>>,
    request: Request,
    next: Next,
) -> Response {
    let mut response = next.run(request).await;
    response
        .headers_mut()
        .insert(BUILD_HEADER, worker.build_header.clone());
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle(wasm: &str) -> Vec<(String, Vec<u8>)> {
        vec![
            ("fieldbook.Ab3.css".into(), b"css".to_vec()),
            ("fieldbook.Cd4.js".into(), b"js".to_vec()),
            ("fieldbook.Ef5.wasm".into(), wasm.as_bytes().to_vec()),
        ]
    }

    #[test]
    fn a_new_bundle_is_a_new_worker_and_the_same_bundle_the_same_worker() {
        let routes = ["/customers"];
        let first = Worker::stamp(&bundle("release 1"), "pkg", &routes);
        let again = Worker::stamp(&bundle("release 1"), "pkg", &routes);
        let next = Worker::stamp(&bundle("release 2"), "pkg", &routes);
        assert_eq!(first.script, again.script);
        assert_ne!(first.build, next.build);
        assert_ne!(first.script, next.script);
        assert!(first
            .script
            .contains(&format!("const BUILD = \"{}\";", first.build)));
    }

    #[test]
    fn the_worker_keeps_every_signed_in_page_with_one_template_per_card() {
        let worker = Worker::stamp(
            &bundle("x"),
            "pkg",
            &[
                "/",
                "/login",
                "/customers",
                "/customers/{id}",
                "/customers/new",
            ],
        );
        assert_eq!(
            worker.pages,
            ["/customers", "/customers/:id", "/customers/new"]
        );
        assert!(worker
            .script
            .contains(r#"const PAGES = ["/customers","/customers/:id","/customers/new"];"#));
        assert!(!worker.script.contains("__BUILD__") && !worker.script.contains("__PAGES__"));
    }

    #[test]
    fn the_worker_keeps_this_release_s_hashed_bundle_and_pages_name_its_stylesheet() {
        let worker = Worker::stamp(&bundle("x"), "pkg", &["/customers"]);
        assert_eq!(
            worker.bundle,
            [
                "/pkg/fieldbook.Ab3.css",
                "/pkg/fieldbook.Cd4.js",
                "/pkg/fieldbook.Ef5.wasm"
            ]
        );
        assert_eq!(worker.stylesheet, "/pkg/fieldbook.Ab3.css");
        assert!(worker.script.contains(
            r#"const BUNDLE = ["/pkg/fieldbook.Ab3.css","/pkg/fieldbook.Cd4.js","/pkg/fieldbook.Ef5.wasm"];"#
        ));
        assert!(!worker.script.contains("__BUNDLE__"));
    }
}
