//! Deals: opportunities moving through a pipeline's stages on the kanban board.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
pub mod money;
pub mod outcome;
pub mod placing;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
