//! "More": the pages a rep needs less often than the tabs, who is signed in,
//! and signing out. A page of its own, drawn from what the device already
//! knows, so it opens offline and works with plain links and buttons.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::current::{forget_device_data, use_user, Session},
    sync::client::use_sync,
};

#[component]
pub fn MorePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let sync = use_sync();
    let user = use_user();
    let offline_note = RwSignal::new(false);
    let confirm_sign_out = move |ev: leptos::ev::MouseEvent| {
        // Signing out ends the session on the server. Offline it cannot, and
        // clearing the device's copy anyway would leave a signed-in app with
        // no data: say so, and keep everything as it is.
        if !sync.online.get_untracked() {
            ev.prevent_default();
            offline_note.set(true);
            return;
        }
        // Unsent edits stay on the device: ask before leaving them behind.
        let waiting = sync.pending.get_untracked();
        let leave = waiting == 0
            || window()
                .confirm_with_message(&format!(
                    "{waiting} edits are not sent yet. They stay on this device and are sent when you sign in again here. Sign out?"
                ))
                .unwrap_or(false);
        if leave {
            forget_device_data(sync);
        } else {
            ev.prevent_default();
        }
    };
    view! {
        <Title text="More" />
        <h1>"More"</h1>
        {move || {
            user.get()
                .map(|user| {
                    let manager = user.is_manager();
                    view! {
                        <section class="card whoami" aria-labelledby="whoami-heading">
                            <h2 id="whoami-heading" class="sr-only">"Signed in"</h2>
                            <p class="whoami-name">
                                <strong>{user.name.clone()}</strong>
                                " "
                                <span class="badge">{user.role.label()}</span>
                            </p>
                            <p class="muted small whoami-email">{user.email.clone()}</p>
                        </section>
                        <nav class="card menu" aria-label="More pages">
                            <ul class="menu-list">
                                <MenuLink href="/forecast" label="Forecast" hint="Expected revenue and quota" />
                                {manager.then(|| view! {
                                    <MenuLink href="/archive" label="Archive" hint="Restore or erase archived records" />
                                    <MenuLink href="/pipelines" label="Pipelines and stages" hint="Set up the sales stages" />
                                })}
                                <MenuLink href="/device" label="This device" hint="What is kept here, edits waiting, last sync" />
                            </ul>
                        </nav>
                        <section class="card sign-out" aria-labelledby="sign-out-heading">
                            <h2 id="sign-out-heading">"Sign out"</h2>
                            <Show when=move || offline_note.get() && !sync.online.get()>
                                <div class="notice notice-error" role="alert">
                                    <p>"You are offline. Signing out ends your session on the server, so it needs a connection: try again when you are back online. Your customers and edits stay on this device meanwhile."</p>
                                </div>
                            </Show>
                            <ActionForm action=session.logout>
                                <button type="submit" class="btn btn-block" on:click=confirm_sign_out>
                                    "Sign out"
                                </button>
                            </ActionForm>
                            <p class="muted small">
                                "Lost a phone, or signed in on a shared computer? End every session of your account."
                            </p>
                            <ActionForm action=session.logout_everywhere>
                                <button type="submit" class="btn btn-block" on:click=confirm_sign_out>
                                    "Sign out everywhere"
                                </button>
                            </ActionForm>
                        </section>
                    }
                })
        }}
    }
}

#[component]
fn MenuLink(href: &'static str, label: &'static str, hint: &'static str) -> impl IntoView {
    // The hint describes the link; the name stays the page's name alone.
    let hint_id = format!("hint-{}", href.trim_start_matches('/'));
    let described_by = hint_id.clone();
    view! {
        <li>
            <a class="menu-link" href=href aria-label=label aria-describedby=described_by>
                <span class="menu-label">{label}</span>
                <span class="menu-hint" id=hint_id>{hint}</span>
            </a>
        </li>
    }
}
