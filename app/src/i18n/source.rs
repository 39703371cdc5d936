//! Every language's messages, built into the server (and the tests); the
//! browser bundle never holds them. Each language is a folder of files, one
//! per domain (`app/locales/<tag>/<domain>.ftl`), read as one.

use super::Locale;

/// The domains' files, in the order they are joined.
macro_rules! language {
    ($tag:literal) => {
        concat!(
            include_str!(concat!("../../locales/", $tag, "/shell.ftl")),
            include_str!(concat!("../../locales/", $tag, "/auth.ftl")),
            include_str!(concat!("../../locales/", $tag, "/common.ftl")),
            include_str!(concat!("../../locales/", $tag, "/customers.ftl")),
            include_str!(concat!("../../locales/", $tag, "/activities.ftl")),
            include_str!(concat!("../../locales/", $tag, "/deals.ftl")),
            include_str!(concat!("../../locales/", $tag, "/forecast.ftl")),
            include_str!(concat!("../../locales/", $tag, "/archive.ftl")),
            include_str!(concat!("../../locales/", $tag, "/sync.ftl")),
        )
    };
}

pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => language!("en"),
        Locale::Af => language!("af"),
        Locale::Lv => language!("lv"),
        Locale::ZhHans => language!("zh-Hans"),
        Locale::Et => language!("et"),
        Locale::Hi => language!("hi"),
    }
}

/// The parsed messages of a language, read once per server process.
#[cfg(feature = "ssr")]
pub fn messages(locale: Locale) -> std::sync::Arc<super::Messages> {
    use std::sync::{Arc, OnceLock};

    static ALL: OnceLock<Vec<Arc<super::Messages>>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|&l| Arc::new(super::Messages::parse(l, source(l))))
            .collect()
    });
    let index = Locale::ALL.iter().position(|&l| l == locale).unwrap_or(0);
    all[index].clone()
}
