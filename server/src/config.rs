//! Settings from the environment, with defaults that suit the two README commands.

use std::{fmt, time::Duration};

use anyhow::{bail, Context};
use app::sync::{gate::PushLimits, scope::ScopeBounds};
use leptos::config::LeptosOptions;

use crate::security::{normalize_origin, Origins, Security};

pub struct Settings {
    pub database_url: String,
    /// Seed demo data (with its well-known logins) on an empty database: only when asked.
    pub seed_demo_data: bool,
    pub security: Security,
    pub leptos: LeptosOptions,
    pub db: DbSettings,
    pub pushes: PushLimits,
    /// How long the sync log keeps a deletion (`FIELDBOOK_TOMBSTONE_DAYS`,
    /// 90 by default): a device away for longer reads everything again.
    pub tombstone_horizon: Duration,
    /// What a manager's device keeps (`FIELDBOOK_MANAGER_DAYS`, `FIELDBOOK_MANAGER_CARDS`).
    pub device_scope: ScopeBounds,
}

/// The connection pool: its size, and how long a request waits for a
/// connection before it is answered 503 (rather than hanging).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DbSettings {
    pub pool_size: u32,
    pub acquire_timeout: Duration,
}

impl Default for DbSettings {
    fn default() -> Self {
        DbSettings {
            pool_size: 16,
            acquire_timeout: Duration::from_secs(5),
        }
    }
}

// The database URL may carry a password: never print it.
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("database_url", &"<redacted>")
            .field("seed_demo_data", &self.seed_demo_data)
            .field("security", &self.security)
            .field("site_addr", &self.leptos.site_addr)
            .field("db", &self.db)
            .field("pushes", &self.pushes)
            .field("tombstone_horizon", &self.tombstone_horizon)
            .field("device_scope", &self.device_scope)
            .finish()
    }
}

impl Settings {
    pub fn from_env() -> anyhow::Result<Self> {
        let database_url = database_url()?;
        let seed_demo_data = flag("FIELDBOOK_SEED")?.unwrap_or(false);
        let leptos = leptos::config::get_configuration(None)?.leptos_options;
        let (db_default, push_default) = (DbSettings::default(), PushLimits::default());
        let db = DbSettings {
            pool_size: number("FIELDBOOK_DB_POOL", db_default.pool_size)?.max(1),
            acquire_timeout: Duration::from_secs(number(
                "FIELDBOOK_DB_ACQUIRE_TIMEOUT_SECS",
                db_default.acquire_timeout.as_secs(),
            )?),
        };
        let pushes = PushLimits {
            per_user: number("FIELDBOOK_PUSHES_PER_USER", push_default.per_user)?.max(1),
            wait: Duration::from_secs(number(
                "FIELDBOOK_PUSH_WAIT_SECS",
                push_default.wait.as_secs(),
            )?),
        };
        let public_origin = match std::env::var("FIELDBOOK_PUBLIC_URL") {
            Ok(url) if !url.trim().is_empty() => {
                Some(normalize_origin(&url).with_context(|| {
                    format!(
                        "FIELDBOOK_PUBLIC_URL must be the http(s) address people open, \
                     like https://crm.example.com (got {url:?})"
                    )
                })?)
            }
            _ => None,
        };
        let served_over_https = public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"));
        let security = Security {
            origins: Origins::new(public_origin, leptos.site_addr),
            secure_cookies: flag("FIELDBOOK_SECURE_COOKIES")?.unwrap_or(served_over_https),
            trust_proxy: flag("FIELDBOOK_TRUST_PROXY")?.unwrap_or(false),
        };
        let tombstone_days: u64 = number("FIELDBOOK_TOMBSTONE_DAYS", 90)?;
        let scope_default = ScopeBounds::default();
        let device_scope = ScopeBounds {
            days: number("FIELDBOOK_MANAGER_DAYS", scope_default.days)?.clamp(1, 3_650),
            cards: number("FIELDBOOK_MANAGER_CARDS", scope_default.cards)?.clamp(1, 5_000),
        };
        Ok(Settings {
            database_url,
            seed_demo_data,
            security,
            leptos,
            db,
            pushes,
            tombstone_horizon: Duration::from_secs(tombstone_days.max(1) * 24 * 60 * 60),
            device_scope,
        })
    }
}

/// A whole-number setting, or its default when unset.
fn number<T: std::str::FromStr>(key: &str, default: T) -> anyhow::Result<T> {
    match std::env::var(key) {
        Ok(value) => value
            .trim()
            .parse()
            .ok()
            .with_context(|| format!("{key} must be a whole number, not {value:?}")),
        Err(_) => Ok(default),
    }
}

pub fn database_url() -> anyhow::Result<String> {
    std::env::var("DATABASE_URL")
        .map_err(|_| anyhow::anyhow!("DATABASE_URL is not set (./fieldbook run sets it up)"))
}

/// A yes/no setting: `None` when unset, an error naming it when unreadable.
fn flag(name: &str) -> anyhow::Result<Option<bool>> {
    let Ok(value) = std::env::var(name) else {
        return Ok(None);
    };
    match value.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "1" | "true" | "yes" | "on" => Ok(Some(true)),
        "0" | "false" | "no" | "off" => Ok(Some(false)),
        _ => bail!("{name} must be 1 or 0 (got {value:?})"),
    }
}

/// cargo-leptos sets these when it runs the server; set the same defaults when the
/// binary runs on its own. Must run before any thread starts (`set_var` is not thread-safe).
pub fn default_leptos_env() {
    // A build with hashed names leaves `hash.txt` (the names) beside the binary.
    if std::env::var_os("LEPTOS_HASH_FILES").is_none() {
        let hashed = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.join("hash.txt")))
            .is_some_and(|file| file.is_file());
        std::env::set_var("LEPTOS_HASH_FILES", if hashed { "true" } else { "false" });
    }
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
