//! Settings from the environment, with defaults that suit the two README commands.

use std::fmt;

use leptos::config::LeptosOptions;

pub struct Settings {
    pub database_url: String,
    /// Seed demo data when the database has no users yet.
    pub seed_demo_data: bool,
    pub leptos: LeptosOptions,
}

// The database URL may carry a password: never print it.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &"<redacted>")
            .field("seed_demo_data", &self.seed_demo_data)
            .field("site_addr", &self.leptos.site_addr)
            .finish()
    }
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Self> {
        let database_url = std::env::var("DATABASE_URL")
            .map_err(|_| anyhow::anyhow!("DATABASE_URL is not set (./fieldbook run sets it up)"))?;
        let seed_demo_data = std::env::var("FIELDBOOK_SEED").map_or(true, |v| v != "0");
        let leptos = leptos::config::get_configuration(None)?.leptos_options;
        Ok(Settings {
            database_url,
            seed_demo_data,
            leptos,
        })
    }
}

/// cargo-leptos sets these when it runs the server; set the same defaults when the
/// binary runs on its own. Must run before any thread starts (`set_var` is not thread-safe).
pub fn default_leptos_env() {
    for (key, value) in [
        ("LEPTOS_OUTPUT_NAME", "fieldbook"),
        ("LEPTOS_SITE_ROOT", "target/site"),
        ("LEPTOS_SITE_PKG_DIR", "pkg"),
        ("LEPTOS_SITE_ADDR", "127.0.0.1:3000"),
    ] {
        if std::env::var_os(key).is_none() {
            std::env::set_var(key, value);
        }
    }
}
