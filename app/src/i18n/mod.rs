//! Fieldbook in its users' languages. Messages are Project Fluent files, one
//! per language, in `public/locales/<tag>.ftl`: the server reads them all
//! (built in), and a browser holds only the page's language (written into the
//! page, see `shell`) and fetches another when the user switches. The service
//! worker keeps every language file, so switching works offline.
//!
//! `glossary/` holds, per language, the sales terms its translation uses.

mod context;
mod locale;
mod messages;
#[cfg(any(feature = "ssr", test))]
mod source;
#[cfg(test)]
mod tests;
pub mod view;

#[cfg(feature = "ssr")]
pub use context::requested_locale;
pub use context::{
    page_source, provide_i18n, t, use_i18n, I18n, LOCALE_COOKIE, LOCALE_META, MESSAGES_META,
};
pub use locale::Locale;
pub use messages::Messages;
