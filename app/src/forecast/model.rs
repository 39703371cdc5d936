//! The forecast's arithmetic: pure, in integer minor units, per currency.
//!
//! - Open deals count at value × win probability (the deal's own, else its
//!   stage's), truncated to whole cents per deal, in the month of their expected
//!   close date, and fall into a category by that probability.
//! - Won deals count in full, in the month they were won.
//! - Lost deals never count; open deals without a close date are left out and
//!   reported apart, so nobody mistakes a gap in the data for a weak month.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    auth::model::TeamMember,
    deals::model::DealStatus,
    error::{AppError, FieldErrors},
    i18n::Text,
    text_enum::text_enum,
    validate,
};

text_enum!(Category {
    Won => ("won", "Won"),
    Commit => ("commit", "Commit"),
    BestCase => ("best_case", "Best case"),
    Pipeline => ("pipeline", "Pipeline"),
});

/// The message naming a category (see `i18n`).
pub fn category_key(category: Category) -> &'static str {
    match category {
        Category::Won => "forecast-category-won",
        Category::Commit => "forecast-category-commit",
        Category::BestCase => "forecast-category-best-case",
        Category::Pipeline => "forecast-category-pipeline",
    }
}

/// "Enter a percentage from 1 to 100."
fn percentage_range(min: i64) -> Text {
    Text::new("forecast-error-percentage")
        .num("min", min)
        .num("max", 100)
}

/// Where categories start, in % win probability (managers set them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Thresholds {
    pub commit_min: i16,
    pub best_case_min: i16,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            commit_min: 90,
            best_case_min: 50,
        }
    }
}

impl Thresholds {
    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if !(1..=100).contains(&self.commit_min) {
            errors.add("commit_min", percentage_range(1));
        }
        if !(0..=100).contains(&self.best_case_min) {
            errors.add("best_case_min", percentage_range(0));
        } else if self.best_case_min >= self.commit_min {
            errors.add(
                "best_case_min",
                Text::new("forecast-error-best-case-below-commit"),
            );
        }
        errors.into_result()
    }

    /// The category of an open deal with this win probability.
    pub fn category(&self, probability: i16) -> Category {
        if probability >= self.commit_min {
            Category::Commit
        } else if probability >= self.best_case_min {
            Category::BestCase
        } else {
            Category::Pipeline
        }
    }
}

/// The first day of the month `day` is in.
pub fn month_of(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}

pub const MAX_MONTHS: usize = 24;

/// Which deals the forecast covers: whole months `from`..=`to` (first days).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForecastQuery {
    pub from: NaiveDate,
    pub to: NaiveDate,
    #[serde(default)]
    pub pipeline_id: Option<Uuid>,
    /// One rep's forecast; `None`: the whole team (managers only).
    #[serde(default)]
    pub owner_id: Option<Uuid>,
}

impl ForecastQuery {
    pub fn this_month(today: NaiveDate) -> Self {
        let month = month_of(today);
        ForecastQuery {
            from: month,
            to: month,
            pipeline_id: None,
            owner_id: None,
        }
    }

    pub fn this_quarter(today: NaiveDate) -> Self {
        let first = (today.month0() / 3) * 3 + 1;
        let from = NaiveDate::from_ymd_opt(today.year(), first, 1).unwrap_or(today);
        ForecastQuery {
            from,
            to: from + Months::new(2),
            pipeline_id: None,
            owner_id: None,
        }
    }

    /// The months covered, in order (none when the query is invalid).
    pub fn months(&self) -> Vec<NaiveDate> {
        let mut months = Vec::new();
        let mut month = month_of(self.from);
        while month <= self.to && months.len() <= MAX_MONTHS {
            months.push(month);
            // Checked: a query near the end of the calendar must not panic.
            match month.checked_add_months(Months::new(1)) {
                Some(next) => month = next,
                None => break,
            }
        }
        months
    }

