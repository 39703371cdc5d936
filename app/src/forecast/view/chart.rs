//! The forecast's charts, drawn as SVG by the app: stacked bars by month and
//! category, and each rep's quota attainment. Every shape carries its number
//! (data-amount) and is a button that drills into the deals behind it.

use chrono::NaiveDate;
use leptos::prelude::*;
use uuid::Uuid;

use super::rep_name;
use crate::{
    forecast::model::{category_key, Category, MonthRow, RepRow},
    i18n::{format, t, use_i18n, Locale},
};

const W: f64 = 640.0;
const H: f64 = 260.0;
const BOTTOM: f64 = 28.0;
const TOP: f64 = 16.0;
/// Width of one character of a label in viewBox units, at the largest font the
/// stylesheet gives charts (20 units on a phone, where the chart is scaled down
/// the most): labels are measured with it so none is cut off at the edge.
const CHAR_W: f64 = 12.0;

/// Room for the longest of these labels, plus a gap, and at least `min`.
fn label_room<'a>(labels: impl IntoIterator<Item = &'a str>, min: f64, max: f64) -> f64 {
    let longest = labels
        .into_iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    (longest as f64 * CHAR_W + 10.0).clamp(min, max)
}

/// A round axis maximum (1, 2 or 5 × 10ⁿ) at or above `max`.
pub fn nice_max(max: i64) -> i64 {
    if max <= 0 {
        return 100;
    }
    let mut step = 1i64;
    while step.saturating_mul(10) <= max {
        step = step.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .iter()
        .map(|m| step.saturating_mul(*m))
        .find(|v| *v >= max)
        .unwrap_or(max)
}

/// Bottom to top, the order bars stack in.
pub const STACK: [Category; 4] = [
    Category::Won,
    Category::Commit,
    Category::BestCase,
    Category::Pipeline,
];

/// `locale`: the page draws the charts again when it changes (labels are
/// measured to make room for them).
#[component]
pub fn MonthBars(
    rows: Vec<MonthRow>,
    currency: String,
    locale: Locale,
    #[prop(into)] on_pick: Callback<(NaiveDate, Category)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let top = nice_max(rows.iter().map(|r| r.amounts.expected()).max().unwrap_or(0));
    let plot_h = H - BOTTOM - TOP;
    // 5M in 1M steps, 2M in 500k steps: gridlines on round numbers.
    let mut leading = top;
    while leading >= 10 {
        leading /= 10;
    }
    let steps = if leading == 2 { 4 } else { 5 };
    let ticks: Vec<(i64, String)> = (0..=steps)
        .map(|i| {
            let value = top * i / steps;
            (value, format::money_short(locale, value, &currency))
        })
        .collect();
    let left = label_room(ticks.iter().map(|(_, l)| l.as_str()), 64.0, 200.0);
    let band = (W - left) / rows.len().max(1) as f64;
    let bar = (band * 0.6).min(72.0);
    let y = move |cents: i64| TOP + plot_h - plot_h * cents as f64 / top as f64;
    let grid = ticks
        .into_iter()
        .map(|(value, label)| {
            let gy = y(value);
            view! {
                <g class="grid">
                    <line x1=left x2=W y1=gy y2=gy />
                    <text x=left - 6.0 y=gy + 6.0 text-anchor="end">{label}</text>
                </g>
            }
        })
        .collect_view();
    let bars = rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let x = left + band * i as f64 + (band - bar) / 2.0;
            let mut base = 0i64;
            let month_label = format::month_year_short(locale, row.month);
            let segments = STACK
                .iter()
                .filter(|c| row.amounts.get(**c) > 0)
                .map(|category| {
                    let amount = row.amounts.get(*category);
                    let (y0, y1) = (y(base), y(base + amount));
                    base += amount;
                    let label = format!(
                        "{month_label} · {} · {}",
                        untrack(|| i18n.text(category_key(*category))),
                        format::money(locale, amount, &currency)
                    );
                    let (month, category) = (row.month, *category);
                    let aria = label.clone();
                    view! {
                        <rect
                            class=format!("seg seg-{}", category.as_str())
                            x=x
                            y=y1
                            width=bar
                            height=(y0 - y1).max(1.0)
                            data-month=month.format("%Y-%m").to_string()
                            data-category=category.as_str()
                            data-amount=amount.to_string()
                            role="button"
                            tabindex="0"
                            aria-label=aria
                            on:click=move |_| on_pick.run((month, category))
                            on:keydown=move |ev| {
                                if ev.key() == "Enter" || ev.key() == " " {
                                    ev.prevent_default();
                                    on_pick.run((month, category));
                                }
                            }
                        >
                            <title>{label}</title>
                        </rect>
                    }
                })
                .collect_view();
            view! {
                <g class="bar">
                    {segments}
                    <text class="axis-label" x=x + bar / 2.0 y=H - 8.0 text-anchor="middle">
                        {format::month_short(locale, row.month)}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart" viewBox=format!("0 0 {W} {H}") role="group" aria-label=t("forecast-chart-by-month")>
            {grid}
            {bars}
        </svg>
        <Legend />
    }
}

#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="legend">
            {STACK
                .iter()
                .map(|c| view! { <li><span class=format!("swatch seg-{}", c.as_str())></span>{t(category_key(*c))}</li> })
                .collect_view()}
        </ul>
    }
}

