#![recursion_limit = "256"]
//! Fieldbook's application: components, pages and server functions shared by
//! the server (feature `ssr`) and the browser (feature `hydrate`).

pub mod activities;
pub mod archive;
pub mod auth;
pub mod contacts;
pub mod customers;
pub mod deals;
pub mod error;
pub mod forecast;
pub mod i18n;
pub mod offline;
pub mod pipelines;
pub mod search;
pub mod shell;
pub mod sync;
pub(crate) mod text_enum;
pub mod ui;
pub mod validate;

#[cfg(feature = "ssr")]
pub mod connect;
#[cfg(feature = "ssr")]
pub mod context;

pub use shell::{shell, App};

/// Browser entry point: attaches the event handlers to the server-rendered page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(App);
}
