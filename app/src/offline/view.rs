//! What the user sees of the offline shell: the new-release banner, and the
//! "This device" page (pages and records kept, edits waiting, storage).

use leptos::prelude::*;

use super::{use_offline, PagesKept};
use crate::sync::client::use_sync;

/// "New version — reload", once a new release is installed in the background.
/// Queued edits and the device copy stay where they are across the reload.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let shell = use_offline();
    view! {
        <Show when=move || shell.update_ready.get()>
            <div class="update-banner notice" role="status" data-testid="update-banner">
                <p>"A new version of Fieldbook is ready. Edits waiting on this device are kept."</p>
                <button
                    type="button"
                    class="btn btn-primary btn-small"
                    on:click=move |_| shell.apply_update()
                >
                    "New version — reload"
                </button>
            </div>
        </Show>
    }
}

/// The "Pages for offline use" line of "This device".
#[component]
pub fn PagesKeptFact() -> impl IntoView {
    let shell = use_offline();
    let text = move || match shell.pages.get() {
        PagesKept::Unknown => "Checking…".to_string(),
        PagesKept::NotNow => "Not all kept yet: they are stored when the network is back".into(),
        PagesKept::Kept { kept, total } if kept == total => {
            format!("All {total} kept: every page opens offline")
        }
        PagesKept::Kept { kept, total } => format!("{kept} of {total} kept"),
        PagesKept::Unsupported => "This browser cannot keep pages for offline use".into(),
    };
    view! {
        <div class="editable">
            <dt>"Pages for offline use"</dt>
            <dd data-testid="device-offline-pages">{text}</dd>
        </div>
    }
}

/// "This device": what the phone keeps, what waits, when it last synced and
/// how much storage that takes (and whether the browser may clear it).
#[component]
pub fn DevicePage() -> impl IntoView {
    let sync = use_sync();
    let records = move || {
        sync.with_view(|d| {
            let n = d.companies.len() + d.contacts.len() + d.deals.len() + d.activities.len();
            format!("{n} (customers, contacts, deals and activities)")
        })
        .unwrap_or_else(|| "Loading…".into())
    };
    let pending = move || sync.pending.get().to_string();
    let last = move || match sync.last_synced.get() {
        Some(at) => at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        None if sync.online.get() => "Not yet".into(),
        None => "Not since this page opened (offline)".into(),
    };
    let storage = RwSignal::new(None::<String>);
    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        leptos::task::spawn_local(async move {
            storage.set(Some(storage_state().await));
        });
    });
    view! {
        <leptos_meta::Title text="This device" />
        <h1>"This device"</h1>
        <section class="card" aria-labelledby="device-heading">
            <h2 id="device-heading" class="sr-only">"Storage and sync"</h2>
            <dl class="fields device-facts">
                <div class="editable"><dt>"Records kept"</dt><dd data-testid="device-records">{records}</dd></div>
                <div class="editable"><dt>"Edits waiting"</dt><dd data-testid="device-pending">{pending}</dd></div>
                <div class="editable"><dt>"Last sync"</dt><dd data-testid="device-last-sync">{last}</dd></div>
                <PagesKeptFact />
                <div class="editable">
                    <dt>"Storage used"</dt>
                    <dd data-testid="device-storage">{move || storage.get().unwrap_or_else(|| "Measuring…".into())}</dd>
                </div>
            </dl>
            <p class="muted small">
                "Your customers and queued edits live in this browser so Fieldbook works without a network, and every page is kept so it opens offline too. Signing out removes the customer data and the kept pages; edits not yet sent stay until you sign in here again."
            </p>
        </section>
    }
}

/// "1.2 MB of 2.0 GB, kept" from the browser's storage estimate.
#[cfg(feature = "hydrate")]
async fn storage_state() -> String {
    use wasm_bindgen::JsValue;
    use wasm_bindgen_futures::JsFuture;
    let storage = window().navigator().storage();
    let number = |value: &JsValue, key: &str| {
        web_sys::js_sys::Reflect::get(value, &JsValue::from_str(key))
            .ok()
            .and_then(|v| v.as_f64())
    };
    let estimate = match storage.estimate() {
        Ok(promise) => JsFuture::from(promise).await.ok(),
        Err(_) => None,
    };
    let persisted = match storage.persisted() {
        Ok(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()),
        Err(_) => None,
    };
    let Some(estimate) = estimate else {
        return "Not reported by this browser".into();
    };
    let used = number(&estimate, "usage").unwrap_or(0.0);
    let quota = number(&estimate, "quota").unwrap_or(0.0);
    let kept = match persisted {
        Some(true) => "kept even when space runs low",
        _ => "the browser may clear it when space runs low",
    };
    format!("{} of {} ({kept})", bytes(used), bytes(quota))
}

#[cfg(feature = "hydrate")]
fn bytes(n: f64) -> String {
    const UNITS: [&str; 4] = ["B", "KB", "MB", "GB"];
    let mut value = n;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}
