//! What the user sees of sync: online/offline with the number of edits waiting,
//! and the edits the server refused, in words.

use leptos::prelude::*;

use super::client::use_sync;

#[component]
pub fn SyncStatus() -> impl IntoView {
    let sync = use_sync();
    let label = move || {
        let pending = sync.pending.get();
        let waiting = match pending {
            0 => String::new(),
            1 => "1 edit waiting".into(),
            n => format!("{n} edits waiting"),
        };
        match (sync.online.get(), pending) {
            (false, 0) => "Offline".to_string(),
            (false, _) => format!("Offline · {waiting}"),
            (true, 0) if sync.syncing.get() => "Syncing…".into(),
            (true, 0) => "All saved".into(),
            (true, _) => format!("Saving · {waiting}"),
        }
    };
    view! {
        <span
            class="sync-status"
            class:offline=move || !sync.online.get()
            class:waiting=move || { sync.pending.get() != 0 }
            data-testid="sync-status"
            data-pending=move || sync.pending.get().to_string()
            data-online=move || sync.online.get().to_string()
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
