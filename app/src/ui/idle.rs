//! Work that can wait for the page to be idle: it never lands in the middle
//! of a drag or between a tap and its answer.

/// Runs `work` when the browser is next idle; browsers without idle
/// callbacks (older Safari) run it right away.
#[cfg(feature = "hydrate")]
pub fn when_idle(work: impl FnOnce() + 'static) {
    use leptos::prelude::window;
    use wasm_bindgen::{closure::Closure, JsCast};

    let key = wasm_bindgen::JsValue::from_str("requestIdleCallback");
    let idle = js_sys::Reflect::get(&window(), &key).is_ok_and(|f| f.is_function());
    if idle {
        let callback = Closure::once_into_js(work);
        let _ = window().request_idle_callback(callback.unchecked_ref());
    } else {
        work();
    }
}
