//! The forecast page: pick a period, pipeline and rep; read the charts; check
//! the tables; export them; drill into any number.

mod chart;
mod settings;
mod tables;

use chrono::{Months, NaiveDate};
use leptos::prelude::*;
use leptos_meta::Title;
use uuid::Uuid;

use self::{
    chart::{AttainmentBars, MonthBars},
    settings::ForecastSettings,
    tables::{MonthTable, RepTable},
};
use crate::{
    auth::current::use_user,
    deals::model::{status_key, DealStatus},
    error::AppError,
    forecast::model::{category_key, month_of, Forecast, ForecastQuery, RepRow, Selection},
    i18n::{format, t, use_i18n, I18n, Locale},
    sync::client::use_sync,
    ui::{use_clock, ErrorNotice, Loading},
};

/// A rep's name, or what to call someone no longer in the team.
pub(crate) fn rep_name(i18n: I18n, row: &RepRow) -> String {
    if row.name.is_empty() {
        i18n.text("forecast-former-member")
    } else {
        row.name.clone()
    }
}

/// "2 deals (€5,000), 1 deal ($300)": items in the reader's language.
fn list(i18n: I18n, items: Vec<String>) -> String {
    items.join(&i18n.text("forecast-list-separator"))
}

/// "2026-11" (a month input's value) to its first day.
fn parse_month(value: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(&format!("{value}-01"), "%Y-%m-%d").ok()
}