    /// The day after the last day covered.
    pub fn end(&self) -> NaiveDate {
        month_of(self.to)
            .checked_add_months(Months::new(1))
            .unwrap_or(NaiveDate::MAX)
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if !validate::YEARS.contains(&self.from.year())
            || !validate::YEARS.contains(&self.to.year())
        {
            errors.add("period", validate::date_range_message());
        } else if self.from.day() != 1 || self.to.day() != 1 {
            errors.add("period", Text::new("forecast-error-whole-months"));
        } else if self.to < self.from {
            errors.add("period", Text::new("forecast-error-period-order"));
        } else if self.months().len() > MAX_MONTHS {
            errors.add(
                "period",
                Text::new("forecast-error-period-too-long").num("max", MAX_MONTHS as i64),
            );
        }
        errors.into_result()
    }
}

/// A deal as the forecast reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForecastDeal {
    pub id: Uuid,
    pub title: String,
    pub company_name: String,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub pipeline_id: Uuid,
    pub stage_name: Option<String>,
    pub status: DealStatus,
    pub value_cents: i64,
    pub currency: String,
    /// The deal's own win probability, if set.
    pub probability: Option<i16>,
    pub stage_probability: Option<i16>,
    pub close_date: Option<NaiveDate>,
    /// The day it was won, in the viewer's time zone.
    pub won_on: Option<NaiveDate>,
}

impl ForecastDeal {
    pub fn effective_probability(&self) -> i16 {
        match self.status {
            DealStatus::Won => 100,
            DealStatus::Lost => 0,
            DealStatus::Open => self.probability.or(self.stage_probability).unwrap_or(0),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quota {
    pub user_id: Uuid,
    pub month: NaiveDate,
    pub currency: String,
    pub amount_cents: i64,
}

/// A deal counted in the forecast: where, and for how much.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub deal: ForecastDeal,
    pub month: NaiveDate,
    pub category: Category,
    /// Full value for won deals, weighted value for open ones.
    pub amount_cents: i64,
}

/// Amounts per category, in one currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amounts {
    pub won: i64,
    pub commit: i64,
    pub best_case: i64,
    pub pipeline: i64,
}

impl Amounts {
    pub fn get(&self, category: Category) -> i64 {
        match category {
            Category::Won => self.won,
            Category::Commit => self.commit,
            Category::BestCase => self.best_case,
            Category::Pipeline => self.pipeline,
        }
    }

    fn add(&mut self, category: Category, cents: i64) {
        match category {
            Category::Won => self.won += cents,
            Category::Commit => self.commit += cents,
            Category::BestCase => self.best_case += cents,
            Category::Pipeline => self.pipeline += cents,
        }
    }

