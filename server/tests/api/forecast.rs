use app::{
    auth::model::CurrentUser,
    customers,
    deals::{
        self,
        model::{NewDeal, Outcome},
    },
    error::AppError,
    forecast::{
        model::{month_of, Amounts, ForecastQuery, Quota, Thresholds},
        service,
    },
    pipelines,
};
use chrono::{Days, Months, NaiveDate, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{company, team, Team};

struct Fixture {
    t: Team,
    this_month: NaiveDate,
    next_month: NaiveDate,
}

async fn add_deal(pool: &PgPool, rep: &CurrentUser, company_id: Uuid, deal: NewDeal) -> Uuid {
    deals::service::create(
        pool,
        rep,
        NewDeal {
            company_id: Some(company_id),
            ..deal
        },
    )
    .await
    .expect("deal")
    .id
}

/// The deals of the hand-computed forecast below (values in cents):
///
/// | deal | rep | status | value     | win %        | closes       | counts as          |
/// |------|-----|--------|-----------|--------------|--------------|--------------------|
/// | A1   | Ana | open   | 1,000,000 | 90 (own)     | this month   | commit 900,000     |
/// | A2   | Ana | open   |   333,333 | 50 (stage)   | this month   | best case 166,666  |
/// | A3   | Ben | open   |   500,000 | 10 (own)     | next month   | pipeline 50,000    |
/// | A4   | Ben | won    |   200,000 | —            | won today    | won 200,000        |
/// | A5   | Ben | lost   |   700,000 | —            | this month   | nothing            |
/// | A6   | Ana | open   |   400,000 | 25           | no date      | undated, apart     |
/// | A7   | Ana | open   | USD 100,000 | 75 (own)   | this month   | USD best case 75,000 |
/// | A8   | Ana | open   | 9,000,000 | 90           | before period| nothing            |
async fn fixture(pool: &PgPool) -> Fixture {
    let t = team(pool).await;
    let pipeline = pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "New business")
        .await
        .expect("pipeline");
    let proposal = pipeline
        .stages
        .iter()
        .find(|s| s.name == "Proposal")
        .expect("Proposal")
        .id;
    let this_month = month_of(Utc::now().date_naive());
    let next_month = this_month + Months::new(1);
    let in_this_month = Some(this_month + Days::new(9));
    let ana_co = customers::service::create(pool, &t.ana, company("Granite Builders"))
        .await
        .expect("company")
        .id;
    let ben_co = customers::service::create(pool, &t.ben, company("Harbor Hotels"))
        .await
        .expect("company")
        .id;
    let deal =
        |title: &str, cents: i64, probability: Option<i16>, close: Option<NaiveDate>| NewDeal {
            title: title.into(),
            value_cents: cents,
            probability,
            close_date: close,
            ..NewDeal::blank()
        };
    add_deal(
        pool,
        &t.ana,
        ana_co,
        deal("A1", 1_000_000, Some(90), in_this_month),
    )
    .await;
    add_deal(
        pool,
        &t.ana,
        ana_co,
        NewDeal {
            stage_id: Some(proposal),
            ..deal("A2", 333_333, None, in_this_month)
        },
    )
    .await;
    add_deal(
        pool,
        &t.ben,
        ben_co,
        deal("A3", 500_000, Some(10), Some(next_month + Days::new(3))),
    )
    .await;
    let won = add_deal(
        pool,
        &t.ben,
        ben_co,
        deal("A4", 200_000, Some(60), Some(next_month)),
    )
    .await;
    deals::service::close(
        pool,
        &t.ben,
        won,
        Outcome::Won {
            reason: "Best price".into(),
        },
    )
    .await
    .expect("won");
    let lost = add_deal(
        pool,
        &t.ben,
        ben_co,
        deal("A5", 700_000, Some(80), in_this_month),
    )
    .await;
    deals::service::close(
        pool,
        &t.ben,
        lost,
        Outcome::Lost {
            reason: "No budget".into(),
        },
    )
    .await
    .expect("lost");
    add_deal(pool, &t.ana, ana_co, deal("A6", 400_000, Some(25), None)).await;
    add_deal(
        pool,
        &t.ana,
        ana_co,
        NewDeal {
            currency: "USD".into(),
            ..deal("A7", 100_000, Some(75), in_this_month)
        },
    )
    .await;
    add_deal(
        pool,
        &t.ana,
        ana_co,
        deal("A8", 9_000_000, Some(90), Some(this_month - Days::new(1))),
    )
    .await;

    for (rep, month, cents) in [
        (&t.ana, this_month, 2_000_000),
        (&t.ana, next_month, 1_000_000),
        (&t.ben, this_month, 400_000),
    ] {
        service::set_quota(
            pool,
            &t.manager,
            Quota {
                user_id: rep.id,
                month,
                currency: "EUR".into(),
                amount_cents: 0,
            },
            Some(cents),
        )
        .await
        .expect("quota");
    }
    Fixture {
        t,
        this_month,
        next_month,
    }
}

