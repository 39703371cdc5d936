//! Choosing the language: a picker under "More", applied at once, offline
//! too, and remembered on the device.

use leptos::prelude::*;

use super::{t, use_i18n, Locale};

/// Where the device keeps its choice. A page kept offline may have been
/// rendered in another language; the choice is applied once it is live.
#[cfg(feature = "hydrate")]
const LOCALE_KEY: &str = "fieldbook.locale";

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let current = move || i18n.locale();
    let choose = move |ev: leptos::ev::Event| {
        let Some(locale) = Locale::from_tag(&event_target_value(&ev)) else {
            return;
        };
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            let switched = switch_to(&i18n, locale, true).await;
            failed.set(switched.is_err());
            if switched.is_ok() {
                // Best effort: offline, the device keeps its choice anyway.
                let _ = super::api::save_language(locale.tag().to_string()).await;
            }
        });
        #[cfg(not(feature = "hydrate"))]
        let _ = (&i18n, locale);
    };
    view! {
        <section class="card language" aria-labelledby="language-heading">
            <h2 id="language-heading">
                <label for="language-select">{t("more-language")}</label>
            </h2>
            <select id="language-select" class="input" on:change=choose aria-describedby="language-hint">
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option value=locale.tag() lang=locale.tag() selected=move || current() == locale>
                                {locale.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            <p id="language-hint" class="muted small">{t("more-language-hint")}</p>
            <Show when=move || failed.get()>
                <div class="notice notice-error" role="alert">
                    <p>{t("language-unavailable")}</p>
                </div>
            </Show>
        </section>
    }
}

/// Fetches `locale`'s messages (the service worker answers offline) and
/// shows every page in it; `remember` makes it this device's choice.
#[cfg(feature = "hydrate")]
pub async fn switch_to(i18n: &super::I18n, locale: Locale, remember: bool) -> Result<(), ()> {
    use std::sync::Arc;

    use super::Messages;

    let json = fetch_text(&format!("/locales/{}.json", locale.tag())).await?;
    let catalog = super::Catalog::from_json(&json).ok_or(())?;
    i18n.set(Arc::new(Messages::new(locale, catalog)));
    set_page_language(locale);
    if remember {
        remember_on_device(locale);
    }
    Ok(())
}

#[cfg(feature = "hydrate")]
async fn fetch_text(url: &str) -> Result<String, ()> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    if !response.ok() {
        return Err(());
    }
    let text = JsFuture::from(response.text().map_err(|_| ())?)
        .await
        .map_err(|_| ())?;
    text.as_string().ok_or(())
}

#[cfg(feature = "hydrate")]
fn set_page_language(locale: Locale) {
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", locale.tag());
    }
}

/// The device's choice, and the cookie that has the server render the next
/// pages in it.
#[cfg(feature = "hydrate")]
fn remember_on_device(locale: Locale) {
    use gloo_storage::{LocalStorage, Storage};
    use wasm_bindgen::JsCast;

    let tag = locale.tag();
    let _ = LocalStorage::set(LOCALE_KEY, tag);
    if let Ok(html) = document().dyn_into::<web_sys::HtmlDocument>() {
        let cookie = format!(
            "{}={tag}; path=/; max-age=31536000; samesite=lax",
            super::LOCALE_COOKIE
        );
        let _ = html.set_cookie(&cookie);
    }
}

/// Once the page is live: if this device chose another language than the
/// page was rendered in (a page kept offline, say), switch to it.
pub fn apply_device_choice() {
    #[cfg(feature = "hydrate")]
    {
        let i18n = use_i18n();
        Effect::new(move || {
            use gloo_storage::{LocalStorage, Storage};
            let chosen = LocalStorage::get::<String>(LOCALE_KEY)
                .ok()
                .and_then(|tag| Locale::from_tag(&tag));
            if let Some(locale) = chosen.filter(|&l| l != i18n.locale_untracked()) {
                leptos::task::spawn_local(async move {
                    let _ = switch_to(&i18n, locale, false).await;
                });
            }
        });
    }
}

/// Right after sign-in: a device that never chose a language takes the one
/// kept on the account (the sign-in page was in the browser's).
pub fn follow_account_language(i18n: super::I18n) {
    #[cfg(feature = "hydrate")]
    {
        use gloo_storage::{LocalStorage, Storage};

        use wasm_bindgen::JsCast;

        let cookie = document()
            .dyn_into::<web_sys::HtmlDocument>()
            .ok()
            .and_then(|html| html.cookie().ok())
            .unwrap_or_default();
        let device_chose = LocalStorage::get::<String>(LOCALE_KEY).is_ok()
            || cookie.split(';').any(|pair| {
                pair.trim()
                    .starts_with(&format!("{}=", super::LOCALE_COOKIE))
            });
        if device_chose {
            return;
        }
        leptos::task::spawn_local(async move {
            let account = super::api::account_language().await.ok().flatten();
            if let Some(locale) = account.as_deref().and_then(Locale::from_tag) {
                if locale != i18n.locale_untracked() {
                    let _ = switch_to(&i18n, locale, false).await;
                }
            }
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = i18n;
}