const ROW: f64 = 30.0;

/// `locale`: the page draws the charts again when it changes.
#[component]
pub fn AttainmentBars(
    rows: Vec<RepRow>,
    locale: Locale,
    #[prop(into)] on_pick: Callback<Uuid>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (no_quota, names): (String, Vec<String>) = untrack(|| {
        (
            i18n.text("forecast-no-quota"),
            rows.iter().map(|r| rep_name(i18n, r)).collect(),
        )
    });
    let name_w = label_room(names.iter().map(String::as_str), 140.0, 280.0);
    // "No quota" or "100.0%", the longest value shown at a bar's end.
    let hundred_label = format::percent(locale, 1000);
    let value_w = label_room([no_quota.as_str(), hundred_label.as_str()], 60.0, 120.0);
    let scale_max = rows
        .iter()
        .filter_map(RepRow::attainment_permille)
        .max()
        .unwrap_or(0)
        .clamp(1200, 2000) as f64;
    let plot_w = W - name_w - value_w;
    let x = move |permille: i64| name_w + plot_w * (permille as f64).min(scale_max) / scale_max;
    // Room below the bars for the "100%" label, descent included (20 units on a phone).
    let height = ROW * rows.len().max(1) as f64 + 32.0;
    let hundred = x(1000);
    let bars = rows
        .into_iter()
        .zip(names)
        .enumerate()
        .map(|(i, (row, name))| {
            let y = 8.0 + ROW * i as f64;
            let owner = row.owner_id;
            let attainment = row.attainment_permille();
            let label = untrack(|| match attainment {
                Some(p) => i18n.text_with(
                    "forecast-attainment-of-quota",
                    &[
                        ("name", name.as_str().into()),
                        ("percent", format::percent(locale, p).into()),
                    ],
                ),
                None => i18n.text_with("forecast-no-quota-set", &[("name", name.as_str().into())]),
            });
            let aria = label.clone();
            view! {
                <g
                    class="rep-bar"
                    data-rep=row.name.clone()
                    data-permille=attainment.map(|p| p.to_string()).unwrap_or_default()
                    role="button"
                    tabindex="0"
                    aria-label=aria
                    on:click=move |_| on_pick.run(owner)
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            on_pick.run(owner);
                        }
                    }
                >
                    <title>{label}</title>
                    <text x=name_w - 8.0 y=y + 15.0 text-anchor="end">{name.clone()}</text>
                    <rect class="track" x=name_w y=y width=plot_w height=ROW - 10.0 />
                    {attainment.map(|p| {
                        let class = if p >= 1000 { "fill met" } else { "fill" };
                        view! {
                        <rect
                            class=class
                            x=name_w
                            y=y
                            width=(x(p) - name_w).max(1.0)
                            height=ROW - 10.0
                        />
                        }
                    })}
                    <text class="value" x=W - 4.0 y=y + 15.0 text-anchor="end">
                        {attainment.map(|p| format::percent(locale, p)).unwrap_or_else(|| no_quota.clone())}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="chart chart-attainment" viewBox=format!("0 0 {W} {height}") role="group" aria-label=t("forecast-chart-by-rep")>
            {bars}
            <line class="target" x1=hundred x2=hundred y1=0 y2=height - 26.0 />
            <text class="axis-label" x=hundred y=height - 7.0 text-anchor="middle">{hundred_label}</text>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn axes_end_on_round_numbers() {
        assert_eq!(nice_max(0), 100);
        assert_eq!(nice_max(7), 10);
        assert_eq!(nice_max(1_234_500), 2_000_000);
        assert_eq!(nice_max(5_000_000), 5_000_000);
        assert_eq!(nice_max(5_000_001), 10_000_000);
    }

    #[test]
    fn long_labels_get_room_within_limits() {
        assert_eq!(label_room(["€0", "€5k"], 64.0, 200.0), 64.0);
        assert_eq!(label_room(["CHF 1.5M"], 64.0, 200.0), 8.0 * CHAR_W + 10.0);
        assert_eq!(
            label_room(["A very long rep name indeed"], 140.0, 280.0),
            280.0
        );
    }
}
