//! The user's wall clock: due dates are read in the time zone of the device
//! (which it also reports to the server, see `activities::view`, so both
//! judge "overdue" alike), and moments are shown in it.

use chrono::{DateTime, NaiveDateTime, Utc};
use leptos::prelude::*;

use crate::i18n::{format, Locale};

#[derive(Clone, Copy)]
pub struct Clock(RwSignal<NaiveDateTime>);

/// Local time now. On the server it is only a placeholder: pages that use it
/// render from the device's data, which exists in the browser only.
pub fn local_now() -> NaiveDateTime {
    chrono::Local::now().naive_local()
}

/// One clock for the app, ticking every 30 s so "overdue" turns over on its own.
pub fn provide_clock() {
    let now = RwSignal::new(local_now());
    #[cfg(feature = "hydrate")]
    {
        let _ = set_interval_with_handle(
            move || now.set(local_now()),
            std::time::Duration::from_secs(30),
        );
    }
    provide_context(Clock(now));
}

pub fn use_clock() -> Signal<NaiveDateTime> {
    let clock = expect_context::<Clock>();
    clock.0.into()
}

/// A moment as the user reads it, in their language and on the device's wall
/// clock ("2 Dec 2026 10:00"): pass `i18n.locale()`. Pages showing it render
/// from the device's data, in the browser.
pub fn local_time(locale: Locale, at: DateTime<Utc>) -> String {
    format::date_time(locale, at.with_timezone(&chrono::Local).naive_local())
}