fn period(f: &Fixture) -> ForecastQuery {
    ForecastQuery {
        from: f.this_month,
        to: f.next_month,
        pipeline_id: None,
        owner_id: None,
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_forecast_equals_the_hand_computed_numbers(pool: PgPool) {
    let f = fixture(&pool).await;
    let forecast = service::forecast(&pool, &f.t.manager, period(&f))
        .await
        .expect("forecast");
    assert_eq!(
        forecast
            .currencies
            .iter()
            .map(|c| c.currency.as_str())
            .collect::<Vec<_>>(),
        ["EUR", "USD"],
        "largest first, never mixed"
    );
    let eur = forecast.currency("EUR").expect("EUR");
    assert_eq!(eur.by_month.len(), 2);
    assert_eq!(
        eur.by_month[0].amounts,
        Amounts {
            won: 200_000,
            commit: 900_000,
            best_case: 166_666,
            pipeline: 0
        }
    );
    assert_eq!(
        eur.by_month[1].amounts,
        Amounts {
            won: 0,
            commit: 0,
            best_case: 0,
            pipeline: 50_000
        }
    );
    assert_eq!(eur.total.expected(), 1_316_666);

    let ana = eur
        .by_rep
        .iter()
        .find(|r| r.owner_id == f.t.ana.id)
        .expect("Ana");
    assert_eq!(
        ana.amounts,
        Amounts {
            won: 0,
            commit: 900_000,
            best_case: 166_666,
            pipeline: 0
        }
    );
    assert_eq!(ana.quota_cents, Some(3_000_000));
    assert_eq!(ana.attainment_permille(), Some(0));
    let ben = eur
        .by_rep
        .iter()
        .find(|r| r.owner_id == f.t.ben.id)
        .expect("Ben");
    assert_eq!(
        ben.amounts,
        Amounts {
            won: 200_000,
            commit: 0,
            best_case: 0,
            pipeline: 50_000
        }
    );
    assert_eq!(ben.quota_cents, Some(400_000));
    assert_eq!(
        ben.attainment_permille(),
        Some(500),
        "200,000 of 400,000 = 50.0%"
    );

    let usd = forecast.currency("USD").expect("USD");
    assert_eq!(
        usd.total,
        Amounts {
            best_case: 75_000,
            ..Default::default()
        }
    );

    // Left out and counted apart: the deal without a close date.
    assert_eq!(
        forecast.undated.by_currency,
        vec![("EUR".to_string(), 1, 400_000)]
    );
    let counted: Vec<&str> = forecast
        .lines
        .iter()
        .map(|l| l.deal.title.as_str())
        .collect();
    for absent in ["A5", "A6", "A8"] {
        assert!(!counted.contains(&absent), "{absent} must not count");
    }

    // Raising the commit line to 95% moves A1 into best case.
    service::set_thresholds(
        &pool,
        &f.t.manager,
        Thresholds {
            commit_min: 95,
            best_case_min: 50,
        },
    )
    .await
    .expect("thresholds");
    let again = service::forecast(&pool, &f.t.manager, period(&f))
        .await
        .expect("forecast");
    let eur = again.currency("EUR").expect("EUR");
    assert_eq!(
        eur.total,
        Amounts {
            won: 200_000,
            commit: 0,
            best_case: 1_066_666,
            pipeline: 50_000
        }
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_sees_their_own_forecast_but_not_the_teams(pool: PgPool) {
    let f = fixture(&pool).await;
    let team_query = period(&f);
    assert_eq!(
        service::forecast(&pool, &f.t.ana, team_query.clone())
            .await
            .expect_err("team"),
        AppError::Forbidden
    );
    let bens = ForecastQuery {
        owner_id: Some(f.t.ben.id),
        ..team_query.clone()
    };
    assert_eq!(
        service::forecast(&pool, &f.t.ana, bens)
            .await
            .expect_err("Ben's"),
        AppError::Forbidden
    );
    let own = ForecastQuery {
        owner_id: Some(f.t.ana.id),
        ..team_query
    };
    let mine = service::forecast(&pool, &f.t.ana, own).await.expect("own");
    assert!(mine.lines.iter().all(|l| l.deal.owner_id == f.t.ana.id));
    assert_eq!(mine.currency("EUR").expect("EUR").by_rep.len(), 1);

    let quota = Quota {
        user_id: f.t.ana.id,
        month: f.this_month,
        currency: "EUR".into(),
        amount_cents: 0,
    };
    assert_eq!(
        service::set_quota(&pool, &f.t.ana, quota.clone(), Some(1))
            .await
            .expect_err("rep"),
        AppError::Forbidden
    );
    assert_eq!(
        service::set_thresholds(&pool, &f.t.ana, Thresholds::default())
            .await
            .expect_err("rep"),
        AppError::Forbidden
    );
    let error = service::set_quota(
        &pool,
        &f.t.manager,
        Quota {
            month: f.this_month + Days::new(3),
            ..quota
        },
        Some(1),
    )
    .await
    .expect_err("mid-month");
    assert!(error.field_errors().and_then(|e| e.get("month")).is_some());
    let error = service::set_thresholds(
        &pool,
        &f.t.manager,
        Thresholds {
            commit_min: 50,
            best_case_min: 60,
        },
    )
    .await
    .expect_err("inverted");
    assert!(error
        .field_errors()
        .and_then(|e| e.get("best_case_min"))
        .is_some());
}
