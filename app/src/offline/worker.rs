//! The page's side of the service worker: registers it, asks it to keep every
//! page for the signed-in user, notices a new release waiting, and hands over
//! to it when the user asks (see `public/sw.js` for the worker's side).

use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use super::{OfflineShell, PagesKept};

/// A tab left open for days still learns of a new release.
const UPDATE_CHECK_MS: u64 = 30 * 60 * 1000;

/// How long "New version — reload" waits for the new release to take over.
const HANDOVER_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

/// The service worker container, where the browser offers one (secure
/// origins and localhost only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = window().navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|value| !value.is_undefined());
    present.then(|| navigator.service_worker())
}

fn message(kind: &str, user: Option<uuid::Uuid>) -> JsValue {
    let object = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&object, &"type".into(), &kind.into());
    if let Some(user) = user {
        let _ = js_sys::Reflect::set(&object, &"user".into(), &user.to_string().into());
    }
    object.into()
}

fn field(data: &JsValue, name: &str) -> JsValue {
    js_sys::Reflect::get(data, &name.into()).unwrap_or(JsValue::UNDEFINED)
}

async fn registration(container: &ServiceWorkerContainer) -> Option<ServiceWorkerRegistration> {
    let registered = JsFuture::from(container.register("/sw.js")).await;
    if let Err(error) = &registered {
        leptos::logging::warn!("the service worker did not register: {error:?}");
    }
    registered.ok()?.dyn_into().ok()
}

/// Every worker of this origin: the one in charge and one installed or waiting.
fn workers(registration: &ServiceWorkerRegistration) -> Vec<ServiceWorker> {
    [
        registration.active(),
        registration.waiting(),
        registration.installing(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Signing out: every worker drops the pages it keeps (they show who was
/// signed in). Nothing waits for it; a worker also drops them when the
/// server next says nobody is signed in.
pub fn forget_pages() {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        let Ok(found) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        if let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() {
            for worker in workers(&registration) {
                let _ = worker.post_message(&message("forget-pages", None));
            }
        }
    });
}

impl OfflineShell {
    /// Registers the worker and asks it to keep `user`'s pages (once per page
    /// load and user: the effect that calls this runs again on other changes).
    pub fn start(&self, user: uuid::Uuid) {
        let first = self.user.get_value().is_none();
        if self.user.get_value() == Some(user) {
            return;
        }
        self.user.set_value(Some(user));
        let Some(container) = container() else {
            self.pages.set(PagesKept::Unsupported);
            return;
        };
        if first {
            self.listen(&container);
        }
        let shell = *self;
        spawn_local(async move {
            let Some(registration) = registration(&container).await else {
                shell.pages.set(PagesKept::Unsupported);
                return;
            };
            if first {
                shell.watch_updates(&container, &registration);
            }
            // The first install keeps the bundle before it is active.
            if let Ok(ready) = container.ready() {
                let _ = JsFuture::from(ready).await;
            }
            shell.keep_pages();
        });
    }

    /// Asks the worker in charge to fetch and keep every page (it skips pages
    /// kept minutes ago for the same user). Its answer arrives in `listen`.
    fn keep_pages(&self) {
        let Some(user) = self.user.get_value() else {
            return;
        };
        let Some(container) = container() else {
            return;
        };
        spawn_local(async move {
            let Ok(found) = JsFuture::from(container.get_registration()).await else {
                return;
            };
            let active = found
                .dyn_into::<ServiceWorkerRegistration>()
                .ok()
                .and_then(|r| r.active());
            if let Some(worker) = active {
                let _ = worker.post_message(&message("keep-pages", Some(user)));
            }
        });
    }

    /// The worker's answers, the network coming back, and the handover to a new release.
    fn listen(&self, container: &ServiceWorkerContainer) {
        let shell = *self;
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                let number = |name| field(&data, name).as_f64().unwrap_or(0.0) as u32;
                match field(&data, "type").as_string().as_deref() {
                    Some("pages") => shell.pages.set(PagesKept::Kept {
                        kept: number("kept"),
                        total: number("total"),
                    }),
                    Some("pages-failed") => shell.pages.update(|pages| {
                        if !matches!(*pages, PagesKept::Kept { kept, total } if kept == total) {
                            *pages = PagesKept::NotNow;
                        }
                    }),
                    _ => {}
                }
            });
        container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();

        // The new release took over because the user asked: show it.
        let on_change = Closure::<dyn Fn()>::new(move || {
            if shell.reloading.get_value() {
                let _ = window().location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();

        // Back online: pages not kept yet are fetched, and a release may be out.
        let on_online = window_event_listener(leptos::ev::online, move |_| {
            shell.keep_pages();
            check_for_update();
        });
        std::mem::forget(on_online);
        let _ = set_interval_with_handle(
            check_for_update,
            std::time::Duration::from_millis(UPDATE_CHECK_MS),
        );
    }

    /// Shows the banner once a new release's worker is installed and waiting.
    fn watch_updates(
        &self,
        container: &ServiceWorkerContainer,
        registration: &ServiceWorkerRegistration,
    ) {
        let shell = *self;
        // Only an update waits: the very first worker takes over at once.
        let waiting_update = {
            let container = container.clone();
            move |registration: &ServiceWorkerRegistration| {
                if registration.waiting().is_some() && container.controller().is_some() {
                    shell.update_ready.set(true);
                }
            }
        };
        waiting_update(registration);
        let found = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = found.installing() else {
                return;
            };
            let registration = found.clone();
            let waiting_update = waiting_update.clone();
            let on_state = Closure::<dyn Fn()>::new(move || waiting_update(&registration));
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    /// "New version — reload": the waiting worker takes over, then the page
    /// reloads into the new release. The outbox and the device copy stay as
    /// stored (see `sync::stored` for a release that stores them differently).
    pub fn apply_update(&self) {
        let shell = *self;
        let Some(container) = container() else {
            let _ = window().location().reload();
            return;
        };
        spawn_local(async move {
            let waiting = match JsFuture::from(container.get_registration()).await {
                Ok(found) => found
                    .dyn_into::<ServiceWorkerRegistration>()
                    .ok()
                    .and_then(|r| r.waiting()),
                Err(_) => None,
            };
            match waiting {
                Some(worker) if worker.state() == ServiceWorkerState::Installed => {
                    shell.reloading.set_value(true);
                    let _ = worker.post_message(&message("skip-waiting", None));
                    // The handover normally reloads the page (`controllerchange`);
                    // a tap must never do nothing, so reload anyway if it has not.
                    set_timeout(
                        || {
                            let _ = window().location().reload();
                        },
                        HANDOVER_WAIT,
                    );
                }
                _ => {
                    let _ = window().location().reload();
                }
            }
        });
    }
}

/// Asks the browser to fetch `/sw.js` again; a changed one installs in the background.
fn check_for_update() {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        if let Ok(found) = JsFuture::from(container.get_registration()).await {
            if let Ok(registration) = found.dyn_into::<ServiceWorkerRegistration>() {
                if let Ok(promise) = registration.update() {
                    let _ = JsFuture::from(promise).await;
                }
            }
        }
    });
}
