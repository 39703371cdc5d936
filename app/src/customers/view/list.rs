use leptos::prelude::*;
use leptos_meta::Title;
use uuid::Uuid;

use super::{classification_options, ClassificationBadge};
use crate::{
    auth::current::use_user,
    customers::model::{Classification, CompanyPage, CompanyQuery, PAGE_SIZE},
    i18n::{t, use_i18n},
    sync::client::use_sync,
    ui::Loading,
};

#[component]
pub fn CustomerListPage() -> impl IntoView {
    let user = use_user();
    let is_manager = move || user.get().is_some_and(|u| u.is_manager());
    let search = RwSignal::new(String::new());
    let classification = RwSignal::new(None::<Classification>);
    let tag = RwSignal::new(None::<String>);
    let owner = RwSignal::new(None::<Uuid>);
    let page = RwSignal::new(0_i64);
    let sync = use_sync();
    let i18n = use_i18n();

    let query = move || CompanyQuery {
        search: search.get(),
        classification: classification.get(),
        tag: tag.get(),
        owner_id: owner.get(),
        page: page.get(),
        locale: i18n.locale(),
        reader: sync.user_id(),
    };
    // Searched on the device: instant, and the same offline.
    let companies = Memo::new(move |_| {
        let query = query();
        sync.with_view(|d| d.company_page(&query))
    });
    let team = Memo::new(move |_| sync.with_view(|d| d.team.clone()).unwrap_or_default());
    let tags = Memo::new(move |_| sync.with_view(|d| d.tag_counts()).unwrap_or_default());
    let filtered = move || {
        !search.get().trim().is_empty()
            || classification.get().is_some()
            || tag.get().is_some()
            || owner.get().is_some()
    };
    let clear = move || {
        search.set(String::new());
        classification.set(None);
        tag.set(None);
        owner.set(None);
        page.set(0);
    };

    view! {
        <Title text=t("customers-title") />
        <div class="page-header">
            <h1>{t("customers-title")}</h1>
            <a class="btn btn-primary" href="/customers/new">{t("customers-new")}</a>
        </div>
        <div class="filters" role="search">
            <label class="sr-only" for="customer-search">{t("customers-search-label")}</label>
            <input
                id="customer-search"
                type="search"
                placeholder=move || i18n.text("customers-search-placeholder")
                autocomplete="off"
                prop:value=move || search.get()
                on:input=move |ev| {
                    search.set(event_target_value(&ev));
                    page.set(0);
                }
            />
            <label class="sr-only" for="filter-classification">{t("customers-field-classification")}</label>
            <select
                id="filter-classification"
                on:change=move |ev| {
                    classification.set(Classification::parse(&event_target_value(&ev)));
                    page.set(0);
                }
                prop:value=move || classification.get().map(|c| c.as_str()).unwrap_or("")
            >
                <option value="">{t("customers-all-classifications")}</option>
                {move || {
                    let selected = classification.get_untracked().map(|c| c.as_str()).unwrap_or("");
                    classification_options(i18n)
                        .into_iter()
                        .map(|(v, l)| {
                            let on = v == selected;
                            view! { <option value=v selected=on>{l}</option> }
                        })
                        .collect_view()
                }}
            </select>
            <Show when=move || tags.with(|t| !t.is_empty())>
                <label class="sr-only" for="filter-tag">{t("customers-filter-tag")}</label>
                <select
                    id="filter-tag"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        tag.set((!value.is_empty()).then_some(value));
                        page.set(0);
                    }
                    prop:value=move || tag.get().unwrap_or_default()
                >
                    <option value="">{t("customers-all-tags")}</option>
                    {move || {
                        tags.get()
                            .into_iter()
                            .map(|(t, n)| view! { <option value=t.clone()>{format!("{t} ({n})")}</option> })
                            .collect_view()
                    }}
                </select>
            </Show>
            <Show when=is_manager>
                <label class="sr-only" for="filter-owner">{t("customers-field-owner")}</label>
                <select
                    id="filter-owner"
                    on:change=move |ev| {
                        owner.set(Uuid::parse_str(&event_target_value(&ev)).ok());
                        page.set(0);
                    }
                    prop:value=move || owner.get().map(|o| o.to_string()).unwrap_or_default()
                >
                    <option value="">{t("customers-whole-team")}</option>
                    {move || {
                        team.get()
                            .into_iter()
                            .map(|m| view! { <option value=m.id.to_string()>{m.name}</option> })
                            .collect_view()
                    }}
                </select>
            </Show>
        </div>
        {move || match companies.get() {
            Some(result) => view! {
                <CompanyList result filtered=filtered() on_clear=clear page search=search.get() />
            }
            .into_any(),
            None => view! { <Loading label="customers-loading" /> }.into_any(),
        }}
    }
}

