//! The tables under the charts: the same numbers, each a way into its deals.

use leptos::prelude::*;

use super::chart::STACK;
use crate::{
    deals::model::format_money,
    forecast::model::{format_permille, Amounts, Category, CurrencyForecast, Selection},
};

/// An amount that opens the deals behind it.
#[component]
fn Cell(
    cents: i64,
    currency: String,
    selection: Selection,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    let category = selection
        .category
        .map(Category::as_str)
        .unwrap_or("expected");
    let month = selection
        .month
        .map(|m| m.format("%Y-%m").to_string())
        .unwrap_or_default();
    view! {
        <td class="num">
            <button
                type="button"
                class="cell-link"
                data-category=category
                data-month=month
                data-amount=cents.to_string()
                on:click=move |_| pick.set(Some(selection.clone()))
            >
                {format_money(cents, &currency)}
            </button>
        </td>
    }
}

/// A row's four category amounts and their sum, each opening its deals.
#[component]
fn AmountCells(
    amounts: Amounts,
    currency: String,
    base: Selection,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    view! {
        {STACK
            .iter()
            .map(|c| view! {
                <Cell
                    cents=amounts.get(*c)
                    currency=currency.clone()
                    selection=Selection { category: Some(*c), ..base.clone() }
                    pick
                />
            })
            .collect_view()}
        <Cell cents=amounts.expected() currency=currency.clone() selection=base.clone() pick />
    }
}

#[component]
pub fn MonthTable(forecast: CurrencyForecast, pick: RwSignal<Option<Selection>>) -> impl IntoView {
    let currency = forecast.currency.clone();
    let row = move |label: String,
                    month: Option<chrono::NaiveDate>,
                    amounts: crate::forecast::model::Amounts| {
        let base = Selection {
            currency: currency.clone(),
            month,
            ..Default::default()
        };
        view! {
            <tr data-month=month.map(|m| m.format("%Y-%m").to_string()).unwrap_or_else(|| "total".into())>
                <th scope="row">{label}</th>
                <AmountCells amounts currency=currency.clone() base pick />
            </tr>
        }
    };
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label="Expected revenue by month">
                <thead>
                    <tr>
                        <th scope="col">"Month"</th>
                        {STACK.iter().map(|c| view! { <th scope="col" class="num">{c.label()}</th> }).collect_view()}
                        <th scope="col" class="num">"Expected"</th>
                    </tr>
                </thead>
                <tbody>
                    {forecast
                        .by_month
                        .iter()
                        .map(|m| row(m.month.format("%B %Y").to_string(), Some(m.month), m.amounts))
                        .collect_view()}
                </tbody>
                <tfoot>{row("Total".into(), None, forecast.total)}</tfoot>
            </table>
        </div>
    }
}

#[component]
pub fn RepTable(forecast: CurrencyForecast, pick: RwSignal<Option<Selection>>) -> impl IntoView {
    let currency = forecast.currency.clone();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label="Forecast by rep">
                <thead>
                    <tr>
                        <th scope="col">"Rep"</th>
                        <th scope="col" class="num">"Quota"</th>
                        <th scope="col" class="num">"Attainment"</th>
                        {STACK.iter().map(|c| view! { <th scope="col" class="num">{c.label()}</th> }).collect_view()}
                        <th scope="col" class="num">"Expected"</th>
                    </tr>
                </thead>
                <tbody>
                    {forecast
                        .by_rep
                        .into_iter()
                        .map(|r| {
                            let base = Selection {
                                currency: currency.clone(),
                                owner_id: Some(r.owner_id),
                                ..Default::default()
                            };
                            view! {
                                <tr data-rep=r.name.clone()>
                                    <th scope="row">{r.name.clone()}</th>
                                    <td class="num">{r.quota_cents.map(|q| format_money(q, &currency)).unwrap_or_else(|| "—".into())}</td>
                                    <td class="num" data-permille=r.attainment_permille().map(|p| p.to_string()).unwrap_or_default()>
                                        {r.attainment_permille().map(format_permille).unwrap_or_else(|| "—".into())}
                                    </td>
                                    <AmountCells amounts=r.amounts currency=currency.clone() base pick />
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
