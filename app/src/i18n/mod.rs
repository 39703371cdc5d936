//! Fieldbook in its users' languages. Messages are Project Fluent files, one
//! folder per language and one file per domain (`app/locales/<tag>/*.ftl`):
//! the server has them all built in and compiles them into plain data
//! (`catalog`), so the wasm carries no Fluent parser and no plural tables. A
//! browser holds only the page's language (written into the page, see
//! `shell`) and fetches another (`/locales/<tag>.json`) when the user
//! switches. The service worker keeps every language, so switching works
//! offline.
//!
//! Dates, numbers and money go through `format`: the browser's `Intl` on the
//! device, the same rules on the server.
//!
//! `glossary/` holds, per language, the sales terms its translation uses.

mod catalog;
pub mod collate;
mod context;
pub mod format;
mod locale;
mod messages;
#[cfg(any(feature = "ssr", test))]
mod source;
#[cfg(test)]
mod tests;
mod text;
pub mod view;

pub mod api;
pub use catalog::Catalog;
#[cfg(feature = "ssr")]
pub use context::{device_choice, requested_locale};
pub use context::{
    page_catalog, provide_i18n, request_locale, t, use_i18n, AccountLanguage, I18n, LOCALE_COOKIE,
    LOCALE_META, MESSAGES_META,
};
pub use locale::Locale;
pub use messages::Messages;
#[cfg(any(feature = "ssr", test))]
pub use source::{catalog_json, source};
pub use text::{Arg, Text};
