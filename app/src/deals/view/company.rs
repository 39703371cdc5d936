//! The deals section of a customer card.

use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    deals::model::{format_money, DealStatus},
    sync::client::use_sync,
    ui::Loading,
};

#[component]
pub fn CompanyDeals(company_id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let deals = Memo::new(move |_| sync.with_view(|d| d.deals_of(company_id)));
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
                Some(deals) => view! {
                    <ul class="deal-list">
                        {deals
                            .into_iter()
                            .map(|d| {
                                let href = format!("/deals?pipeline={}&deal={}", d.pipeline_id, d.id);
                                view! {
                                    <li>
                                        <a href=href>{d.title.clone()}</a>
                                        <span class=format!("badge status-{}", d.status.as_str())>
                                            {d.status.label()}
                                        </span>
                                        <span>{format_money(d.value_cents, &d.currency)}</span>
                                        {(d.status == DealStatus::Lost)
                                            .then(|| view! { <span class="muted">{d.lost_reason.clone()}</span> })}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}
