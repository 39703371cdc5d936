//! Server tests against a real PostgreSQL: each test gets a fresh, migrated database.

mod activities;
mod archive;
mod contacts;
mod convergence;
mod customers;
mod deals;
mod forecast;
mod helpers;
mod http;
mod sync;
