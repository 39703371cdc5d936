//! The tables under the charts: the same numbers, each a way into its deals.

use leptos::prelude::*;

use super::{chart::STACK, rep_name};
use crate::{
    forecast::model::{category_key, Amounts, Category, CurrencyForecast, Selection},
    i18n::{format, t, use_i18n, Locale},
};

/// An amount that opens the deals behind it.
#[component]
fn Cell(
    cents: i64,
    currency: String,
    locale: Locale,
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
                {format::money(locale, cents, &currency)}
            </button>
        </td>
    }
}

/// A row's four category amounts and their sum, each opening its deals.
#[component]
fn AmountCells(
    amounts: Amounts,
    currency: String,
    locale: Locale,
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
                    locale
                    selection=Selection { category: Some(*c), ..base.clone() }
                    pick
                />
            })
            .collect_view()}
        <Cell cents=amounts.expected() currency=currency.clone() locale selection=base.clone() pick />
    }
}

/// Column headers: the categories, in stacking order.
fn category_headers() -> impl IntoView {
    STACK
        .iter()
        .map(|c| view! { <th scope="col" class="num">{t(category_key(*c))}</th> })
        .collect_view()
}

/// `locale`: the page draws the tables again when it changes.
#[component]
pub fn MonthTable(
    forecast: CurrencyForecast,
    locale: Locale,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    let i18n = use_i18n();
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
                <AmountCells amounts currency=currency.clone() locale base pick />
            </tr>
        }
    };
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("forecast-table-by-month")>
                <thead>
                    <tr>
                        <th scope="col">{t("forecast-month")}</th>
                        {category_headers()}
                        <th scope="col" class="num">{t("forecast-expected")}</th>
                    </tr>
                </thead>
                <tbody>
                    {forecast
                        .by_month
                        .iter()
                        .map(|m| row(format::month_year(locale, m.month), Some(m.month), m.amounts))
                        .collect_view()}
                </tbody>
                <tfoot>{row(untrack(|| i18n.text("forecast-total")), None, forecast.total)}</tfoot>
            </table>
        </div>
    }
}

/// `locale`: the page draws the tables again when it changes.
#[component]
pub fn RepTable(
    forecast: CurrencyForecast,
    locale: Locale,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currency = forecast.currency.clone();
    view! {
        <div class="table-wrap">
            <table class="data-table" aria-label=t("forecast-table-by-rep")>
                <thead>
                    <tr>
                        <th scope="col">{t("forecast-rep")}</th>
                        <th scope="col" class="num">{t("forecast-quota")}</th>
                        <th scope="col" class="num">{t("forecast-attainment")}</th>
                        {category_headers()}
                        <th scope="col" class="num">{t("forecast-expected")}</th>
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
                                    <th scope="row">{untrack(|| rep_name(i18n, &r))}</th>
                                    <td class="num">{r.quota_cents.map(|q| format::money(locale, q, &currency)).unwrap_or_else(|| "—".into())}</td>
                                    <td class="num" data-permille=r.attainment_permille().map(|p| p.to_string()).unwrap_or_default()>
                                        {r.attainment_permille().map(|p| format::percent(locale, p)).unwrap_or_else(|| "—".into())}
                                    </td>
                                    <AmountCells amounts=r.amounts currency=currency.clone() locale base pick />
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </div>
    }
}
