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

/// A language's compiled messages and their JSON (what pages carry and
/// `/locales/<tag>.json` serves), made once per server process.
struct Compiled {
    messages: super::Messages,
    json: String,
}

fn compiled(locale: Locale) -> &'static Compiled {
    use std::sync::OnceLock;

    static ALL: OnceLock<Vec<Compiled>> = OnceLock::new();
    let all = ALL.get_or_init(|| {
        Locale::ALL
            .iter()
            .map(|&l| {
                let messages = super::Messages::parse(l, source(l));
                // `</` would end the page's <script> early; `<\/` is the same JSON.
                let json = messages.catalog().to_json().replace("</", "<\\/");
                Compiled { messages, json }
            })
            .collect()
    });
    let index = Locale::ALL.iter().position(|&l| l == locale).unwrap_or(0);
    &all[index]
}

pub fn messages(locale: Locale) -> &'static super::Messages {
    &compiled(locale).messages
}

pub fn catalog_json(locale: Locale) -> &'static str {
    &compiled(locale).json
}
