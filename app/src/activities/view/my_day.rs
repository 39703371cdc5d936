//! "My day": a rep's overdue and due-today follow-ups, done or moved with one tap,
//! and the deals that have no next step.

use leptos::prelude::*;
use leptos_meta::Title;

use super::item::ActivityItem;
use crate::{
    activities::{api::overdue_count, model::Agenda},
    auth::current::use_user,
    deals::model::format_money,
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
    move || {
        count.get().filter(|n| *n > 0).map(|n| {
            view! {
                <span class="nav-badge" data-testid="overdue-badge" aria-label=format!("{n} overdue")>
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
                <section class="card" aria-label=title>
                    <h2>{title} " " <span class="count">{move || agenda.with(|a| a.as_ref().map(|a| pick(a).len()).unwrap_or(0))}</span></h2>
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
        <Title text="My day" />
        <header class="page-header">
            <h1>"My day"</h1>
            <p class="muted">{move || clock.get().format("%A %-d %B").to_string()}</p>
        </header>
        {move || match agenda.with(|a| a.as_ref().map(|a| a.overdue.is_empty() && a.today.is_empty())) {
            None => view! { <Loading label="Loading your day…" /> }.into_any(),
            Some(true) => view! {
                <section class="empty-state">
                    <h2>"All caught up"</h2>
                    <p>"Nothing is overdue or due today. Plan next steps from a customer card."</p>
                    <a class="btn" href="/customers">"Go to customers"</a>
                </section>
            }
            .into_any(),
            Some(false) => view! {
                <Show when=move || agenda.with(|a| a.as_ref().is_some_and(|a| !a.overdue.is_empty()))>
                    {section("Overdue", |a| &a.overdue)}
                </Show>
                <Show when=move || agenda.with(|a| a.as_ref().is_some_and(|a| !a.today.is_empty()))>
                    {section("Due today", |a| &a.today)}
                </Show>
            }
            .into_any(),
        }}
        <Show when=move || unplanned.with(|u| u.as_ref().is_some_and(|u| !u.is_empty()))>
            <section class="card" aria-labelledby="unplanned-heading">
                <h2 id="unplanned-heading">"Deals with no next step"</h2>
                <p class="muted small">"Your largest open deals with nothing planned. Plan the next step before they go cold."</p>
                <ul class="deal-list">
                    {move || unplanned.get().unwrap_or_default().into_iter().map(|d| {
                        let href = format!("/customers/{}#activities", d.company_id);
                        view! {
                            <li>
                                <a href=href>{d.title.clone()}</a>
                                <span class="muted">{d.company_name.clone()}</span>
                                <span>{format_money(d.value_cents, &d.currency)}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
