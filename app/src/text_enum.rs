//! Closed sets of values stored as snake_case text in Postgres and shown with labels.

/// Declares an enum stored as snake_case text, with its labels and `<select>` options.
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

            /// (value, label) pairs for a `<select>`.
            pub fn options() -> Vec<(String, String)> {
                Self::ALL.iter().map(|v| (v.as_str().to_string(), v.label().to_string())).collect()
            }
        }
    };
}

pub(crate) use text_enum;