#[component]
fn CompanyList(
    result: CompanyPage,
    filtered: bool,
    on_clear: impl Fn() + Copy + Send + Sync + 'static,
    page: RwSignal<i64>,
    /// What was typed in the search box, to look for everywhere else too.
    search: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let search = search.trim().to_string();
    let everywhere = (!search.is_empty()).then(|| {
        let href = format!("/search?q={}", search_param(&search));
        let words = move || {
            i18n.text_with(
                "customers-search-everywhere",
                &[("search", search.clone().into())],
            )
        };
        view! {
            <p class="muted small search-everywhere">
                <a href=href>{words}</a>
            </p>
        }
    });
    if result.total == 0 {
        return if filtered {
            view! {
                <section class="empty-state">
                    <h2>{t("customers-none-match")}</h2>
                    <p>{t("customers-none-match-hint")}</p>
                    <button type="button" class="btn" on:click=move |_| on_clear()>
                        {t("customers-clear-filters")}
                    </button>
                    {everywhere}
                </section>
            }
            .into_any()
        } else {
            view! {
                <section class="empty-state">
                    <h2>{t("customers-empty")}</h2>
                    <p>{t("customers-empty-hint")}</p>
                    <a class="btn btn-primary" href="/customers/new">{t("customers-new")}</a>
                </section>
            }
            .into_any()
        };
    }
    let first = result.page * PAGE_SIZE + 1;
    let last = first + result.items.len() as i64 - 1;
    let pages = result.page_count();
    let current = result.page;
    let total = result.total;
    view! {
        <p class="muted list-count">
            {move || i18n.text_with(
                "customers-list-count",
                &[("first", first.into()), ("last", last.into()), ("total", total.into())],
            )}
        </p>
        {everywhere}
        <ul class="company-list">
            {result
                .items
                .into_iter()
                .map(|c| {
                    let count = c.contact_count;
                    let contacts = move || {
                        count.map(|count| {
                            i18n.text_with("customers-contact-count", &[("count", count.into())])
                        })
                    };
                    view! {
                        <li>
                            <a class="company-row" href=format!("/customers/{}", c.id)>
                                <span class="company-name">{c.name}</span>
                                <ClassificationBadge classification=c.classification />
                                <span class="company-meta">
                                    <span>{c.industry}</span>
                                    <span>{c.phone}</span>
                                    <span>{contacts}</span>
                                    <span class="owner">{c.owner_name}</span>
                                </span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <nav class="pager" aria-label=t("customers-pages")>
            <button
                type="button"
                class="btn"
                disabled=current == 0
                on:click=move |_| page.update(|p| *p = (*p - 1).max(0))
            >
                {t("customers-previous")}
            </button>
            <span>
                {move || i18n.text_with(
                    "customers-page-of",
                    &[("page", (current + 1).into()), ("pages", pages.into())],
                )}
            </span>
            <button
                type="button"
                class="btn"
                disabled=current + 1 >= pages
                on:click=move |_| page.update(|p| *p += 1)
            >
                {t("customers-next")}
            </button>
        </nav>
    }
    .into_any()
}

/// `text` for a query string: `&`, `#`, `+`, `%` and spaces escaped.
fn search_param(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' | '#' | '+' | '%' | '?' | '=' | ' ' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}
