//! Deals: opportunities moving through a pipeline's stages on the kanban board.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
