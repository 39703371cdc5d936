//! The forecast's arithmetic, on small books.

use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid")
}

fn deal(
    owner: u128,
    status: DealStatus,
    cents: i64,
    probability: i16,
    close: Option<&str>,
) -> ForecastDeal {
    ForecastDeal {
        id: Uuid::new_v4(),
        title: "Deal".into(),
        company_name: "Acme".into(),
        owner_id: Uuid::from_u128(owner),
        owner_name: format!("Rep {owner}"),
        pipeline_id: Uuid::nil(),
        stage_name: None,
        status,
        value_cents: cents,
        currency: "EUR".into(),
        probability: None,
        stage_probability: Some(probability),
        close_date: close.map(day),
        won_on: (status == DealStatus::Won).then(|| day(close.unwrap_or("2026-11-05"))),
    }
}

#[test]
fn quarters_and_months_cover_whole_months() {
    let q = ForecastQuery::this_quarter(day("2026-11-23"));
    assert_eq!((q.from, q.to), (day("2026-10-01"), day("2026-12-01")));
    assert_eq!(q.months().len(), 3);
    assert_eq!(q.end(), day("2027-01-01"));
    let bad = ForecastQuery {
        to: day("2026-09-01"),
        ..q
    };
    let err = bad.validate().expect_err("ends before it starts");
    assert_eq!(
        err.field_errors().and_then(|f| f.key("period")),
        Some("forecast-error-period-order")
    );
}

#[test]
fn a_period_at_the_end_of_the_calendar_is_refused_without_panicking() {
    let last = NaiveDate::from_ymd_opt(262_142, 12, 1).expect("valid");
    let query = ForecastQuery {
        from: last,
        to: last,
        pipeline_id: None,
        owner_id: None,
    };
    assert_eq!(query.months(), vec![last]);
    assert_eq!(query.end(), NaiveDate::MAX);
    let err = query.validate().expect_err("out of range");
    assert!(err.field_errors().and_then(|f| f.get("period")).is_some());
}

#[test]
fn weighted_values_fall_into_categories_and_lost_or_undated_deals_stay_out() {
    let query = ForecastQuery::this_month(day("2026-11-10"));
    let forecast = compute(
        &query,
        Thresholds::default(),
        vec![
            deal(1, DealStatus::Open, 10_001, 90, Some("2026-11-20")), // commit 9_000 (floor)
            deal(1, DealStatus::Open, 20_000, 50, Some("2026-11-21")), // best case 10_000
            deal(2, DealStatus::Open, 30_000, 49, Some("2026-11-30")), // pipeline 14_700
            deal(2, DealStatus::Won, 5_000, 0, Some("2026-11-02")),    // won 5_000
            deal(2, DealStatus::Lost, 99_000, 0, Some("2026-11-02")),
            deal(1, DealStatus::Open, 70_000, 75, None),
            deal(1, DealStatus::Open, 80_000, 75, Some("2026-12-01")), // next month
        ],
        &[Quota {
            user_id: Uuid::from_u128(2),
            month: day("2026-11-01"),
            currency: "EUR".into(),
            amount_cents: 40_000,
        }],
        &[],
    );
    let eur = forecast.currency("EUR").expect("EUR");
    assert_eq!(
        eur.total,
        Amounts {
            won: 5_000,
            commit: 9_000,
            best_case: 10_000,
            pipeline: 14_700
        }
    );
    assert_eq!(eur.total.expected(), 38_700);
    assert_eq!(
        forecast.undated.by_currency,
        vec![("EUR".to_string(), 1, 70_000)]
    );
    let rep2 = eur
        .by_rep
        .iter()
        .find(|r| r.owner_id == Uuid::from_u128(2))
        .expect("rep 2");
    assert_eq!(rep2.quota_cents, Some(40_000));
    assert_eq!(rep2.attainment_permille(), Some(125), "5,000 of 40,000");
    assert_eq!(format_permille(125), "12.5%");
    let commit = Selection {
        currency: "EUR".into(),
        category: Some(Category::Commit),
        ..Default::default()
    };
    assert_eq!(forecast.lines_for(&commit).count(), 1);
    assert_eq!(
        eur.csv_by_month(&month_columns(), "Total").lines().nth(1),
        Some("2026-11,EUR,50.00,90.00,100.00,147.00,387.00")
    );
}

fn month_columns() -> [String; 7] {
    [
        "Month",
        "Currency",
        "Won",
        "Commit",
        "Best case",
        "Pipeline",
        "Expected",
    ]
    .map(String::from)
}

#[test]
fn csv_columns_and_names_come_in_the_readers_words() {
    let query = ForecastQuery::this_month(day("2026-11-10"));
    let forecast = compute(
        &query,
        Thresholds::default(),
        vec![deal(1, DealStatus::Won, 5_000, 0, Some("2026-11-02"))],
        &[Quota {
            user_id: Uuid::from_u128(9),
            month: day("2026-11-01"),
            currency: "EUR".into(),
            amount_cents: 10_000,
        }],
        &[],
    );
    let eur = forecast.currency("EUR").expect("EUR");
    let by_month = eur.csv_by_month(&month_columns(), "Kopā, visi");
    assert_eq!(
        by_month.lines().next(),
        Some("Month,Currency,Won,Commit,Best case,Pipeline,Expected")
    );
    assert!(by_month
        .lines()
        .last()
        .is_some_and(|l| l.starts_with("\"Kopā, visi\",EUR,")));
    let rep_columns = [
        "Rep",
        "Currency",
        "Quota",
        "Won",
        "Attainment %",
        "Commit",
        "Best case",
        "Pipeline",
        "Expected",
    ]
    .map(String::from);
    let by_rep = eur.csv_by_rep(&rep_columns, "Former team member");
    // Someone no longer in the team has no name of their own.
    assert!(
        by_rep.contains("\nFormer team member,EUR,100.00,"),
        "{by_rep}"
    );
}

#[test]
fn thresholds_say_what_is_wrong_as_message_keys() {
    let err = Thresholds {
        commit_min: 0,
        best_case_min: 50,
    }
    .validate()
    .expect_err("commit from 0");
    let fields = err.field_errors().expect("fields");
    assert_eq!(fields.key("commit_min"), Some("forecast-error-percentage"));
    let err = Thresholds {
        commit_min: 60,
        best_case_min: 60,
    }
    .validate()
    .expect_err("best case not below commit");
    assert_eq!(
        err.field_errors().and_then(|f| f.key("best_case_min")),
        Some("forecast-error-best-case-below-commit")
    );
    assert!(Thresholds::default().validate().is_ok());
}
