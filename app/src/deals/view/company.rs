//! The deals section of a customer card: open deals with their stage, each a
//! full-width tap target; closed ones folded below with why they closed.

use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    deals::model::{format_money, Deal, DealStatus},
    sync::client::use_sync,
    ui::Loading,
};

#[component]
pub fn CompanyDeals(company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
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
    let item = |(d, stage): (Deal, String)| {
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
                            <span class=format!("badge status-{}", d.status.as_str())>{d.status.label()}</span>
                        }
                        .into_any()
                    }}
                    <span class="deal-value">{format_money(d.value_cents, &d.currency)}</span>
                    {(!open && !d.lost_reason.is_empty())
                        .then(|| view! { <span class="muted small deal-reason">{d.lost_reason.clone()}</span> })}
                </a>
            </li>
        }
    };
    view! {
        <section class="card" aria-labelledby="deals-heading">
            <div class="section-header">
                <h2 id="deals-heading">"Deals"</h2>
                <a class="btn" href=format!("/deals?new=1&company={company_id}")>"New deal"</a>
            </div>
            {move || match deals.get() {
                None => view! { <Loading label="Loading deals…" /> }.into_any(),
                Some(deals) if deals.is_empty() => {
                    view! { <p class="muted">"No deals with this customer yet."</p> }.into_any()
                }
                Some(deals) => {
                    let (open, closed): (Vec<_>, Vec<_>) =
                        deals.into_iter().partition(|(d, _)| d.status == DealStatus::Open);
                    let closed_count = closed.len();
                    view! {
                        {open.is_empty().then(|| view! { <p class="muted">"No open deals."</p> })}
                        <ul class="deal-list" aria-label="Open deals">
                            {open.into_iter().map(item).collect_view()}
                        </ul>
                        {(closed_count > 0).then(|| view! {
                            <details class="closed-deals">
                                <summary>{format!("Closed deals ({closed_count})")}</summary>
                                <ul class="deal-list" aria-label="Closed deals">
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
