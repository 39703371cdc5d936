//! "More": the pages a rep needs less often than the tabs, who is signed in,
//! and signing out. A page of its own, drawn from what the device already
//! knows, so it opens offline and works with plain links and buttons.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::current::{forget_device_data, use_user, Session},
    i18n::{t, use_i18n, view::LanguagePicker},
    sync::client::use_sync,
};

#[component]
pub fn MorePage() -> impl IntoView {
    let session = expect_context::<Session>();
    let sync = use_sync();
    let user = use_user();
    let offline_note = RwSignal::new(false);
    let i18n = use_i18n();
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
                .confirm_with_message(
                    &i18n.text_with("sign-out-confirm", &[("count", waiting.into())]),
                )
                .unwrap_or(false);
        if leave {
            forget_device_data(sync);
        } else {
            ev.prevent_default();
        }
    };
    view! {
        <Title text=t("tab-more") />
        <h1>{t("tab-more")}</h1>
        {move || {
            user.get()
                .map(|user| {
                    let manager = user.is_manager();
                    let sign_out = confirm_sign_out;
                    let sign_out_everywhere = confirm_sign_out;
                    view! {
                        <section class="card whoami" aria-labelledby="whoami-heading">
                            <h2 id="whoami-heading" class="sr-only">{t("more-signed-in")}</h2>
                            <p class="whoami-name">
                                <strong>{user.name.clone()}</strong>
                                " "
                                <span class="badge">{t(user.role.key())}</span>
                            </p>
                            <p class="muted small whoami-email">{user.email.clone()}</p>
                        </section>
                        <nav class="card menu" aria-label=t("more-pages")>
                            <ul class="menu-list">
                                <MenuLink href="/forecast" label="more-forecast" hint="more-forecast-hint" />
                                {manager.then(|| view! {
                                    <MenuLink href="/archive" label="more-archive" hint="more-archive-hint" />
                                    <MenuLink href="/pipelines" label="more-pipelines" hint="more-pipelines-hint" />
                                })}
                                <MenuLink href="/device" label="more-device" hint="more-device-hint" />
                            </ul>
                        </nav>
                        <LanguagePicker />
                        <section class="card sign-out" aria-labelledby="sign-out-heading">
                            <h2 id="sign-out-heading">{t("sign-out")}</h2>
                            <Show when=move || offline_note.get() && !sync.online.get()>
                                <div class="notice notice-error" role="alert">
                                    <p>{t("sign-out-offline")}</p>
                                </div>
                            </Show>
                            <ActionForm action=session.logout>
                                <button type="submit" class="btn btn-block" on:click=sign_out>
                                    {t("sign-out")}
                                </button>
                            </ActionForm>
                            <p class="muted small">{t("sign-out-everywhere-hint")}</p>
                            <ActionForm action=session.logout_everywhere>
                                <button type="submit" class="btn btn-block" on:click=sign_out_everywhere>
                                    {t("sign-out-everywhere")}
                                </button>
                            </ActionForm>
                        </section>
                    }
                })
        }}
    }
}

/// A page under More; `label` and `hint` are message keys.
#[component]
fn MenuLink(href: &'static str, label: &'static str, hint: &'static str) -> impl IntoView {
    // The hint describes the link; the name stays the page's name alone.
    let hint_id = format!("hint-{}", href.trim_start_matches('/'));
    let described_by = hint_id.clone();
    let name = t(label);
    let aria_label = name.clone();
    view! {
        <li>
            <a class="menu-link" href=href aria-label=aria_label aria-describedby=described_by>
                <span class="menu-label">{name}</span>
                <span class="menu-hint" id=hint_id>{t(hint)}</span>
            </a>
        </li>
    }
}
