//! The app on a device with no network: the service worker (`public/sw.js`)
//! keeps every page of this release, the page asks it to once someone has
//! signed in, and a new release is offered as "New version — reload".
//! The data itself is the device copy and the outbox (see `sync`).

use leptos::prelude::*;

pub mod view;
#[cfg(feature = "hydrate")]
mod worker;

#[cfg(feature = "hydrate")]
pub use worker::forget_pages;

/// What the service worker reported, for the page.
#[derive(Clone, Copy)]
pub struct OfflineShell {
    /// A new release is installed and waits for the reload.
    pub update_ready: RwSignal<bool>,
    /// Pages kept for use offline, once the worker has answered.
    pub pages: RwSignal<PagesKept>,
    /// Whose pages were asked for on this page load.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    user: StoredValue<Option<uuid::Uuid>>,
    /// The reload was asked for: reload when the new worker takes over.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    reloading: StoredValue<bool>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagesKept {
    /// No answer yet (and always on the server).
    Unknown,
    /// The worker could not fetch them (offline): the pages kept before stay.
    NotNow,
    Kept {
        kept: u32,
        total: u32,
    },
    /// This browser has no service worker (an old one, or not over HTTPS).
    Unsupported,
}

pub fn provide_offline() -> OfflineShell {
    let shell = OfflineShell {
        update_ready: RwSignal::new(false),
        pages: RwSignal::new(PagesKept::Unknown),
        user: StoredValue::new(None),
        reloading: StoredValue::new(false),
    };
    provide_context(shell);
    shell
}

pub fn use_offline() -> OfflineShell {
    expect_context::<OfflineShell>()
}

#[cfg(not(feature = "hydrate"))]
impl OfflineShell {
    pub fn start(&self, _user: uuid::Uuid) {}
    pub fn apply_update(&self) {}
}

#[cfg(not(feature = "hydrate"))]
pub fn forget_pages() {}
