//! The phone's position for a visit check-in, only if the user allows it.

/// (latitude, longitude in micro-degrees, accuracy in metres), or `None` when the
/// user declines, the device has no fix within 10 s, or there is no browser.
pub async fn current_position() -> Option<(i32, i32, i32)> {
    #[cfg(feature = "hydrate")]
    {
        let geolocation = leptos::prelude::window().navigator().geolocation().ok()?;
        let options = web_sys::PositionOptions::new();
        options.set_timeout(10_000);
        options.set_maximum_age(60_000);
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            let _ = geolocation.get_current_position_with_error_callback_and_options(
                &resolve,
                Some(&reject),
                &options,
            );
        });
        let position = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
        // Read by name: web-sys exposes GeolocationPosition only as an unstable API.
        let coords = js_sys::Reflect::get(&position, &"coords".into()).ok()?;
        let number = |name: &str| js_sys::Reflect::get(&coords, &name.into()).ok()?.as_f64();
        let micro = |degrees: f64| (degrees * 1e6).round() as i32;
        Some((
            micro(number("latitude")?),
            micro(number("longitude")?),
            number("accuracy")?.round() as i32,
        ))
    }
    #[cfg(not(feature = "hydrate"))]
    None
}
