//! Every language's file, built into the server (and the tests); the browser
//! bundle never holds them.

use super::Locale;

pub fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../../public/locales/en.ftl"),
        Locale::Af => include_str!("../../../public/locales/af.ftl"),
        Locale::Lv => include_str!("../../../public/locales/lv.ftl"),
        Locale::ZhHans => include_str!("../../../public/locales/zh-Hans.ftl"),
        Locale::Et => include_str!("../../../public/locales/et.ftl"),
        Locale::Hi => include_str!("../../../public/locales/hi.ftl"),
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
