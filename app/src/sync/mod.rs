//! Offline sync, the protocol only: devices push queued edits and pull what
//! changed since their cursor. What each kind of record means on the device
//! lives in its domain's `local.rs`; `entity` and `ops` are the registries
//! that send each kind and each edit there.

#[macro_use]
mod registry;

pub mod api;
pub mod client;
#[cfg(feature = "ssr")]
pub mod db;
pub mod entity;
#[cfg(feature = "ssr")]
pub mod gate;
mod kinds;
#[cfg(feature = "ssr")]
pub mod live;
#[cfg(feature = "hydrate")]
mod local_db;
pub mod model;
pub mod ops;
pub mod outbox;
pub mod pieces;
pub mod replica;
pub mod scope;
#[cfg(feature = "ssr")]
pub mod service;
pub mod snapshot;
pub mod stored;
#[cfg(test)]
pub(crate) mod testing;
pub mod view;
