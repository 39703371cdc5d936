//! The deals section of a customer card: open deals with their stage, each a
//! full-width tap target; closed ones folded below with why they closed.

use leptos::prelude::*;
use uuid::Uuid;

use super::show_reason;
use crate::{
    deals::model::{status_key, Deal, DealStatus},
    i18n::{format, t, use_i18n},
    sync::client::use_sync,
    ui::Loading,
};

#[component]
pub fn CompanyDeals(company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    // (deal, its stage's name) as on this device.
    let deals = Memo::new(move |_| {
        sync.with_view(|d| {
            d.deals_of(company_id)
                .into_iter()
                .map(|deal| {
                    let stage = deal
                        .stage_id
                        .and_then(|s| d.stages.get(&s))
                        .map(|s| s.name.clone())
                        .unwrap_or_default();
                    (deal, stage)
                })
                .collect::<Vec<_>>()
        })
    });
    let item = move |(d, stage): (Deal, String)| {
        let href = format!("/deals?pipeline={}&deal={}", d.pipeline_id, d.id);
        let open = d.status == DealStatus::Open;
        view! {
            <li>
                <a class="deal-link" href=href>
                    <span class="deal-title">{d.title.clone()}</span>
                    {if open {
                        view! { <span class="badge stage-badge">{stage}</span> }.into_any()
                    } else {
                        view! {
                            <span class=format!("badge status-{}", d.status.as_str())>{t(status_key(d.status))}</span>
                        }
                        .into_any()
                    }}
                    <span class="deal-value">
                        {
                            let (cents, currency) = (d.value_cents, d.currency.clone());
                            move || format::money(i18n.locale(), cents, &currency)
                        }
                    </span>
                    {(!open && !d.lost_reason.is_empty())
                        .then(|| {
                            let reason = d.lost_reason.clone();
                            view! { <span class="muted small deal-reason">{move || show_reason(i18n, &reason)}</span> }
                        })}
                </a>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="deals-heading">
            <div class="section-header">
                <h2 id="deals-heading">{t("deals-section-title")}</h2>
                <a class="btn" href=format!("/deals?new=1&company={company_id}")>{t("deals-new-deal")}</a>
            </div>
            {move || match deals.get() {
                None => view! { <Loading label="deals-loading-deals" /> }.into_any(),
                Some(deals) if deals.is_empty() => {
                    view! { <p class="muted">{t("deals-none-for-customer")}</p> }.into_any()
                }
                Some(deals) => {
                    let (open, closed): (Vec<_>, Vec<_>) =
                        deals.into_iter().partition(|(d, _)| d.status == DealStatus::Open);
                    let closed_count = closed.len();
                    view! {
                        {open.is_empty().then(|| view! { <p class="muted">{t("deals-none-open")}</p> })}
                        <ul class="deal-list" aria-label=t("deals-open-deals")>
                            {open.into_iter().map(item).collect_view()}
                        </ul>
                        {(closed_count > 0).then(|| view! {
                            <details class="closed-deals">
                                <summary>
                                    {move || i18n.text_with("deals-closed-deals-count", &[("count", closed_count.into())])}
                                </summary>
                                <ul class="deal-list" aria-label=t("deals-closed-deals")>
                                    {closed.into_iter().map(item).collect_view()}
                                </ul>
                            </details>
                        })}
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
