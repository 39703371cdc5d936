//! The page's language: chosen on the server for the first HTML, carried
//! into the browser by two meta tags (see `shell`), and switched in place.

use std::sync::Arc;

use fluent_bundle::FluentValue;
use leptos::prelude::*;

use super::{Locale, Messages, Text};

/// `<meta>` naming the page's language.
pub const LOCALE_META: &str = "fieldbook-locale";
/// `<meta>` holding the page's messages, so hydration renders the same words.
pub const MESSAGES_META: &str = "fieldbook-messages";
/// Carries a device's choice to the server, which renders pages in it.
pub const LOCALE_COOKIE: &str = "fieldbook_lang";

/// Copy, so views can use it in as many closures as they like.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    messages: RwSignal<Arc<Messages>>,
}

impl I18n {
    /// The current language (tracked).
    pub fn locale(&self) -> Locale {
        self.messages.with(|m| m.locale())
    }

    pub fn locale_untracked(&self) -> Locale {
        self.messages.with_untracked(|m| m.locale())
    }

    /// The message `key` in the current language (tracked).
    pub fn text(&self, key: &str) -> String {
        self.messages.with(|m| m.text(key))
    }

    /// The message `key` with its placeholders (tracked).
    pub fn text_with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.messages.with(|m| m.text_with(key, args))
    }

    /// A `Text` (validation message, error…) in the current language (tracked).
    pub fn show(&self, text: &Text) -> String {
        self.messages.with(|m| m.show(text))
    }

    /// Shows every page in `messages`' language from now on.
    pub fn set(&self, messages: Arc<Messages>) {
        self.messages.set(messages);
    }
}

/// The page's `I18n`, made on first use: the shell makes it on the server,
/// `App` in the browser.
pub fn provide_i18n() -> I18n {
    if let Some(i18n) = use_context::<I18n>() {
        return i18n;
    }
    let i18n = I18n {
        messages: RwSignal::new(initial_messages()),
    };
    provide_context(i18n.clone());
    i18n
}

pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(provide_i18n)
}

/// A message as reactive text: `{t("tab-customers")}` re-renders when the
/// language changes.
pub fn t(key: &'static str) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.text(key)
}

#[cfg(feature = "ssr")]
fn initial_messages() -> Arc<Messages> {
    let locale = use_context::<http::request::Parts>()
        .map(|parts| requested_locale(&parts.headers))
        .unwrap_or_default();
    super::source::messages(locale)
}

/// The device's choice (its cookie), else the browser's languages.
#[cfg(feature = "ssr")]
pub fn requested_locale(headers: &http::HeaderMap) -> Locale {
    let chosen =
        crate::auth::session::cookie_value(headers, LOCALE_COOKIE).and_then(Locale::from_tag);
    chosen.unwrap_or_else(|| {
        headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .map(Locale::negotiate)
            .unwrap_or_default()
    })
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn initial_messages() -> Arc<Messages> {
    let meta = |name: &str| {
        document()
            .query_selector(&format!("meta[name='{name}']"))
            .ok()
            .flatten()
            .and_then(|element| element.get_attribute("content"))
    };
    let locale = meta(LOCALE_META)
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default();
    Arc::new(Messages::parse(
        locale,
        &meta(MESSAGES_META).unwrap_or_default(),
    ))
}

#[cfg(not(any(feature = "hydrate", feature = "ssr")))]
fn initial_messages() -> Arc<Messages> {
    Arc::new(Messages::parse(Locale::En, ""))
}

/// The messages file the server writes into a page in `locale`.
pub fn page_source(locale: Locale) -> &'static str {
    #[cfg(feature = "ssr")]
    return super::source::source(locale);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = locale;
        ""
    }
}
