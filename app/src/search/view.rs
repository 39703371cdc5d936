//! The search page (`/search`): one box over everything on the device.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{
    index::{Hit, Kind, SearchIndex, Searcher},
    model::Query,
};
use crate::{
    activities::view::kind_key as activity_kind_key,
    deals::model::{status_key, DealStatus},
    i18n::{format, t, use_i18n, I18n},
    sync::{client::use_sync, snapshot::Snapshot},
    ui::{local_time, Loading},
};

/// The message naming a kind of result.
fn kind_key(kind: Kind) -> &'static str {
    match kind {
        Kind::Company => "search-kind-customer",
        Kind::Contact => "search-kind-contact",
        Kind::Deal => "search-kind-deal",
        Kind::Activity => "search-kind-activity",
    }
}

/// Results shown; more than a phone screen holds, few enough to render at once.
const SHOWN: usize = 50;

/// One result as listed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    hit: Hit,
    href: String,
    title: String,
    detail: String,
}

/// What the list shows: for which query, the rows, and how many matched.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Shown {
    query: String,
    rows: Vec<Row>,
    total: usize,
}

/// A hit as listed, its details in the reader's language (tracked).
fn row(i18n: I18n, snap: &Snapshot, hit: Hit) -> Option<Row> {
    let locale = i18n.locale();
    let company_name = |id| {
        snap.companies
            .get(&id)
            .map(|c| c.name.clone())
            .unwrap_or_default()
    };
    let join = |parts: Vec<String>| {
        parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let row = match hit.kind {
        Kind::Company => {
            let c = snap.companies.get(&hit.id)?;
            Row {
                hit,
                href: format!("/customers/{}", c.id),
                title: c.name.clone(),
                detail: join(vec![c.industry.clone(), c.phone.clone(), c.tags.join(", ")]),
            }
        }
        Kind::Contact => {
            let c = snap.contacts.get(&hit.id)?;
            let reach = if c.phone.is_empty() {
                c.email.clone()
            } else {
                c.phone.clone()
            };
            Row {
                hit,
                href: format!("/customers/{}", c.company_id),
                title: c.name.clone(),
                detail: join(vec![company_name(c.company_id), reach]),
            }
        }
        Kind::Deal => {
            let d = snap.deals.get(&hit.id)?;
            let stage = match d.status {
                DealStatus::Open => d
                    .stage_id
                    .and_then(|s| snap.stages.get(&s))
                    .map(|s| s.name.clone())
                    .unwrap_or_default(),
                closed => i18n.text(status_key(closed)),
            };
            Row {
                hit,
                href: format!("/deals?pipeline={}&deal={}", d.pipeline_id, d.id),
                title: d.title.clone(),
                detail: join(vec![
                    company_name(d.company_id),
                    stage,
                    format::money(locale, d.value_cents, &d.currency),
                ]),
            }
        }
        Kind::Activity => {
            let a = snap.activities.get(&hit.id)?;
            Row {
                hit,
                href: format!("/customers/{}", a.company_id),
                title: a.subject.clone(),
                detail: join(vec![
                    i18n.text(activity_kind_key(a.kind)),
                    company_name(a.company_id),
                    local_time(locale, a.happened_at()),
                ]),
            }
        }
    };
    Some(row)
}

#[component]
pub fn SearchPage() -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let typed = RwSignal::new(use_query_map().get_untracked().get("q").unwrap_or_default());
    // Built from the device's data while this page is open, again after each
    // change of it; typing only scans it.
    let index = StoredValue::new(SearchIndex::default());
    let searcher = StoredValue::new(Searcher::default());
    let built = RwSignal::new(0_u64);
    Effect::new(move |_| {
        if let Some(fresh) = sync.with_view(SearchIndex::build) {
            index.set_value(fresh);
            searcher.update_value(Searcher::reset);
            built.update(|n| *n += 1);
        }
    });
    let shown = Memo::new(move |_| {
        built.track();
        let text = typed.get();
        let query = Query::parse(&text);
        let found = index.with_value(|i| searcher.try_update_value(|s| s.search(i, &query, SHOWN)));
        let (hits, total) = found.unwrap_or_default();
        // Tracked: the rows' details follow the language.
        i18n.locale();
        let rows = untrack(|| {
            sync.with_view(|d| {
                hits.iter()
                    .filter_map(|h| row(i18n, d, *h))
                    .collect::<Vec<_>>()
            })
        })
        .unwrap_or_default();
        Shown {
            query: text,
            rows,
            total,
        }
    });

    view! {
        <Title text=t("search-label") />
        <div class="page-header">
            <h1>{t("search-label")}</h1>
        </div>
        <div class="filters search-box" role="search">
            <label class="sr-only" for="search-everything">{t("search-page-label")}</label>
            <input
                id="search-everything"
                type="search"
                enterkeyhint="search"
                placeholder=t("search-page-placeholder")
                autocomplete="off"
                autofocus=true
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))
            />
        </div>
        {move || {
            if built.get() == 0 {
                return view! { <Loading label="search-page-loading" /> }.into_any();
            }
            let shown = shown.get();
            let query = shown.query.clone();
            let count = match shown.total {
                0 => String::new(),
                n if n > SHOWN => i18n.text_with(
                    "search-page-results-best",
                    &[("count", (n as i64).into()), ("shown", (SHOWN as i64).into())],
                ),
                n => i18n.text_with("search-page-results", &[("count", (n as i64).into())]),
            };
            let empty = if query.trim().is_empty() {
                Some(i18n.text("search-page-hint"))
            } else if shown.total == 0 {
                Some(i18n.text_with("search-page-no-match", &[("query", query.trim().into())]))
            } else {
                None
            };
            view! {
                <p class="muted list-count" aria-live="polite">{count}</p>
                {empty.map(|text| view! { <p class="empty-state small">{text}</p> })}
                <ul class="search-results" data-query=query>
                    {shown
                        .rows
                        .into_iter()
                        .map(|r| {
                            view! {
                                <li>
                                    <a class="search-row" href=r.href data-kind=format!("{:?}", r.hit.kind).to_lowercase()>
                                        <span class=format!("kind kind-{}", format!("{:?}", r.hit.kind).to_lowercase())>
                                            {t(kind_key(r.hit.kind))}
                                        </span>
                                        <span class="search-main">
                                            <span class="search-title">{r.title}</span>
                                            <span class="muted small">{r.detail}</span>
                                        </span>
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}
