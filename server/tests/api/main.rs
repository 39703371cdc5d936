//! Server tests against a real PostgreSQL: each test gets a fresh, migrated database.

mod activities;
mod contacts;
mod convergence;
mod customers;
mod deals;
mod forecast;
mod helpers;
mod http;
mod security;
mod sync;
