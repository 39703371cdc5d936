//! Forecasts for managers: weighted pipeline by close month and rep, categories,
//! quotas and attainment, charts, CSV export and drill-down to the deals.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
