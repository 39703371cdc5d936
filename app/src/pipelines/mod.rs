//! Pipelines: the ordered stages deals move through, edited by managers.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
