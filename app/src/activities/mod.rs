//! Activities: calls, meetings, visits, emails, notes and tasks with a customer;
//! follow-ups with due dates, a rep's day, and the customer's timeline.

pub mod api;
#[cfg(feature = "ssr")]
pub mod db;
pub mod local;
pub mod model;
#[cfg(feature = "ssr")]
pub mod service;
pub mod view;
