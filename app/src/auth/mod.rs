//! Sign-in, sessions, and who may see what.

pub mod api;
pub mod model;
#[cfg(feature = "ssr")]
pub mod session;
pub mod view;
