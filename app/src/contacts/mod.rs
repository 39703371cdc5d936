//! Contacts: the people at a customer.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