    /// Won so far plus the weighted open deals.
    pub fn expected(&self) -> i64 {
        self.won + self.commit + self.best_case + self.pipeline
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthRow {
    pub month: NaiveDate,
    pub amounts: Amounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepRow {
    pub owner_id: Uuid,
    /// Empty for someone no longer in the team.
    pub name: String,
    pub amounts: Amounts,
    /// The sum of the rep's monthly quotas in the period, in this currency.
    pub quota_cents: Option<i64>,
}

impl RepRow {
    /// Won ÷ quota in tenths of a percent (875 = 87.5 %), rounded down.
    pub fn attainment_permille(&self) -> Option<i64> {
        let quota = self.quota_cents.filter(|q| *q > 0)?;
        Some(
            i64::try_from(i128::from(self.amounts.won) * 1000 / i128::from(quota))
                .unwrap_or(i64::MAX),
        )
    }
}

/// "87.5%" (for `i18n::format::percent`; views call that).
pub fn format_permille(permille: i64) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

/// Everything about one currency: by month, by rep, and in total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrencyForecast {
    pub currency: String,
    pub by_month: Vec<MonthRow>,
    pub by_rep: Vec<RepRow>,
    pub total: Amounts,
}

/// Open deals left out because they have no expected close date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Undated {
    pub deals: Vec<ForecastDeal>,
    /// (currency, count, total value), largest value first.
    pub by_currency: Vec<(String, usize, i64)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forecast {
    pub query: ForecastQuery,
    pub thresholds: Thresholds,
    pub months: Vec<NaiveDate>,
    /// Largest expected total first.
    pub currencies: Vec<CurrencyForecast>,
    pub lines: Vec<Line>,
    pub undated: Undated,
}

/// Builds the forecast for `query` from candidate deals (lost and out-of-period
/// ones are skipped here, whatever the caller passes), quotas and the team.
pub fn compute(
    query: &ForecastQuery,
    thresholds: Thresholds,
    deals: Vec<ForecastDeal>,
    quotas: &[Quota],
    team: &[TeamMember],
) -> Forecast {
    let months = query.months();
    let in_period = |day: NaiveDate| day >= query.from && day < query.end();
    let mut lines = Vec::new();
    let mut undated = Undated::default();
    for deal in deals {
        if query.pipeline_id.is_some_and(|p| p != deal.pipeline_id)
            || query.owner_id.is_some_and(|o| o != deal.owner_id)
        {
            continue;
        }
        let (day, category, amount) = match deal.status {
            DealStatus::Lost => continue,
            DealStatus::Won => match deal.won_on {
                Some(day) => (day, Category::Won, deal.value_cents),
                None => continue,
            },
            DealStatus::Open => {
                let Some(day) = deal.close_date else {
                    match undated
                        .by_currency
                        .iter_mut()
                        .find(|c| c.0 == deal.currency)
                    {
                        Some(entry) => {
                            entry.1 += 1;
                            entry.2 += deal.value_cents;
                        }
                        None => {
                            undated
                                .by_currency
                                .push((deal.currency.clone(), 1, deal.value_cents))
                        }
                    }
                    undated.deals.push(deal);
                    continue;
                };
                let probability = deal.effective_probability();
                let weighted = deal.value_cents * i64::from(probability) / 100;
                (day, thresholds.category(probability), weighted)
            }
        };
        if in_period(day) {
            lines.push(Line {
                month: month_of(day),
                category,
                amount_cents: amount,
                deal,
            });
        }
    }
    lines.sort_by(|a, b| {
        (
            a.month,
            a.category as u8,
            std::cmp::Reverse(a.amount_cents),
            a.deal.id,
        )
            .cmp(&(
                b.month,
                b.category as u8,
                std::cmp::Reverse(b.amount_cents),
                b.deal.id,
            ))
    });
    undated.by_currency.sort_by_key(|c| std::cmp::Reverse(c.2));

    let mut currencies: Vec<String> = lines.iter().map(|l| l.deal.currency.clone()).collect();
    currencies.extend(quotas.iter().map(|q| q.currency.clone()));
    currencies.sort();
    currencies.dedup();
    let mut per_currency: Vec<CurrencyForecast> = currencies
        .into_iter()
        .map(|currency| currency_forecast(query, &months, &lines, quotas, team, currency))
        .collect();
    per_currency.sort_by_key(|c| std::cmp::Reverse(c.total.expected()));
    Forecast {
        query: query.clone(),
        thresholds,
        months,
        currencies: per_currency,
        lines,
        undated,
    }
}

fn currency_forecast(
    query: &ForecastQuery,
    months: &[NaiveDate],
    lines: &[Line],
    quotas: &[Quota],
    team: &[TeamMember],
    currency: String,
) -> CurrencyForecast {
    let lines: Vec<&Line> = lines
        .iter()
        .filter(|l| l.deal.currency == currency)
        .collect();
    let mut total = Amounts::default();
    let by_month = months
        .iter()
        .map(|month| {
            let mut amounts = Amounts::default();
            for line in lines.iter().filter(|l| l.month == *month) {
                amounts.add(line.category, line.amount_cents);
            }
            for category in Category::ALL {
                total.add(*category, amounts.get(*category));
            }
            MonthRow {
                month: *month,
                amounts,
            }
        })
        .collect();

    // Every rep with a deal or a quota here; names from the deals, else the
    // team. Someone no longer in the team has no name (the page says who).
    let mut by_rep: Vec<RepRow> = Vec::new();
    let row = |by_rep: &mut Vec<RepRow>, id: Uuid, name: &str| -> usize {
        match by_rep.iter().position(|r| r.owner_id == id) {
            Some(i) => i,
            None => {
                by_rep.push(RepRow {
                    owner_id: id,
                    name: name.to_string(),
                    amounts: Amounts::default(),
                    quota_cents: None,
                });
                by_rep.len() - 1
            }
        }
    };
    for line in &lines {
        let i = row(&mut by_rep, line.deal.owner_id, &line.deal.owner_name);
        by_rep[i].amounts.add(line.category, line.amount_cents);
    }
    for quota in quotas.iter().filter(|q| {
        q.currency == currency
            && q.month >= query.from
            && q.month <= query.to
            && query.owner_id.is_none_or(|o| o == q.user_id)
    }) {
        let name = team
            .iter()
            .find(|m| m.id == quota.user_id)
            .map(|m| m.name.as_str())
            .unwrap_or("");
        let i = row(&mut by_rep, quota.user_id, name);
        *by_rep[i].quota_cents.get_or_insert(0) += quota.amount_cents;
    }
    by_rep.sort_by_cached_key(|r| (r.name.to_lowercase(), r.owner_id));
    CurrencyForecast {
        currency,
        by_month,
        by_rep,
        total,
    }
}

/// The deals behind a number: one currency, narrowed by month, rep and category.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub currency: String,
    pub month: Option<NaiveDate>,
    pub owner_id: Option<Uuid>,
    pub category: Option<Category>,
}

impl Forecast {
    pub fn lines_for<'a>(
        &'a self,
        selection: &'a Selection,
    ) -> impl Iterator<Item = &'a Line> + 'a {
        self.lines.iter().filter(move |l| {
            l.deal.currency == selection.currency
                && selection.month.is_none_or(|m| m == l.month)
                && selection.owner_id.is_none_or(|o| o == l.deal.owner_id)
                && selection.category.is_none_or(|c| c == l.category)
        })
    }

