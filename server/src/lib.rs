#![recursion_limit = "256"]
//! The Fieldbook server: configuration, start-up and demo data. `main.rs` only calls in here.

pub mod admin;
pub mod config;
pub mod csrf;
pub mod headers;
pub mod housekeeping;
pub mod locales;
pub mod precompress;
pub mod security;
pub mod seed;
pub mod startup;
pub mod status;
pub mod worker;

/// Migrations are compiled in, so the binary can set up a fresh database by itself.
pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../migrations");
