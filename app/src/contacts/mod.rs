//! Contacts: the people at a customer.

#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
