//! The page's language: chosen on the server for the first HTML, carried
//! into the browser in the page (see `shell`), and switched in place.

use std::sync::Arc;

use leptos::prelude::*;

use super::{Arg, Locale, Messages, Text};

/// `<meta>` naming the page's language.
pub const LOCALE_META: &str = "fieldbook-locale";
/// The `<script type="application/json">` holding the page's compiled
/// messages, so hydration renders the same words.
pub const MESSAGES_META: &str = "fieldbook-messages";
/// Carries a device's choice to the server, which renders pages in it.
pub const LOCALE_COOKIE: &str = "fieldbook_lang";

/// The page's language and messages. Copy, so views can use it in as many
/// closures as they like; it owns no reactive node (a page's parts may run
/// after the owner that made it is gone, as in async SSR): on the server a
/// render's language never changes and its messages are static, and the
/// browser has one language signal for its lifetime.
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    #[cfg(feature = "ssr")]
    locale: Locale,
}

impl I18n {
    #[cfg(feature = "ssr")]
    fn with<R>(&self, f: impl FnOnce(&Messages) -> R) -> R {
        f(super::source::messages(self.locale))
    }

    #[cfg(not(feature = "ssr"))]
    fn with<R>(&self, f: impl FnOnce(&Messages) -> R) -> R {
        BROWSER.with(|messages| messages.with(|m| f(m)))
    }

    #[cfg(feature = "ssr")]
    fn with_untracked<R>(&self, f: impl FnOnce(&Messages) -> R) -> R {
        self.with(f)
    }

    #[cfg(not(feature = "ssr"))]
    fn with_untracked<R>(&self, f: impl FnOnce(&Messages) -> R) -> R {
        BROWSER.with(|messages| messages.with_untracked(|m| f(m)))
    }

    /// The current language (tracked).
    pub fn locale(&self) -> Locale {
        self.with(|m| m.locale())
    }

    pub fn locale_untracked(&self) -> Locale {
        self.with_untracked(|m| m.locale())
    }

    /// The message `key` in the current language (tracked).
    pub fn text(&self, key: &str) -> String {
        self.with(|m| m.text(key))
    }

    /// The message `key` with its placeholders (tracked).
    pub fn text_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.with(|m| m.text_with(key, args))
    }

    /// A `Text` (validation message, error…) in the current language (tracked).
    pub fn show(&self, text: &Text) -> String {
        self.with(|m| m.show(text))
    }

    /// Shows every page in `messages`' language from now on (the browser;
    /// the server renders each page in one language).
    pub fn set(&self, messages: Arc<Messages>) {
        #[cfg(not(feature = "ssr"))]
        BROWSER.with(|signal| signal.set(messages));
        #[cfg(feature = "ssr")]
        let _ = messages;
    }
}

#[cfg(not(feature = "ssr"))]
thread_local! {
    static BROWSER: ArcRwSignal<Arc<Messages>> = ArcRwSignal::new(initial_messages());
}

/// The page's `I18n`.
pub fn provide_i18n() -> I18n {
    if let Some(i18n) = use_context::<I18n>() {
        return i18n;
    }
    let i18n = I18n {
        #[cfg(feature = "ssr")]
        locale: request_locale(),
    };
    provide_context(i18n);
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

/// The signed-in user's language, as the server found it when it started
/// rendering a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccountLanguage(pub Locale);

/// The language the server renders the current request in (the shell's
/// `<html lang>` and messages, then `App`'s).
#[cfg(feature = "ssr")]
pub fn request_locale() -> Locale {
    let account = use_context::<AccountLanguage>().map(|AccountLanguage(l)| l);
    use_context::<http::request::Parts>()
        .map(|parts| requested_locale(&parts.headers, account))
        .unwrap_or_default()
}

/// Only the server renders the shell.
#[cfg(not(feature = "ssr"))]
pub fn request_locale() -> Locale {
    Locale::default()
}

/// The device's choice (its cookie), else the account's, else the browser's
/// languages.
#[cfg(feature = "ssr")]
pub fn requested_locale(headers: &http::HeaderMap, account: Option<Locale>) -> Locale {
    let chosen = device_choice(headers).or(account);
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
    let locale = document()
        .query_selector(&format!("meta[name='{LOCALE_META}']"))
        .ok()
        .flatten()
        .and_then(|element| element.get_attribute("content"))
        .and_then(|tag| Locale::from_tag(&tag))
        .unwrap_or_default();
    let catalog = document()
        .get_element_by_id(MESSAGES_META)
        .and_then(|element| element.text_content())
        .and_then(|json| super::Catalog::from_json(&json))
        .unwrap_or_default();
    Arc::new(Messages::new(locale, catalog))
}

#[cfg(not(any(feature = "hydrate", feature = "ssr")))]
fn initial_messages() -> Arc<Messages> {
    Arc::new(Messages::new(Locale::En, super::Catalog::default()))
}

/// The language this device picked (More → Language), sent as a cookie.
#[cfg(feature = "ssr")]
pub fn device_choice(headers: &http::HeaderMap) -> Option<Locale> {
    crate::auth::session::cookie_value(headers, LOCALE_COOKIE).and_then(Locale::from_tag)
}

/// The compiled messages (JSON) the server writes into a page in `locale`.
pub fn page_catalog(locale: Locale) -> &'static str {
    #[cfg(feature = "ssr")]
    return super::source::catalog_json(locale);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = locale;
        ""
    }
}
