//! Closed sets of values stored as snake_case text in Postgres.
//!
//! Their `label`s are English, for logs, exports and anything not shown in a
//! language: pages show a variant through a message key their domain maps it
//! to (`fn status_key(s) -> &'static str`, translated with `i18n.text`), so
//! it follows the reader's language.

/// Declares an enum stored as snake_case text, with its English labels.
macro_rules! text_enum {
    ($name:ident { $($variant:ident => ($value:literal, $label:literal)),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $value),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            pub fn parse(value: &str) -> Option<Self> {
                match value { $($value => Some($name::$variant),)+ _ => None }
            }

            /// (value, English label) pairs. A page's `<select>` in the reader's
            /// language builds its options from the domain's keys instead.
            pub fn options() -> Vec<(String, String)> {
                Self::ALL.iter().map(|v| (v.as_str().to_string(), v.label().to_string())).collect()
            }
        }
    };
}

pub(crate) use text_enum;
