//! Server tests against a real PostgreSQL: each test gets a fresh, migrated database.

mod activities;
mod archive;
mod bad_input;
mod card;
mod client;
mod contacts;
mod convergence;
mod customers;
mod deals;
mod fairness;
mod forecast;
mod fuzz;
mod helpers;
mod http;
mod languages;
mod parity;
mod scope;
mod security;
mod stamping;
mod sync;
mod worker;
