//! What the user sees of sync: online/offline with the number of edits waiting,
//! and the edits the server refused, in words.

use leptos::prelude::*;

use super::client::use_sync;
use crate::offline::view::PagesKeptFact;

#[component]
pub fn SyncStatus() -> impl IntoView {
    let sync = use_sync();
    // Leptos' SSR may resolve these closures once more after the page's
    // reactive owner is gone (a race in its Suspense/Transition), and even
    // `try_get` panics on a disposed signal: the server, which has no outbox,
    // renders its defaults without reading them.
    let ssr = cfg!(feature = "ssr");
    let online = move || ssr || sync.online.try_get().unwrap_or(true);
    let pending = move || {
        if ssr {
            0
        } else {
            sync.pending.try_get().unwrap_or(0)
        }
    };
    let syncing = move || !ssr && sync.syncing.try_get().unwrap_or(false);
    let label = move || {
        let pending = pending();
        let waiting = match pending {
            0 => String::new(),
            1 => "1 edit waiting".into(),
            n => format!("{n} edits waiting"),
        };
        match (online(), pending) {
            (false, 0) => "Offline".to_string(),
            (false, _) => format!("Offline · {waiting}"),
            (true, 0) if syncing() => "Syncing…".into(),
            (true, 0) => "All saved".into(),
            (true, _) => format!("Saving · {waiting}"),
        }
    };
    view! {
        <span
            class="sync-status"
            class:offline=move || !online()
            class:waiting=move || pending() != 0
            data-testid="sync-status"
            data-pending=move || pending().to_string()
            data-online=move || online().to_string()
            role="status"
            aria-live="polite"
            title="Edits are kept on this device and sent when the network allows"
        >
            <span class="sync-dot" aria-hidden="true"></span>
            {label}
        </span>
    }
}

#[component]
pub fn SyncProblems() -> impl IntoView {
    let sync = use_sync();
    view! {
        <Show when=move || sync.problems.with(|p| !p.is_empty())>
            <div class="sync-problems" role="alert">
                <For
                    each=move || sync.problems.get().into_iter().enumerate()
                    key=|(i, message)| (*i, message.clone())
                    children=move |(_, message)| {
                        let dismissed = message.clone();
                        view! {
                            <div class="notice notice-error sync-problem">
                                <p>{message}</p>
                                <button
                                    type="button"
                                    class="btn btn-ghost btn-small"
                                    on:click=move |_| {
                                        sync.problems.update(|p| p.retain(|m| *m != dismissed));
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    }
                />
            </div>
        </Show>
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
