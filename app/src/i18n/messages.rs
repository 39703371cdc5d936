//! One language's messages, formatted from its compiled catalog (see
//! `catalog`): plurals by the language's own rules, e.g. Latvian's
//! zero/one/other, from the browser's `Intl.PluralRules` or, on the server,
//! `intl_pluralrules`.

use super::{catalog::Catalog, text::Arg, Locale, Text};

pub struct Messages {
    locale: Locale,
    catalog: Catalog,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Messages {
    pub fn new(locale: Locale, catalog: Catalog) -> Self {
        Self { locale, catalog }
    }

    /// Reads a language's Fluent source (the server and the tests; the
    /// browser gets catalogs). A file `compile` refuses gives no messages,
    /// which the tests rule out.
    #[cfg(any(feature = "ssr", test))]
    pub fn parse(locale: Locale, source: &str) -> Self {
        let catalog = super::catalog::compile(source).unwrap_or_else(|why| {
            tracing::error!(locale = locale.tag(), %why, "messages do not compile");
            Catalog::default()
        });
        Self::new(locale, catalog)
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    pub fn has(&self, key: &str) -> bool {
        self.catalog.has(key)
    }

    /// The message `key`; the key itself when the file lacks it (the tests
    /// make sure every file has every key the code uses).
    pub fn text(&self, key: &str) -> String {
        self.text_with(key, &[])
    }

    /// The message `key` with its placeholders filled in.
    pub fn text_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let locale = self.locale;
        self.catalog
            .format(key, args, &|n| plural_category(locale, n))
            .unwrap_or_else(|| key.to_string())
    }

    /// A `Text` (a validation message, an error…) in this language.
    pub fn show(&self, text: &Text) -> String {
        let args: Vec<(&str, Arg)> = text
            .args
            .iter()
            .map(|(name, value)| (name.as_str(), value.clone()))
            .collect();
        self.text_with(&text.key, &args)
    }
}

/// `n`'s CLDR plural category in `locale`, by the browser's own rules.
#[cfg(all(feature = "hydrate", not(any(feature = "ssr", test))))]
fn plural_category(locale: Locale, n: i64) -> String {
    use std::{cell::RefCell, collections::HashMap};

    thread_local! {
        static RULES: RefCell<HashMap<Locale, js_sys::Intl::PluralRules>> = RefCell::default();
    }
    RULES.with(|rules| {
        let mut rules = rules.borrow_mut();
        let rule = rules.entry(locale).or_insert_with(|| {
            let locales = js_sys::Array::of1(&locale.tag().into());
            js_sys::Intl::PluralRules::new(&locales, &js_sys::Object::new())
        });
        rule.select(n as f64)
            .as_string()
            .unwrap_or_else(|| "other".into())
    })
}

/// `n`'s CLDR plural category in `locale` (server and tests).
#[cfg(any(feature = "ssr", test))]
fn plural_category(locale: Locale, n: i64) -> String {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    let category = PluralRules::create(locale.langid(), PluralRuleType::CARDINAL)
        .ok()
        .and_then(|rules| rules.select(n).ok())
        .unwrap_or(PluralCategory::OTHER);
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
    .to_string()
}

#[cfg(not(any(feature = "hydrate", feature = "ssr", test)))]
fn plural_category(_locale: Locale, _n: i64) -> String {
    "other".to_string()
}
