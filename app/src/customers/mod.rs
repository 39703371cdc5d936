//! Companies: the customer cards at the heart of the CRM.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
