//! What the user sees of the offline shell: the new-release banner, and how
//! many pages this device keeps (on "This device").

use leptos::prelude::*;

use super::{use_offline, PagesKept};

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
