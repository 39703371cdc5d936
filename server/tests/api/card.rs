//! The customer card on a phone (issue 15): a won deal's reason through a
//! push, a visit logged with the time it happened, the name check before a
//! create, and the timeline of a customer the server does not have yet.

use app::{
    activities::model::{ActivityKind, NewActivity},
    customers::model::CompanyQuery,
    deals::model::{DealStatus, NewDeal, Outcome},
    error::AppError,
    sync::model::{MutationOp, MutationResult},
};
use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use chrono::{Duration, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::{
    helpers::{company, device_copy, push, team, PASSWORD},
    http::{app, send, session_cookie, sign_in},
};

/// A company with one open deal, pushed by Ana; (company id, deal id).
async fn company_with_deal(pool: &PgPool, t: &crate::helpers::Team) -> (Uuid, Uuid) {
    app::pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "Sales")
        .await
        .expect("pipeline");
    let acme = company("Acme");
    let deal = NewDeal {
        title: "Chillers".into(),
        company_id: Some(acme.id),
        ..NewDeal::blank()
    };
    let ids = (acme.id, deal.id);
    let results = push(
        pool,
        &t.ana,
        Uuid::new_v4(),
        vec![
            (1, MutationOp::CreateCompany(acme)),
            (2, MutationOp::CreateDeal(deal)),
        ],
    )
    .await;
    assert!(
        results.iter().all(|(_, r)| *r == MutationResult::Applied),
        "{results:?}"
    );
    ids
}

fn refused_field(result: &MutationResult) -> Option<String> {
    match result {
        MutationResult::Rejected(AppError::Validation(fields)) => fields.0.keys().next().cloned(),
        _ => None,
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_deal_won_through_a_push_keeps_its_reason_and_a_won_without_one_is_refused(pool: PgPool) {
    let t = team(&pool).await;
    let (_, deal) = company_with_deal(&pool, &t).await;
    // Queued by the app before reasons were asked for: it still reads, and
    // the server refuses it for want of a reason (the queue goes on).
    let legacy: MutationOp = serde_json::from_value(serde_json::json!({
        "name": "close_deal",
        "args": { "id": deal, "outcome": "Won" },
    }))
    .expect("an edit queued by the previous release");
    let blank = MutationOp::CloseDeal {
        id: deal,
        outcome: Outcome::Won {
            reason: "   ".into(),
        },
    };
    let won = MutationOp::CloseDeal {
        id: deal,
        outcome: Outcome::Won {
            reason: "Best price: beat the incumbent by 4 %".into(),
        },
    };
    let device = Uuid::new_v4();
    let results = push(
        &pool,
        &t.ana,
        device,
        vec![(1, legacy), (2, blank), (3, won)],
    )
    .await;
    assert_eq!(refused_field(&results[0].1).as_deref(), Some("won_reason"));
    assert_eq!(refused_field(&results[1].1).as_deref(), Some("won_reason"));
    assert_eq!(results[2].1, MutationResult::Applied);

    let stored = app::deals::db::find(&pool, deal)
        .await
        .expect("read")
        .expect("deal");
    assert_eq!(stored.status, DealStatus::Won);
    // Kept where lost reasons are kept, so every reader of one reads the other.
    assert_eq!(stored.lost_reason, "Best price: beat the incumbent by 4 %");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_visit_logged_in_the_evening_keeps_the_morning_it_happened(pool: PgPool) {
    let t = team(&pool).await;
    let (acme, _) = company_with_deal(&pool, &t).await;
    // Yesterday at 10:00 (UTC here; the form converts the rep's wall clock).
    let morning = (Utc::now() - Duration::days(1))
        .date_naive()
        .and_hms_opt(10, 0, 0)
        .expect("10:00")
        .and_utc();
    let visit = NewActivity {
        kind: ActivityKind::Visit,
        subject: "Store visit".into(),
        done: true,
        done_at: Some(morning),
        ..NewActivity::blank(acme)
    };
    let tomorrow = NewActivity {
        subject: "Logged ahead of time".into(),
        done: true,
        done_at: Some(Utc::now() + Duration::days(1)),
        ..NewActivity::blank(acme)
    };
    let planned_with_a_time = NewActivity {
        subject: "Not done, yet it happened?".into(),
        done: false,
        done_at: Some(morning),
        ..NewActivity::blank(acme)
    };
    let visit_id = visit.id;
    let results = push(
        &pool,
        &t.ana,
        Uuid::new_v4(),
        vec![
            (1, MutationOp::CreateActivity(visit)),
            (2, MutationOp::CreateActivity(tomorrow)),
            (3, MutationOp::CreateActivity(planned_with_a_time)),
        ],
    )
    .await;
    assert_eq!(results[0].1, MutationResult::Applied);
    assert_eq!(refused_field(&results[1].1).as_deref(), Some("done_at"));
    assert_eq!(refused_field(&results[2].1).as_deref(), Some("done_at"));
    let stored = app::activities::db::find(&pool, visit_id)
        .await
        .expect("read")
        .expect("visit");
    assert_eq!(stored.done_at, Some(morning));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_timeline_of_a_company_the_server_does_not_have_is_a_clean_404(pool: PgPool) {
    let t = team(&pool).await;
    let app = app(pool.clone());
    let cookie = session_cookie(&sign_in(&app, &t.ana.email, PASSWORD).await);
    // A company made on a phone, opened before its create reached the server.
    let unknown = Uuid::new_v4();
    let reply = send(
        &app,
        Request::get(format!(
            "/api/deals/events_for_company?company_id={unknown}"
        ))
        .header(header::COOKIE, &cookie)
        .header(header::ACCEPT, "application/json")
        .body(Body::empty())
        .expect("request"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::NOT_FOUND, "{}", reply.body);
    assert!(
        matches!(reply.error(), Some(AppError::NotFound(_))),
        "{}",
        reply.body
    );
    // Once it is there, the same call answers an empty timeline.
    let (acme, _) = company_with_deal(&pool, &t).await;
    let reply = send(
        &app,
        Request::get(format!("/api/deals/events_for_company?company_id={acme}"))
            .header(header::COOKIE, &cookie)
            .header(header::ACCEPT, "application/json")
            .body(Body::empty())
            .expect("request"),
    )
    .await;
    assert_eq!(reply.status, StatusCode::OK, "{}", reply.body);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_new_name_is_checked_against_every_live_customer_whatever_its_case(pool: PgPool) {
    let t = team(&pool).await;
    company_with_deal(&pool, &t).await;
    let free = |name: &'static str| {
        let pool = pool.clone();
        async move { app::customers::service::name_free(&pool, name).await }
    };
    // Ana's "Acme" is not on Ben's phone; the server still knows it.
    assert_eq!(free("  ACME ").await, Ok(false));
    assert_eq!(free("Acme Two").await, Ok(true));
    assert!(free("").await.is_err(), "a name is required");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_customer_list_filters_by_tag(pool: PgPool) {
    let t = team(&pool).await;
    let mut vip = company("Vip Co");
    vip.tags = vec!["vip".into()];
    push(
        &pool,
        &t.ana,
        Uuid::new_v4(),
        vec![
            (1, MutationOp::CreateCompany(vip)),
            (2, MutationOp::CreateCompany(company("Plain Co"))),
        ],
    )
    .await;
    let page = device_copy(&pool, &t.ana)
        .await
        .company_page(&CompanyQuery {
            tag: Some("VIP".into()),
            ..Default::default()
        });
    let names: Vec<_> = page.items.into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["Vip Co"]);
}
