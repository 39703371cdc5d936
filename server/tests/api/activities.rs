use app::{
    activities::{
        model::{ActivityKind, ActivityPatch, CheckIn, Due, NewActivity},
        service,
    },
    auth::model::CurrentUser,
    customers::{self, model::CompanyPatch},
    deals::{
        self,
        model::{DealStatus, NewDeal, Outcome},
    },
    error::AppError,
    pipelines,
    sync::model::{Change, MutationOp, MutationResult, PullRequest, Record},
};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{company, push, team};

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("valid").to_utc()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid")
}

async fn customer_of(pool: &PgPool, rep: &CurrentUser, name: &str) -> Uuid {
    customers::service::create(pool, rep, company(name))
        .await
        .expect("company")
        .id
}

fn follow_up(company_id: Uuid, subject: &str, on: &str, time: Option<&str>) -> NewActivity {
    NewActivity {
        subject: subject.into(),
        due: Due {
            on: Some(day(on)),
            time: time.map(|t| NaiveTime::parse_from_str(t, "%H:%M").expect("time")),
        },
        ..NewActivity::blank(company_id)
    }
}

fn subjects(list: &[app::activities::model::Activity]) -> Vec<&str> {
    list.iter().map(|a| a.subject.as_str()).collect()
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn overdue_is_judged_on_the_owners_own_wall_clock(pool: PgPool) {
    let t = team(&pool).await;
    service::set_time_zone(&pool, &t.ana, "Pacific/Auckland")
        .await
        .expect("Auckland");
    service::set_time_zone(&pool, &t.ben, "America/Los_Angeles")
        .await
        .expect("Los Angeles");
    for rep in [&t.ana, &t.ben] {
        let customer = customer_of(&pool, rep, &format!("{} Bakery", rep.name)).await;
        for new in [
            follow_up(customer, "call at ten", "2026-11-23", Some("10:00")),
            follow_up(customer, "some time that day", "2026-11-23", None),
            follow_up(customer, "next week", "2026-11-30", None),
        ] {
            service::create(&pool, rep, new).await.expect("create");
        }
    }

    // 12:00 UTC: already 01:00 on the 24th in Auckland, 04:00 on the 23rd in Los Angeles.
    let noon = at("2026-11-23T12:00:00Z");
    let ana = service::agenda(&pool, &t.ana, noon).await.expect("agenda");
    assert_eq!(
        subjects(&ana.overdue),
        ["call at ten", "some time that day"]
    );
    assert!(ana.today.is_empty());
    let ben = service::agenda(&pool, &t.ben, noon).await.expect("agenda");
    assert!(ben.overdue.is_empty());
    assert_eq!(subjects(&ben.today), ["call at ten", "some time that day"]);

    // 18:30 UTC is 10:30 in Los Angeles: the timed call is late, the rest of the day is not.
    let later = service::agenda(&pool, &t.ben, at("2026-11-23T18:30:00Z"))
        .await
        .expect("agenda");
    assert_eq!(subjects(&later.overdue), ["call at ten"]);
    assert_eq!(subjects(&later.today), ["some time that day"]);

    let error = service::set_time_zone(&pool, &t.ana, "Mars/Olympus_Mons")
        .await
        .expect_err("unknown zone");
    assert!(error
        .field_errors()
        .and_then(|f| f.get("time_zone"))
        .is_some());
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_follow_up_planned_and_completed_offline_syncs_and_leaves_the_agenda(pool: PgPool) {
    let t = team(&pool).await;
    let customer = customer_of(&pool, &t.ana, "Cedar Dental").await;
    let new = follow_up(customer, "Send the quote", "2026-11-20", None);
    let id = new.id;
    let client = Uuid::new_v4();
    let results = push(
        &pool,
        &t.ana,
        client,
        vec![(1, MutationOp::CreateActivity(new.clone()))],
    )
    .await;
    assert_eq!(results, [(1, MutationResult::Applied)]);
    let now = at("2026-11-23T09:00:00Z");
    let agenda = service::agenda(&pool, &t.ana, now).await.expect("agenda");
    assert_eq!(subjects(&agenda.overdue), ["Send the quote"]);

    // The retried create (its answer was lost) and the completion, in one batch.
    let results = push(
        &pool,
        &t.ana,
        client,
        vec![
            (1, MutationOp::CreateActivity(new)),
            (2, MutationOp::CompleteActivity { id, done: true }),
        ],
    )
    .await;
    assert_eq!(
        results,
        [
            (1, MutationResult::AlreadyProcessed),
            (2, MutationResult::Applied)
        ]
    );
    let agenda = service::agenda(&pool, &t.ana, now).await.expect("agenda");
    assert!(agenda.overdue.is_empty());

    let page = app::sync::service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: client,
            cursor: 0,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull");
    let pulled = page
        .changes
        .iter()
        .find_map(|c| match c {
            Change::Put(Record::Activity(a)) if a.id == id => Some(a.clone()),
            _ => None,
        })
        .expect("the activity reaches the device");
    assert!(pulled.done_at.is_some());
    assert_eq!(pulled.created_by, Some(t.ana.id));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn reps_only_touch_their_own_activities_and_only_visits_check_in(pool: PgPool) {
    let t = team(&pool).await;
    let customer = customer_of(&pool, &t.ana, "Delta Motors").await;
    let call = service::create(
        &pool,
        &t.ana,
        follow_up(customer, "Call", "2026-11-24", None),
    )
    .await
    .expect("call");
    let error = service::update(
        &pool,
        &t.ben,
        call.id,
        ActivityPatch::reschedule(Due::default()),
    )
    .await
    .expect_err("not Ben's");
    assert_eq!(error, AppError::Forbidden);
    let error = service::create(
        &pool,
        &t.ben,
        follow_up(customer, "Sneaky", "2026-11-24", None),
    )
    .await
    .expect_err("not Ben's customer");
    assert_eq!(error, AppError::Forbidden);

    let here = CheckIn {
        at: Utc::now(),
        lat_e6: Some(38_722_300),
        lng_e6: Some(-9_139_300),
        accuracy_m: Some(20),
    };
    let error = service::check_in(&pool, &t.ana, call.id, here.clone())
        .await
        .expect_err("a call has no check-in");
    assert!(error
        .field_errors()
        .and_then(|f| f.get("checkin"))
        .is_some());

    let visit = service::create(
        &pool,
        &t.ana,
        NewActivity {
            kind: ActivityKind::Visit,
            ..follow_up(customer, "Visit the plant", "2026-11-24", Some("14:00"))
        },
    )
    .await
    .expect("visit");
    let visited = service::check_in(&pool, &t.ana, visit.id, here.clone())
        .await
        .expect("check in");
    assert_eq!(
        visited.checkin.as_ref().and_then(|c| c.place()).as_deref(),
        Some("38.72230, -9.13930 (±20 m)")
    );
    let error = service::check_in(
        &pool,
        &t.ana,
        visit.id,
        CheckIn {
            lat_e6: Some(123_000_000),
            ..here
        },
    )
    .await
    .expect_err("off the globe");
    assert!(error.field_errors().is_some());

    let error = service::create(&pool, &t.ana, follow_up(customer, " ", "2026-11-24", None))
        .await
        .expect_err("no subject");
    assert!(error
        .field_errors()
        .and_then(|f| f.get("subject"))
        .is_some());
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_customer_changing_hands_takes_its_activities_to_the_new_rep(pool: PgPool) {
    let t = team(&pool).await;
    let customer = customer_of(&pool, &t.ana, "Ember Foods").await;
    let call = service::create(
        &pool,
        &t.ana,
        follow_up(customer, "Intro call", "2026-11-24", None),
    )
    .await
    .expect("call");
    customers::service::update(
        &pool,
        &t.manager,
        customer,
        CompanyPatch {
            owner_id: Some(t.ben.id),
            ..Default::default()
        },
    )
    .await
    .expect("reassign");
    let moved = service::get(&pool, &t.ben, call.id)
        .await
        .expect("Ben's now");
    assert_eq!(moved.owner_id, t.ben.id);
    assert_eq!(
        service::get(&pool, &t.ana, call.id)
            .await
            .expect_err("not Ana's"),
        AppError::Forbidden
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_timeline_carries_the_customers_deal_events(pool: PgPool) {
    let t = team(&pool).await;
    pipelines::service::create(&pool, &t.manager, Uuid::new_v4(), "New business")
        .await
        .expect("pipeline");
    let customer = customer_of(&pool, &t.ana, "Falcon Hotels").await;
    let deal = deals::service::create(
        &pool,
        &t.ana,
        NewDeal {
            title: "Linen contract".into(),
            company_id: Some(customer),
            ..NewDeal::blank()
        },
    )
    .await
    .expect("deal");
    deals::service::close(
        &pool,
        &t.ana,
        deal.id,
        Outcome::Won {
            reason: "Best price".into(),
        },
    )
    .await
    .expect("won");
    let events = deals::service::events_for_company(&pool, &t.ana, customer)
        .await
        .expect("events");
    let described: Vec<String> = events.iter().map(|e| e.entry.describe()).collect();
    assert_eq!(described, ["Marked won", "Created in Lead"]);
    assert_eq!(events[0].entry.to_status, DealStatus::Won);
    assert_eq!(events[0].deal_title, "Linen contract");
    assert_eq!(
        deals::service::events_for_company(&pool, &t.ben, customer)
            .await
            .expect_err("not Ben's customer"),
        AppError::Forbidden
    );
}
