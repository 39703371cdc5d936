//! A message to show, in whatever language the reader has: its key and its
//! placeholders' values. Validation messages and errors are made on the
//! device and on the server alike, so they travel as `Text` and are put into
//! words only where they are shown.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
}

/// A placeholder's value: numbers pick plural forms, words are shown as given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Number(i64),
    Words(String),
}

impl Text {
    pub fn new(key: impl Into<String>) -> Self {
        Self {
            key: key.into(),
            args: Vec::new(),
        }
    }

    /// Fills `$name` with a number (plural forms follow it).
    pub fn num(mut self, name: &str, value: i64) -> Self {
        self.args.push((name.to_string(), Arg::Number(value)));
        self
    }

    /// Fills `$name` with words shown as they are (a name, a stage…).
    pub fn arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args.push((name.to_string(), Arg::Words(value.into())));
        self
    }
}

/// The key, for logs and for clients that read the wire format.
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key)?;
        for (name, value) in &self.args {
            match value {
                Arg::Number(n) => write!(f, " {name}={n}")?,
                Arg::Words(w) => write!(f, " {name}={w:?}")?,
            }
        }
        Ok(())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(i64, i32, u32, u64, usize, i16, u16, u8);

impl From<&str> for Arg {
    fn from(words: &str) -> Self {
        Arg::Words(words.to_string())
    }
}

impl From<String> for Arg {
    fn from(words: String) -> Self {
        Arg::Words(words)
    }
}

impl From<&String> for Arg {
    fn from(words: &String) -> Self {
        Arg::Words(words.clone())
    }
}
