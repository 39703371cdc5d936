//! Offline sync: devices push queued edits and pull what changed since their cursor.

pub mod api;
pub mod client;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod gate;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "hydrate")]
mod local_db;
pub mod model;
pub mod replica;
#[cfg(feature = "ssr")]
pub mod service;
pub mod stored;
pub mod view;
