//! Activity pages and sections: a customer's activities and timeline, "My day",
//! the overdue badge, and the nudge to plan a deal's next step.

mod company;
mod form;
mod item;
mod location;
mod my_day;

pub use company::{CompanyActivities, CompanyTimeline};
pub use form::ActivityForm;
pub use my_day::{MyDayPage, OverdueBadge};

use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    activities::model::{ActivityKind, FormMode},
    i18n::{t, I18n},
    sync::client::use_sync,
};

/// The message naming a kind of activity.
pub fn kind_key(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::Call => "activities-kind-call",
        ActivityKind::Meeting => "activities-kind-meeting",
        ActivityKind::Visit => "activities-kind-visit",
        ActivityKind::Email => "activities-kind-email",
        ActivityKind::Note => "activities-kind-note",
        ActivityKind::Task => "activities-kind-task",
    }
}

/// (value, label) pairs for the kind `<select>`, in the current language (tracked).
fn kind_options(i18n: I18n) -> Vec<(String, String)> {
    ActivityKind::ALL
        .iter()
        .map(|&k| (k.as_str().to_string(), i18n.text(kind_key(k))))
        .collect()
}

/// Shown on a deal with nothing planned: the next step is one tap away.
#[component]
pub fn DealNextStep(deal_id: Uuid, company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let planning = RwSignal::new(false);
    let planned = Memo::new(move |_| sync.with_view(|d| d.deal_has_next_step(deal_id)));
    view! {
        <Show when=move || planned.get() == Some(false)>
            {move || if planning.get() {
                view! { <ActivityForm company_id deal_id mode=FormMode::Plan on_done=move |_| planning.set(false) /> }.into_any()
            } else {
                view! {
                    <div class="nudge" role="note">
                        <p>{t("activities-deal-none-planned")}</p>
                        <button type="button" class="btn" on:click=move |_| planning.set(true)>{t("activities-plan-next")}</button>
                    </div>
                }
                .into_any()
            }}
        </Show>
    }
}

/// Tells the server the device's time zone (once per start; it keeps the last one).
pub fn report_time_zone() {
    #[cfg(feature = "hydrate")]
    {
        let options =
            js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
                .resolved_options();
        let zone = js_sys::Reflect::get(&options, &"timeZone".into())
            .ok()
            .and_then(|z| z.as_string());
        if let Some(zone) = zone {
            leptos::task::spawn_local(async move {
                // Offline: the next start reports it.
                let _ = super::api::set_time_zone(zone).await;
            });
        }
    }
}
