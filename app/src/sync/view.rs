//! What the user sees of sync: online/offline with the number of edits waiting,
//! and the edits the server refused, in the reader's language.

use leptos::prelude::*;

use super::{client::use_sync, outbox::Problem};
use crate::i18n::{t, use_i18n};

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
    let i18n = use_i18n();
    let label = move || {
        let pending = pending();
        let waiting = || i18n.text_with("sync-edits-waiting", &[("count", pending.into())]);
        match (online(), pending) {
            (false, 0) => i18n.text("sync-offline"),
            (false, _) => format!("{} · {}", i18n.text("sync-offline"), waiting()),
            (true, 0) if syncing() => i18n.text("sync-syncing"),
            (true, 0) => i18n.text("sync-all-saved"),
            (true, _) => format!("{} · {}", i18n.text("sync-saving"), waiting()),
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
            title=t("sync-status-title")
        >
            <span class="sync-dot" aria-hidden="true"></span>
            {label}
        </span>
    }
}

#[component]
pub fn SyncProblems() -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    view! {
        <Show when=move || sync.problems.with(|p| !p.is_empty())>
            <div class="sync-problems" role="alert">
                <For
                    each=move || sync.problems.get()
                    key=problem_key
                    children=move |problem| {
                        let dismissed = problem.clone();
                        let words = move || {
                            problem.0.iter().map(|text| i18n.show(text)).collect::<Vec<_>>().join(" ")
                        };
                        view! {
                            <div class="notice notice-error sync-problem">
                                <p>{words}</p>
                                <button
                                    type="button"
                                    class="btn btn-ghost btn-small"
                                    on:click=move |_| {
                                        sync.problems.update(|p| p.retain(|m| *m != dismissed));
                                    }
                                >
                                    {t("notice-dismiss")}
                                </button>
                            </div>
                        }
                    }
                />
            </div>
        </Show>
    }
}

/// Problems are listed once each: what they say tells them apart.
fn problem_key(problem: &Problem) -> Vec<String> {
    problem.0.iter().map(ToString::to_string).collect()
}