/// Text as a `data:` URL, for a download link that needs no server round trip.
pub fn data_url(mime: &str, text: &str) -> String {
    let mut url = format!("data:{mime};charset=utf-8,");
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~,:".contains(&byte) {
            url.push(byte as char);
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

#[component]
pub fn ForecastPage() -> impl IntoView {
    let sync = use_sync();
    // The pickers list pipelines and reps from the device's copy: render once it is here.
    let ready = Memo::new(move |_| sync.with_view(|_| ()).is_some());
    view! {
        <Title text=t("forecast-title") />
        {move || if ready.get() {
            view! { <ForecastBody /> }.into_any()
        } else {
            view! { <Loading /> }.into_any()
        }}
    }
}

#[component]
fn ForecastBody() -> impl IntoView {
    let sync = use_sync();
    let user = use_user();
    let clock = use_clock();
    let i18n = use_i18n();
    let me = user.get_untracked();
    let is_manager = me.as_ref().is_some_and(|u| u.is_manager());
    let my_id = me.as_ref().map(|u| u.id);
    let today = clock.get_untracked().date();

    let period = RwSignal::new("this_quarter".to_string());
    let custom_from = RwSignal::new(month_of(today).format("%Y-%m").to_string());
    let custom_to = RwSignal::new(
        (month_of(today) + Months::new(2))
            .format("%Y-%m")
            .to_string(),
    );
    let pipeline = RwSignal::new(String::new());
    let rep = RwSignal::new(String::new());
    let query = Memo::new(move |_| {
        let base = match period.get().as_str() {
            "this_month" => ForecastQuery::this_month(today),
            "next_quarter" => ForecastQuery::this_quarter(ForecastQuery::this_quarter(today).end()),
            "custom" => {
                let from = parse_month(&custom_from.get()).unwrap_or(today);
                let to = parse_month(&custom_to.get()).unwrap_or(from);
                ForecastQuery {
                    from,
                    to,
                    pipeline_id: None,
                    owner_id: None,
                }
            }
            _ => ForecastQuery::this_quarter(today),
        };
        ForecastQuery {
            pipeline_id: Uuid::parse_str(&pipeline.get()).ok(),
            owner_id: if is_manager {
                Uuid::parse_str(&rep.get()).ok()
            } else {
                my_id
            },
            ..base
        }
    });
    // Only in the browser: the period is the device's "today".
    let me_id = my_id.unwrap_or_default();
    let forecast = LocalResource::new(move || crate::forecast::local::load(me_id, query.get()));
    let (pipelines, team) =
        untrack(|| sync.with_view(|d| (d.pipeline_list(), d.team.clone()))).unwrap_or_default();
    let pick = RwSignal::new(None::<Selection>);
    let currency = RwSignal::new(None::<String>);
    Effect::new(move || {
        query.track();
        pick.set(None);
    });
    let refetch = Callback::new(move |_| forecast.refetch());

    view! {
        <header class="page-header">
            <h1>{if is_manager { t("forecast-team-title") } else { t("forecast-my-title") }}</h1>
        </header>
        <form class="toolbar forecast-controls" aria-label=t("forecast-filters") on:submit=|ev| ev.prevent_default()>
            <label class="field">
                <span>{t("forecast-period")}</span>
                <select on:change=move |ev| period.set(event_target_value(&ev)) prop:value=move || period.get()>
                    <option value="this_month">{t("forecast-this-month")}</option>
                    <option value="this_quarter" selected=true>{t("forecast-this-quarter")}</option>
                    <option value="next_quarter">{t("forecast-next-quarter")}</option>
                    <option value="custom">{t("forecast-custom")}</option>
                </select>
            </label>
            <Show when=move || period.get() == "custom">
                <label class="field">
                    <span>{t("forecast-from")}</span>
                    <input type="month" prop:value=move || custom_from.get() on:change=move |ev| custom_from.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>{t("forecast-to")}</span>
                    <input type="month" prop:value=move || custom_to.get() on:change=move |ev| custom_to.set(event_target_value(&ev)) />
                </label>
            </Show>
            <label class="field">
                <span>{t("forecast-pipeline")}</span>
                <select on:change=move |ev| pipeline.set(event_target_value(&ev))>
                    <option value="">{t("forecast-all-pipelines")}</option>
                    {pipelines.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.name}</option> }).collect_view()}
                </select>
            </label>
            {is_manager.then(|| view! {
                <label class="field">
                    <span>{t("forecast-rep")}</span>
                    <select on:change=move |ev| rep.set(event_target_value(&ev))>
                        <option value="">{t("forecast-whole-team")}</option>
                        {team.into_iter().map(|m| view! { <option value=m.id.to_string()>{m.name}</option> }).collect_view()}
                    </select>
                </label>
            })}
        </form>
        <Transition fallback=|| view! { <Loading label="forecast-computing" /> }>
            {move || Suspend::new(async move {
                match forecast.await {
                    Ok((f, read_at)) => view! {
                        {read_at.map(|at| {
                            let at = at.with_timezone(&chrono::Local).naive_local();
                            let read = move || {
                                let time = format::day_time(i18n.locale(), at);
                                i18n.text_with("forecast-offline-as-read", &[("time", time.into())])
                            };
                            view! {
                                <div class="notice" role="status" data-testid="forecast-offline">
                                    <p>{read}</p>
                                </div>
                            }
                        })}
                        <ForecastView forecast=f currency pick is_manager refetch />
                    }
                    .into_any(),
                    Err(AppError::Network(_)) => view! {
                        <section class="empty-state">
                            <h2>{t("forecast-needs-connection")}</h2>
                            <p>{t("forecast-needs-connection-body")}</p>
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ForecastView(
    forecast: Forecast,
    currency: RwSignal<Option<String>>,
    pick: RwSignal<Option<Selection>>,
    is_manager: bool,
    refetch: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let currencies: Vec<String> = forecast
        .currencies
        .iter()
        .map(|c| c.currency.clone())
        .collect();
    let shown = {
        let currencies = currencies.clone();
        move || {
            currency
                .get()
                .filter(|c| currencies.contains(c))
                .or_else(|| currencies.first().cloned())
        }
    };
    let forecast = StoredValue::new(forecast);
    let thresholds = forecast.with_value(|f| f.thresholds);
    let undated = forecast.with_value(|f| f.undated.clone());
    let months = forecast.with_value(|f| f.months.clone());
    let explanation = move || {
        i18n.text_with(
            "forecast-explanation",
            &[
                ("commit", i64::from(thresholds.commit_min).into()),
                ("best", i64::from(thresholds.best_case_min).into()),
            ],
        )
    };

    view! {
        <p class="muted small">{explanation}</p>
        {(!undated.deals.is_empty()).then(|| {
            let summary = move || {
                let locale = i18n.locale();
                let deals = undated
                    .by_currency
                    .iter()
                    .map(|(c, n, v)| {
                        i18n.text_with(
                            "forecast-undated-deals",
                            &[
                                ("count", (*n as i64).into()),
                                ("amount", format::money(locale, *v, c).into()),
                            ],
                        )
                    })
                    .collect();
                i18n.text_with("forecast-undated", &[("deals", list(i18n, deals).into())])
            };
            view! {
                <div class="notice" role="note" data-testid="undated">
                    <p>{summary}</p>
                </div>
            }
        })}
        {(currencies.len() > 1).then(|| view! {
            <div class="tabs" role="tablist" aria-label=t("forecast-currency")>
                {currencies.iter().cloned().map(|c| {
                    let label = c.clone();
                    let value = c.clone();
                    let shown = shown.clone();
                    view! {
                        <button type="button" role="tab" class="tab"
                            aria-selected=move || (shown() == Some(c.clone())).to_string()
                            on:click=move |_| currency.set(Some(value.clone()))
                        >{label}</button>
                    }
                }).collect_view()}
            </div>
        })}
        {move || {
            // Drawn again in a new language: the charts measure their labels.
            let locale = i18n.locale();
            let Some(code) = shown() else {
                return view! {
                    <section class="empty-state">
                        <h2>{i18n.text("forecast-empty-title")}</h2>
                        <p>{i18n.text("forecast-empty-body")}</p>
                    </section>
                }
                .into_any();
            };
            let Some(cf) = forecast.with_value(|f| f.currency(&code).cloned()) else {
                return ().into_any();
            };
            let month_columns = [
                i18n.text("forecast-month"),
                i18n.text("forecast-currency"),
                i18n.text("forecast-category-won"),
                i18n.text("forecast-category-commit"),
                i18n.text("forecast-category-best-case"),
                i18n.text("forecast-category-pipeline"),
                i18n.text("forecast-expected"),
            ];
            let rep_columns = [
                i18n.text("forecast-rep"),
                i18n.text("forecast-currency"),
                i18n.text("forecast-quota"),
                i18n.text("forecast-category-won"),
                i18n.text("forecast-attainment-percent"),
                i18n.text("forecast-category-commit"),
                i18n.text("forecast-category-best-case"),
                i18n.text("forecast-category-pipeline"),
                i18n.text("forecast-expected"),
            ];
            let by_month_csv = data_url(
                "text/csv",
                &cf.csv_by_month(&month_columns, &i18n.text("forecast-total")),
            );
            let by_rep_csv = data_url(
                "text/csv",
                &cf.csv_by_rep(&rep_columns, &i18n.text("forecast-former-member")),
            );
            let currency_arg = || [("currency", code.as_str().into())];
            let by_month_heading = i18n.text_with("forecast-by-month-heading", &currency_arg());
            let by_rep_heading = i18n.text_with("forecast-by-rep-heading", &currency_arg());
            let big_number = i18n.text_with(
                "forecast-expected-won",
                &[
                    ("expected", format::money(locale, cf.total.expected(), &code).into()),
                    ("won", format::money(locale, cf.total.won, &code).into()),
                ],
            );
            let download = i18n.text("forecast-download-csv");
            let code_month = code.clone();
            let code_rep = code.clone();
            view! {
                <section class="card" aria-labelledby="by-month-heading">
                    <div class="section-header">
                        <h2 id="by-month-heading">{by_month_heading}</h2>
                        <a class="btn" href=by_month_csv download=format!("forecast-by-month-{code}.csv")>{download.clone()}</a>
                    </div>
                    <p class="big-number">{big_number}</p>
                    <MonthBars
                        rows=cf.by_month.clone()
                        currency=code.clone()
                        locale
                        on_pick=move |(month, category)| pick.set(Some(Selection {
                            currency: code_month.clone(),
                            month: Some(month),
                            category: Some(category),
                            ..Default::default()
                        }))
                    />
                    <MonthTable forecast=cf.clone() locale pick />
                </section>
                <section class="card" aria-labelledby="by-rep-heading">
                    <div class="section-header">
                        <h2 id="by-rep-heading">{by_rep_heading}</h2>
                        <a class="btn" href=by_rep_csv download=format!("forecast-by-rep-{code}.csv")>{download}</a>
                    </div>
                    {if cf.by_rep.is_empty() {
                        view! { <p class="muted">{i18n.text("forecast-no-reps")}</p> }.into_any()
                    } else {
                        view! {
                            <AttainmentBars
                                rows=cf.by_rep.clone()
                                locale
                                on_pick=move |owner| pick.set(Some(Selection {
                                    currency: code_rep.clone(),
                                    owner_id: Some(owner),
                                    ..Default::default()
                                }))
                            />
                        }
                        .into_any()
                    }}
                    <RepTable forecast=cf.clone() locale pick />
                </section>
            }
            .into_any()
        }}
        {move || {
            let locale = i18n.locale();
            pick.get().map(|selection| view! { <DrillDown forecast selection locale pick /> })
        }}
        {move || {
            // Month names in the quota form follow the language.
            i18n.locale();
            is_manager.then(|| view! { <ForecastSettings months=months.clone() thresholds refetch /> })
        }}
    }
}

/// The deals behind the number the user picked.
#[component]
fn DrillDown(
    forecast: StoredValue<Forecast>,
    selection: Selection,
    locale: Locale,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // Drawn again by the page when the language changes.
    let text = |key: &str| untrack(|| i18n.text(key));
    let lines: Vec<_> = forecast.with_value(|f| f.lines_for(&selection).cloned().collect());
    let total: i64 = lines.iter().map(|l| l.amount_cents).sum();
    let currency = selection.currency.clone();
    let rep = lines
        .first()
        .filter(|_| selection.owner_id.is_some())
        .map(|l| l.deal.owner_name.clone());
    let title = [
        selection.category.map(|c| text(category_key(c))),
        selection.month.map(|m| format::month_year(locale, m)),
        rep,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let title = if title.is_empty() {
        text("forecast-drill-all")
    } else {
        title
    };
    let heading = untrack(|| {
        i18n.text_with(
            "forecast-drill-heading",
            &[
                ("title", title.into()),
                ("count", (lines.len() as i64).into()),
                ("amount", format::money(locale, total, &currency).into()),
            ],
        )
    });
    view! {
        <section class="card drill" aria-labelledby="drill-heading" data-testid="drill-down">
            <div class="section-header">
                <h2 id="drill-heading">{heading}</h2>
                <button type="button" class="btn btn-ghost" on:click=move |_| pick.set(None)>{t("forecast-close")}</button>
            </div>
            {lines.is_empty().then(|| view! { <p class="muted">{t("forecast-drill-none")}</p> })}
            <div class="table-wrap">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("forecast-deal")}</th>
                            <th scope="col">{t("forecast-customer")}</th>
                            <th scope="col">{t("forecast-rep")}</th>
                            <th scope="col">{t("forecast-stage")}</th>
                            <th scope="col">{t("forecast-closes")}</th>
                            <th scope="col" class="num">{t("forecast-win-percent")}</th>
                            <th scope="col" class="num">{t("forecast-value")}</th>
                            <th scope="col" class="num">{t("forecast-counted")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {lines.into_iter().map(|l| {
                            let d = &l.deal;
                            let href = format!("/deals?pipeline={}&deal={}", d.pipeline_id, d.id);
                            let stage = if d.status == DealStatus::Open {
                                d.stage_name.clone().unwrap_or_default()
                            } else {
                                text(status_key(d.status))
                            };
                            let closes = d.won_on.or(d.close_date).map(|c| format::date(locale, c)).unwrap_or_default();
                            let probability = format::percent(locale, i64::from(d.effective_probability()) * 10);
                            view! {
                                <tr data-deal=d.id.to_string()>
                                    <td><a href=href>{d.title.clone()}</a></td>
                                    <td>{d.company_name.clone()}</td>
                                    <td>{d.owner_name.clone()}</td>
                                    <td>{stage}</td>
                                    <td>{closes}</td>
                                    <td class="num">{probability}</td>
                                    <td class="num">{format::money(locale, d.value_cents, &d.currency)}</td>
                                    <td class="num" data-amount=l.amount_cents.to_string()>{format::money(locale, l.amount_cents, &d.currency)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_downloads_are_percent_encoded() {
        assert_eq!(
            data_url("text/csv", "Rep,Won\nAna \"A\",1.00\n"),
            "data:text/csv;charset=utf-8,Rep,Won%0AAna%20%22A%22,1.00%0A"
        );
    }
}