    pub fn currency(&self, currency: &str) -> Option<&CurrencyForecast> {
        self.currencies.iter().find(|c| c.currency == currency)
    }
}

/// "12500.50": a plain decimal for spreadsheets (never through a float).
pub fn decimal(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// A CSV header line from column names (in the reader's language).
fn csv_header(columns: &[String]) -> String {
    let mut line = columns
        .iter()
        .map(|c| csv_field(c))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

impl CurrencyForecast {
    /// The month table as CSV, with the same numbers the page shows: its
    /// columns named Month, Currency, Won, Commit, Best case, Pipeline,
    /// Expected, and its last row `total`, in the reader's language.
    pub fn csv_by_month(&self, columns: &[String; 7], total: &str) -> String {
        let mut csv = csv_header(columns);
        let mut row = |label: &str, a: &Amounts| {
            csv.push_str(&format!(
                "{label},{},{},{},{},{},{}\n",
                self.currency,
                decimal(a.won),
                decimal(a.commit),
                decimal(a.best_case),
                decimal(a.pipeline),
                decimal(a.expected())
            ));
        };
        for m in &self.by_month {
            row(&m.month.format("%Y-%m").to_string(), &m.amounts);
        }
        row(&csv_field(total), &self.total);
        csv
    }

    /// The rep table as CSV: columns named Rep, Currency, Quota, Won,
    /// Attainment %, Commit, Best case, Pipeline, Expected; `former` names
    /// someone no longer in the team.
    pub fn csv_by_rep(&self, columns: &[String; 9], former: &str) -> String {
        let mut csv = csv_header(columns);
        for r in &self.by_rep {
            let name = if r.name.is_empty() { former } else { &r.name };
            let attainment = r
                .attainment_permille()
                .map(|p| format!("{}.{}", p / 10, p % 10))
                .unwrap_or_default();
            csv.push_str(&format!(
                "{},{},{},{},{attainment},{},{},{},{}\n",
                csv_field(name),
                self.currency,
                r.quota_cents.map(decimal).unwrap_or_default(),
                decimal(r.amounts.won),
                decimal(r.amounts.commit),
                decimal(r.amounts.best_case),
                decimal(r.amounts.pipeline),
                decimal(r.amounts.expected()),
            ));
        }
        csv
    }
}

#[cfg(test)]
mod tests;
