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
    deals::model::format_money,
    error::AppError,
    forecast::model::{month_of, Forecast, ForecastQuery, Selection},
    sync::client::use_sync,
    ui::{use_clock, ErrorNotice, Loading},
};

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
        <Title text="Forecast" />
        {move || if ready.get() {
            view! { <ForecastBody /> }.into_any()
        } else {
            view! { <Loading label="Loading…" /> }.into_any()
        }}
    }
}

#[component]
fn ForecastBody() -> impl IntoView {
    let sync = use_sync();
    let user = use_user();
    let clock = use_clock();
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
            <h1>{if is_manager { "Team forecast" } else { "My forecast" }}</h1>
        </header>
        <form class="toolbar forecast-controls" aria-label="Forecast filters" on:submit=|ev| ev.prevent_default()>
            <label class="field">
                <span>"Period"</span>
                <select on:change=move |ev| period.set(event_target_value(&ev)) prop:value=move || period.get()>
                    <option value="this_month">"This month"</option>
                    <option value="this_quarter" selected=true>"This quarter"</option>
                    <option value="next_quarter">"Next quarter"</option>
                    <option value="custom">"Custom…"</option>
                </select>
            </label>
            <Show when=move || period.get() == "custom">
                <label class="field">
                    <span>"From"</span>
                    <input type="month" prop:value=move || custom_from.get() on:change=move |ev| custom_from.set(event_target_value(&ev)) />
                </label>
                <label class="field">
                    <span>"To"</span>
                    <input type="month" prop:value=move || custom_to.get() on:change=move |ev| custom_to.set(event_target_value(&ev)) />
                </label>
            </Show>
            <label class="field">
                <span>"Pipeline"</span>
                <select on:change=move |ev| pipeline.set(event_target_value(&ev))>
                    <option value="">"All pipelines"</option>
                    {pipelines.into_iter().map(|p| view! { <option value=p.id.to_string()>{p.name}</option> }).collect_view()}
                </select>
            </label>
            {is_manager.then(|| view! {
                <label class="field">
                    <span>"Rep"</span>
                    <select on:change=move |ev| rep.set(event_target_value(&ev))>
                        <option value="">"Whole team"</option>
                        {team.into_iter().map(|m| view! { <option value=m.id.to_string()>{m.name}</option> }).collect_view()}
                    </select>
                </label>
            })}
        </form>
        <Transition fallback=|| view! { <Loading label="Computing the forecast…" /> }>
            {move || Suspend::new(async move {
                match forecast.await {
                    Ok((f, read_at)) => view! {
                        {read_at.map(|at| {
                            let at = at.with_timezone(&chrono::Local).format("%-d %b %H:%M").to_string();
                            view! {
                                <div class="notice" role="status" data-testid="forecast-offline">
                                    <p>{format!("Offline: these are the numbers as read on {at}. They update when you are back online.")}</p>
                                </div>
                            }
                        })}
                        <ForecastView forecast=f currency pick is_manager refetch />
                    }
                    .into_any(),
                    Err(AppError::Network(_)) => view! {
                        <section class="empty-state">
                            <h2>"The forecast needs a connection"</h2>
                            <p>"It is computed from the whole team’s deals on the server, and this period has not been read on this device yet. It shows as soon as you are online."</p>
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

    view! {
        <p class="muted small">
            {format!(
                "Open deals count at value × win probability in their expected close month; won deals in full in the month they were won; lost deals not at all. Commit ≥ {}%, best case ≥ {}%, pipeline below. Totals are per currency, never converted.",
                thresholds.commit_min, thresholds.best_case_min,
            )}
        </p>
        {(!undated.deals.is_empty()).then(|| {
            let summary = undated
                .by_currency
                .iter()
                .map(|(c, n, v)| format!("{n} {} ({})", if *n == 1 { "deal" } else { "deals" }, format_money(*v, c)))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <div class="notice" role="note" data-testid="undated">
                    <p>{format!("Not in this forecast: {summary} with no expected close date. Give them a close date to count them.")}</p>
                </div>
            }
        })}
        {(currencies.len() > 1).then(|| view! {
            <div class="tabs" role="tablist" aria-label="Currency">
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
            let Some(code) = shown() else {
                return view! {
                    <section class="empty-state">
                        <h2>"Nothing to forecast"</h2>
                        <p>"No open deal closes in this period, none was won in it, and no quota is set. Try another period or pipeline."</p>
                    </section>
                }
                .into_any();
            };
            let Some(cf) = forecast.with_value(|f| f.currency(&code).cloned()) else {
                return ().into_any();
            };
            let by_month_csv = data_url("text/csv", &cf.csv_by_month());
            let by_rep_csv = data_url("text/csv", &cf.csv_by_rep());
            let code_month = code.clone();
            let code_rep = code.clone();
            view! {
                <section class="card" aria-labelledby="by-month-heading">
                    <div class="section-header">
                        <h2 id="by-month-heading">{format!("Expected revenue by month · {code}")}</h2>
                        <a class="btn" href=by_month_csv download=format!("forecast-by-month-{code}.csv")>"Download CSV"</a>
                    </div>
                    <p class="big-number">
                        {format!("Expected {} · won so far {}", format_money(cf.total.expected(), &code), format_money(cf.total.won, &code))}
                    </p>
                    <MonthBars
                        rows=cf.by_month.clone()
                        currency=code.clone()
                        on_pick=move |(month, category)| pick.set(Some(Selection {
                            currency: code_month.clone(),
                            month: Some(month),
                            category: Some(category),
                            ..Default::default()
                        }))
                    />
                    <MonthTable forecast=cf.clone() pick />
                </section>
                <section class="card" aria-labelledby="by-rep-heading">
                    <div class="section-header">
                        <h2 id="by-rep-heading">{format!("Quota attainment by rep · {code}")}</h2>
                        <a class="btn" href=by_rep_csv download=format!("forecast-by-rep-{code}.csv")>"Download CSV"</a>
                    </div>
                    {if cf.by_rep.is_empty() {
                        view! { <p class="muted">"No rep has deals or a quota in this period."</p> }.into_any()
                    } else {
                        view! {
                            <AttainmentBars
                                rows=cf.by_rep.clone()
                                on_pick=move |owner| pick.set(Some(Selection {
                                    currency: code_rep.clone(),
                                    owner_id: Some(owner),
                                    ..Default::default()
                                }))
                            />
                        }
                        .into_any()
                    }}
                    <RepTable forecast=cf.clone() pick />
                </section>
            }
            .into_any()
        }}
        {move || pick.get().map(|selection| view! { <DrillDown forecast selection pick /> })}
        {is_manager.then(|| view! { <ForecastSettings months=months.clone() thresholds refetch /> })}
    }
}

/// The deals behind the number the user picked.
#[component]
fn DrillDown(
    forecast: StoredValue<Forecast>,
    selection: Selection,
    pick: RwSignal<Option<Selection>>,
) -> impl IntoView {
    let lines: Vec<_> = forecast.with_value(|f| f.lines_for(&selection).cloned().collect());
    let total: i64 = lines.iter().map(|l| l.amount_cents).sum();
    let currency = selection.currency.clone();
    let rep = lines
        .first()
        .filter(|_| selection.owner_id.is_some())
        .map(|l| l.deal.owner_name.clone());
    let title = [
        selection.category.map(|c| c.label().to_string()),
        selection.month.map(|m| m.format("%B %Y").to_string()),
        rep,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let title = if title.is_empty() {
        "All deals in the period".to_string()
    } else {
        title
    };
    view! {
        <section class="card drill" aria-labelledby="drill-heading" data-testid="drill-down">
            <div class="section-header">
                <h2 id="drill-heading">{format!("{title} · {} deals · {}", lines.len(), format_money(total, &currency))}</h2>
                <button type="button" class="btn btn-ghost" on:click=move |_| pick.set(None)>"Close"</button>
            </div>
            {lines.is_empty().then(|| view! { <p class="muted">"No deals behind this number."</p> })}
            <div class="table-wrap">
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">"Deal"</th>
                            <th scope="col">"Customer"</th>
                            <th scope="col">"Rep"</th>
                            <th scope="col">"Stage"</th>
                            <th scope="col">"Closes"</th>
                            <th scope="col" class="num">"Win %"</th>
                            <th scope="col" class="num">"Value"</th>
                            <th scope="col" class="num">"Counted"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {lines.into_iter().map(|l| {
                            let d = &l.deal;
                            let href = format!("/deals?pipeline={}&deal={}", d.pipeline_id, d.id);
                            let stage = if d.status == crate::deals::model::DealStatus::Open {
                                d.stage_name.clone().unwrap_or_default()
                            } else {
                                d.status.label().to_string()
                            };
                            let closes = d.won_on.or(d.close_date).map(|c| c.format("%-d %b %Y").to_string()).unwrap_or_default();
                            view! {
                                <tr data-deal=d.id.to_string()>
                                    <td><a href=href>{d.title.clone()}</a></td>
                                    <td>{d.company_name.clone()}</td>
                                    <td>{d.owner_name.clone()}</td>
                                    <td>{stage}</td>
                                    <td>{closes}</td>
                                    <td class="num">{format!("{}%", d.effective_probability())}</td>
                                    <td class="num">{format_money(d.value_cents, &d.currency)}</td>
                                    <td class="num" data-amount=l.amount_cents.to_string()>{format_money(l.amount_cents, &d.currency)}</td>
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
