//! "My day": a rep's overdue and due-today follow-ups, done or moved with one tap,
//! and the deals that have no next step.

use leptos::prelude::*;
use leptos_meta::Title;

use super::item::ActivityItem;
use crate::{
    activities::{api::overdue_count, model::Agenda},
    auth::current::use_user,
    i18n::{format, t, use_i18n},
    sync::client::use_sync,
    ui::{use_clock, Loading},
};

/// How many of the signed-in user's follow-ups are overdue: from the device's
/// copy once loaded, from the server before that (a new device's first pull can
/// take a while). Both only in the browser, so hydration sees what SSR rendered.
pub fn use_overdue_count() -> Signal<Option<usize>> {
    let sync = use_sync();
    let user = use_user();
    let clock = use_clock();
    let from_server = LocalResource::new(overdue_count);
    let local = Memo::new(move |_| {
        let me = user.get()?.id;
        let now = clock.get();
        sync.with_view(|d| d.overdue_count(me, now))
    });
    Signal::derive(move || {
        local
            .get()
            .or_else(|| from_server.get().and_then(Result::ok))
    })
}

#[component]
pub fn OverdueBadge() -> impl IntoView {
    let count = use_overdue_count();
    let i18n = use_i18n();
    move || {
        count.get().filter(|n| *n > 0).map(|n| {
            let label =
                move || i18n.text_with("activities-overdue-count", &[("count", (n as i64).into())]);
            view! {
                <span class="nav-badge" data-testid="overdue-badge" aria-label=label>
                    {n}
                </span>
            }
        })
    }
}

#[component]
pub fn MyDayPage() -> impl IntoView {
    let sync = use_sync();
    let user = use_user();
    let clock = use_clock();
    let i18n = use_i18n();
    let agenda = Memo::new(move |_| {
        let me = user.get()?.id;
        let now = clock.get();
        sync.with_view(|d| d.agenda(me, now))
    });
    let unplanned = Memo::new(move |_| {
        let me = user.get()?.id;
        sync.with_view(|d| {
            d.deals_without_next_step(Some(me))
                .into_iter()
                .take(5)
                .collect::<Vec<_>>()
        })
    });
    let section =
        move |title: &'static str,
              pick: fn(&Agenda) -> &Vec<crate::activities::model::Activity>| {
            view! {
                <section class="card" aria-label=t(title)>
                    <h2>{t(title)} " " <span class="count">{move || agenda.with(|a| a.as_ref().map(|a| pick(a).len()).unwrap_or(0))}</span></h2>
                    <ul class="activity-list">
                        <For
                            each=move || agenda.with(|a| a.as_ref().map(|a| pick(a).clone()).unwrap_or_default())
                            key=|a| (a.id, a.updated_at)
                            let:activity
                        >
                            <ActivityItem activity show_company=true />
                        </For>
                    </ul>
                </section>
            }
        };
    view! {
        <Title text=t("activities-my-day") />
        <header class="page-header">
            <h1>{t("activities-my-day")}</h1>
            <p class="muted">{move || format::day_heading(i18n.locale(), clock.get().date())}</p>
        </header>
        {move || match agenda.with(|a| a.as_ref().map(|a| a.overdue.is_empty() && a.today.is_empty())) {
            None => view! { <Loading label="activities-my-day-loading" /> }.into_any(),
            Some(true) => view! {
                <section class="empty-state">
                    <h2>{t("activities-caught-up")}</h2>
                    <p>{t("activities-caught-up-hint")}</p>
                    <a class="btn" href="/customers">{t("activities-go-customers")}</a>
                </section>
            }
            .into_any(),
            Some(false) => view! {
                <Show when=move || agenda.with(|a| a.as_ref().is_some_and(|a| !a.overdue.is_empty()))>
                    {section("activities-overdue", |a| &a.overdue)}
                </Show>
                <Show when=move || agenda.with(|a| a.as_ref().is_some_and(|a| !a.today.is_empty()))>
                    {section("activities-due-today-heading", |a| &a.today)}
                </Show>
            }
            .into_any(),
        }}
        <Show when=move || unplanned.with(|u| u.as_ref().is_some_and(|u| !u.is_empty()))>
            <section class="card" aria-labelledby="unplanned-heading">
                <h2 id="unplanned-heading">{t("activities-unplanned")}</h2>
                <p class="muted small">{t("activities-unplanned-hint")}</p>
                <ul class="deal-list">
                    {move || unplanned.get().unwrap_or_default().into_iter().map(|d| {
                        let href = format!("/customers/{}#activities", d.company_id);
                        view! {
                            <li>
                                <a href=href>{d.title.clone()}</a>
                                <span class="muted">{d.company_name.clone()}</span>
                                <span>{format::money(i18n.locale(), d.value_cents, &d.currency)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
