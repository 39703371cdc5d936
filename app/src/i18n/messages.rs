//! One language's messages, formatted by Fluent (plurals by the language's
//! own rules, e.g. Latvian's zero/one/other).

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};

use super::{text::Arg, Locale, Text};

pub struct Messages {
    locale: Locale,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Messages {
    /// Reads a language's file. Entries with a syntax error are skipped and
    /// the rest kept (the tests keep the files free of them).
    pub fn parse(locale: Locale, source: &str) -> Self {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let mut bundle = FluentBundle::new_concurrent(vec![locale.langid()]);
        // No bidi isolation marks: they would end up in titles, e-mails and tests.
        bundle.set_use_isolating(false);
        // Only fails on a key defined twice in one file, which the tests forbid.
        let _ = bundle.add_resource(resource);
        Self { locale, bundle }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key`; the key itself when the file lacks it (the tests
    /// make sure every file has every key the code uses).
    pub fn text(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The message `key` with its placeholders filled in.
    pub fn text_with(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    /// A `Text` (a validation message, an error…) in this language.
    pub fn show(&self, text: &Text) -> String {
        if text.args.is_empty() {
            return self.text(&text.key);
        }
        let args: Vec<(&str, FluentValue<'_>)> = text
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Words(w) => FluentValue::from(w.as_str()),
                };
                (name.as_str(), value)
            })
            .collect();
        self.text_with(&text.key, &args)
    }

    fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}
