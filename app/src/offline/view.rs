//! What the user sees of the offline shell: the new-release banner, and the
//! "This device" page (pages and records kept, edits waiting, storage).

use leptos::prelude::*;

use super::{use_offline, PagesKept};
use crate::{i18n::use_i18n, sync::client::use_sync};

/// "New version — reload", once a new release is installed in the background.
/// Queued edits and the device copy stay where they are across the reload.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let shell = use_offline();
    let i18n = use_i18n();
    view! {
        <Show when=move || shell.update_ready.get()>
            <div class="update-banner notice" role="status" data-testid="update-banner">
                <p>{move || i18n.text("update-ready")}</p>
                <button
                    type="button"
                    class="btn btn-primary btn-small"
                    on:click=move |_| shell.apply_update()
                >
                    {move || i18n.text("update-reload")}
                </button>
            </div>
        </Show>
    }
}

/// The "Pages for offline use" line of "This device".
#[component]
pub fn PagesKeptFact() -> impl IntoView {
    let shell = use_offline();
    let i18n = use_i18n();
    let text = move || match shell.pages.get() {
        PagesKept::Unknown => i18n.text("device-pages-checking"),
        PagesKept::NotNow => i18n.text("device-pages-not-now"),
        PagesKept::Kept { kept, total } if kept == total => {
            i18n.text_with("device-pages-all-kept", &[("total", total.into())])
        }
        PagesKept::Kept { kept, total } => i18n.text_with(
            "device-pages-some-kept",
            &[("kept", kept.into()), ("total", total.into())],
        ),
        PagesKept::Unsupported => i18n.text("device-pages-unsupported"),
    };
    view! {
        <div class="editable">
            <dt>{move || i18n.text("device-offline-pages")}</dt>
            <dd data-testid="device-offline-pages">{text}</dd>
        </div>
    }
}

/// What the browser says of this origin's storage.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
enum StorageState {
    /// This browser does not estimate it.
    Unknown,
    Estimate {
        used: f64,
        quota: f64,
        /// Kept even when space runs low (not cleared by the browser).
        persisted: bool,
    },
}

/// "This device": what the phone keeps, what waits, when it last synced and
/// how much storage that takes (and whether the browser may clear it).
#[component]
pub fn DevicePage() -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let records = move || {
        sync.with_view(|d| {
            let n = d.companies.len() + d.contacts.len() + d.deals.len() + d.activities.len();
            i18n.text_with("device-records-count", &[("count", n.into())])
        })
        .unwrap_or_else(|| i18n.text("common-loading"))
    };
    let pending = move || sync.pending.get().to_string();
    // Digits only, the same in every language (and what the tests read).
    let last = move || match sync.last_synced.get() {
        Some(at) => at
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M")
            .to_string(),
        None if sync.online.get() => i18n.text("device-never-synced"),
        None => i18n.text("device-not-synced-offline"),
    };
    let storage = RwSignal::new(None::<StorageState>);
    #[cfg(feature = "hydrate")]
    Effect::new(move || {
        leptos::task::spawn_local(async move {
            storage.set(Some(storage_state().await));
        });
    });
    let storage_text = move || match storage.get() {
        None => i18n.text("device-storage-measuring"),
        Some(StorageState::Unknown) => i18n.text("device-storage-unknown"),
        Some(StorageState::Estimate {
            used,
            quota,
            persisted,
        }) => {
            let key = if persisted {
                "device-storage-kept"
            } else {
                "device-storage-may-clear"
            };
            i18n.text_with(
                key,
                &[("used", bytes(used).into()), ("quota", bytes(quota).into())],
            )
        }
    };
    view! {
        <leptos_meta::Title text=move || i18n.text("device-title") />
        <h1>{move || i18n.text("device-title")}</h1>
        <section class="card" aria-labelledby="device-heading">
            <h2 id="device-heading" class="sr-only">{move || i18n.text("device-storage-heading")}</h2>
            <dl class="fields device-facts">
                <div class="editable">
                    <dt>{move || i18n.text("device-records")}</dt>
                    <dd data-testid="device-records">{records}</dd>
                </div>
                <div class="editable">
                    <dt>{move || i18n.text("device-pending")}</dt>
                    <dd data-testid="device-pending">{pending}</dd>
                </div>
                <div class="editable">
                    <dt>{move || i18n.text("device-last-sync")}</dt>
                    <dd data-testid="device-last-sync">{last}</dd>
                </div>
                <PagesKeptFact />
                <div class="editable">
                    <dt>{move || i18n.text("device-storage-used")}</dt>
                    <dd data-testid="device-storage">{storage_text}</dd>
                </div>
            </dl>
            <p class="muted small">{move || i18n.text("device-about")}</p>
        </section>
    }
}

/// The browser's storage estimate, and whether it keeps the data under pressure.
#[cfg(feature = "hydrate")]
async fn storage_state() -> StorageState {
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
        return StorageState::Unknown;
    };
    StorageState::Estimate {
        used: number(&estimate, "usage").unwrap_or(0.0),
        quota: number(&estimate, "quota").unwrap_or(0.0),
        persisted: persisted == Some(true),
    }
}

/// "1.2 MB": SI units, whose symbols every language here uses as they are.
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

#[cfg(test)]
mod tests {
    use super::bytes;

    #[test]
    fn sizes_are_shown_in_si_units() {
        assert_eq!(bytes(512.0), "512 B");
        assert_eq!(bytes(1_234_567.0), "1.2 MB");
        assert_eq!(bytes(2.0e9), "2.0 GB");
    }
}
