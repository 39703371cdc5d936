//! The language files a browser fetches when its user switches language,
//! and the service worker keeps for offline use: the messages built into the
//! server (`app/locales/<tag>/*.ftl`), compiled (see `app::i18n::Catalog`),
//! one file per language.

use app::i18n::{catalog_json, source, Locale};
use axum::{
    extract::Path,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};

pub async fn file(Path(file): Path<String>) -> Response {
    let locale = file.strip_suffix(".json").and_then(Locale::from_exact_tag);
    match locale {
        Some(locale) => (
            [
                (header::CONTENT_TYPE, "application/json"),
                // A new release may change the words: the worker refetches by build.
                (header::CACHE_CONTROL, "no-cache"),
            ],
            catalog_json(locale),
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Every language's words, for the build id: a phone refetches them when
/// only the words changed.
pub fn all_sources() -> impl Iterator<Item = &'static str> {
    Locale::ALL.into_iter().map(source)
}
