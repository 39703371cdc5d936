//! Deleting is archiving: archived records leave every list, board, forecast
//! and device, and a manager can restore them with everything they had, or
//! erase them for good (audited).

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
