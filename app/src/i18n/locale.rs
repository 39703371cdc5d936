//! The languages Fieldbook speaks, and which one a browser asks for.

#[cfg(any(feature = "ssr", test))]
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Locale {
    #[default]
    En,
    Af,
    Lv,
    ZhHans,
    Et,
    Hi,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Af,
        Locale::Lv,
        Locale::ZhHans,
        Locale::Et,
        Locale::Hi,
    ];

    /// The BCP 47 tag: `<html lang>`, the file name, the stored choice.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Af => "af",
            Locale::Lv => "lv",
            Locale::ZhHans => "zh-Hans",
            Locale::Et => "et",
            Locale::Hi => "hi",
        }
    }

    /// The language's name in itself, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Af => "Afrikaans",
            Locale::Lv => "Latviešu",
            Locale::ZhHans => "中文（简体）",
            Locale::Et => "Eesti",
            Locale::Hi => "हिन्दी",
        }
    }

    /// A tag as stored or sent (`lv`, `lv-LV`, `zh-CN`, `zh-Hans`): matched on
    /// its language, since each language has one variant here.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().split('-').next() == Some(language.as_str()))
    }

    /// Exactly one of Fieldbook's tags (`lv`, not `lv-LV`): file names and
    /// the stored choice.
    pub fn from_exact_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    #[cfg(any(feature = "ssr", test))]
    pub fn langid(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }

    /// The best of Fieldbook's languages for an `Accept-Language` header,
    /// English when it names none of them.
    #[cfg(feature = "ssr")]
    pub fn negotiate(accept_language: &str) -> Locale {
        use fluent_langneg::{accepted_languages, negotiate_languages, NegotiationStrategy};

        let requested = accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::En.langid();
        negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Filtering,
        )
        .first()
        .and_then(|id| Locale::from_tag(&id.to_string()))
        .unwrap_or_default()
    }
}
