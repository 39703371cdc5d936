//! Offline sync: devices push queued edits and pull what changed since their cursor.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
