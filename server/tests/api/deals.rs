use app::{
    auth::model::CurrentUser,
    customers,
    deals::{
        model::{BoardQuery, Deal, DealMove, DealPatch, DealStatus, NewDeal, Outcome},
        service,
    },
    error::AppError,
    pipelines::{self, model::Pipeline},
};
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{company, team, Team};

/// A pipeline with the default stages (Lead, Qualified, Proposal, Negotiation).
async fn pipeline(pool: &PgPool, t: &Team) -> Pipeline {
    pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "New business")
        .await
        .expect("pipeline")
}

async fn customer_of(pool: &PgPool, rep: &CurrentUser, name: &str) -> Uuid {
    customers::service::create(pool, rep, company(name))
        .await
        .expect("company")
        .id
}

async fn deal(pool: &PgPool, rep: &CurrentUser, company_id: Uuid, title: &str) -> Deal {
    service::create(
        pool,
        rep,
        NewDeal {
            title: title.into(),
            company_id: Some(company_id),
            value_cents: 1_000_000,
            ..NewDeal::blank()
        },
    )
    .await
    .expect("deal")
}

/// (title, position) of the open deals in a stage, in order.
async fn column(pool: &PgPool, stage: Uuid) -> Vec<(String, i32)> {
    sqlx::query_as(
        "select title, position from deals where stage_id = $1 and status = 'open' order by position",
    )
    .bind(stage)
    .fetch_all(pool)
    .await
    .expect("column")
}

fn mv(deal: &Deal, stage: Uuid, before: Option<&Deal>) -> DealMove {
    DealMove {
        deal_id: deal.id,
        stage_id: stage,
        before_id: before.map(|d| d.id),
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_new_deal_lands_on_top_of_the_first_stage_at_its_probability(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let first = deal(&pool, &t.ana, acme, "First").await;
    let second = deal(&pool, &t.ana, acme, "Second").await;
    assert_eq!(second.stage_id, Some(p.stages[0].id));
    assert_eq!(second.owner_id, t.ana.id);
    assert_eq!(second.effective_probability(p.stages[0].probability), 10);
    assert_eq!(
        column(&pool, p.stages[0].id).await,
        vec![("Second".into(), -1024), ("First".into(), 0)]
    );
    let detail = service::detail(&pool, &t.ana, first.id)
        .await
        .expect("detail");
    assert_eq!(detail.history.len(), 1);
    assert_eq!(detail.history[0].describe(), "Created in Lead");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_stage_move_writes_history_and_restarts_the_stage_clock(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let d = deal(&pool, &t.ana, acme, "Big order").await;
    sqlx::query("update deals set stage_entered_at = now() - interval '30 days' where id = $1")
        .bind(d.id)
        .execute(&pool)
        .await
        .expect("age the deal");

    let moved = service::move_deal(&pool, &t.ana, mv(&d, p.stages[2].id, None))
        .await
        .expect("move");
    assert_eq!(moved.stage_id, Some(p.stages[2].id));
    assert!(
        chrono::Utc::now() - moved.stage_entered_at < chrono::Duration::minutes(1),
        "entering a stage restarts its clock"
    );
    let detail = service::detail(&pool, &t.ana, d.id).await.expect("detail");
    let last = &detail.history[0];
    assert_eq!(last.describe(), "Moved from Lead to Proposal");
    assert_eq!(last.changed_by_name.as_deref(), Some("Ana"));

    // Reordering within a stage is not a stage change: no history, clock kept.
    let other = deal(&pool, &t.ana, acme, "Other").await;
    service::move_deal(&pool, &t.ana, mv(&other, p.stages[2].id, None))
        .await
        .expect("move other");
    let entered = moved.stage_entered_at;
    let again = service::move_deal(&pool, &t.ana, mv(&moved, p.stages[2].id, None))
        .await
        .expect("reorder");
    assert_eq!(again.stage_entered_at, entered);
    assert_eq!(
        service::detail(&pool, &t.ana, d.id)
            .await
            .expect("detail")
            .history
            .len(),
        2
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn moves_place_deals_before_the_given_one_and_write_only_the_moved_deal(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let (lead, qualified) = (p.stages[0].id, p.stages[1].id);
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let a = deal(&pool, &t.ana, acme, "A").await;
    let b = deal(&pool, &t.ana, acme, "B").await;
    let c = deal(&pool, &t.ana, acme, "C").await;
    // New deals go on top: Lead is C, B, A.
    assert_eq!(
        column(&pool, lead).await,
        vec![("C".into(), -2048), ("B".into(), -1024), ("A".into(), 0)]
    );
    service::move_deal(&pool, &t.ana, mv(&c, lead, None))
        .await
        .expect("C to end");
    assert_eq!(
        column(&pool, lead).await,
        vec![("B".into(), -1024), ("A".into(), 0), ("C".into(), 1024)]
    );
    service::move_deal(&pool, &t.ana, mv(&a, qualified, None))
        .await
        .expect("A over");
    service::move_deal(&pool, &t.ana, mv(&c, qualified, Some(&a)))
        .await
        .expect("C before A");
    // Nobody else moved: B and A kept their positions.
    assert_eq!(column(&pool, lead).await, vec![("B".into(), -1024)]);
    assert_eq!(
        column(&pool, qualified).await,
        vec![("C".into(), -1024), ("A".into(), 0)]
    );
    // A `before` that is not in the target column means "at the end".
    service::move_deal(&pool, &t.ana, mv(&b, qualified, Some(&b)))
        .await
        .expect("B over");
    assert_eq!(
        column(&pool, qualified).await,
        vec![("C".into(), -1024), ("A".into(), 0), ("B".into(), 1024)]
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_column_with_no_room_left_is_respaced_around_the_move(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let lead = p.stages[0].id;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    deal(&pool, &t.ana, acme, "A").await;
    let b = deal(&pool, &t.ana, acme, "B").await;
    let c = deal(&pool, &t.ana, acme, "C").await;
    // Numbered 0, 1, 2 the way columns were before positions had gaps.
    sqlx::query("update deals set position = ascii(title) - ascii('A')")
        .execute(&pool)
        .await
        .expect("dense");
    service::move_deal(&pool, &t.ana, mv(&c, lead, Some(&b)))
        .await
        .expect("C between A and B");
    assert_eq!(
        column(&pool, lead).await,
        vec![("A".into(), 0), ("C".into(), 1024), ("B".into(), 2048)]
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn concurrent_moves_keep_every_column_ordered_and_every_deal_once(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let mut deals = Vec::new();
    for i in 0..24 {
        deals.push(deal(&pool, &t.ana, acme, &format!("Deal {i:02}")).await);
    }
    // 48 moves at once, across and within columns, some onto the same spot.
    let mut tasks = Vec::new();
    for round in 0..2 {
        for (i, d) in deals.iter().enumerate() {
            let pool = pool.clone();
            let user = if i % 2 == 0 {
                t.ana.clone()
            } else {
                t.manager.clone()
            };
            let stage = p.stages[(i * 7 + round) % p.stages.len()].id;
            let before = deals.get((i * 5 + round * 3) % deals.len()).map(|b| b.id);
            let m = DealMove {
                deal_id: d.id,
                stage_id: stage,
                before_id: before,
            };
            tasks.push(tokio::spawn(async move {
                service::move_deal(&pool, &user, m).await
            }));
        }
    }
    for task in tasks {
        task.await.expect("task").expect("every move succeeds");
    }
    let mut seen = 0;
    for stage in &p.stages {
        let positions: Vec<i32> = column(&pool, stage.id)
            .await
            .into_iter()
            .map(|(_, p)| p)
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "no two deals share a position in {}: {positions:?}",
            stage.name
        );
        seen += positions.len();
    }
    assert_eq!(seen, deals.len(), "no deal lost or duplicated");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn lost_needs_a_reason_and_closed_deals_leave_the_board(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let a = deal(&pool, &t.ana, acme, "A").await;
    let b = deal(&pool, &t.ana, acme, "B").await;

    let err = service::close(
        &pool,
        &t.ana,
        a.id,
        Outcome::Lost {
            reason: "  ".into(),
        },
    )
    .await
    .expect_err("no reason");
    assert!(
        err.field_errors()
            .and_then(|f| f.get("lost_reason"))
            .is_some(),
        "{err:?}"
    );

    let lost = service::close(
        &pool,
        &t.ana,
        a.id,
        Outcome::Lost {
            reason: "Chose a competitor".into(),
        },
    )
    .await
    .expect("lost");
    assert_eq!(lost.status, DealStatus::Lost);
    assert_eq!(lost.lost_reason, "Chose a competitor");
    assert!(lost.closed_at.is_some());
    let won = service::close(
        &pool,
        &t.ana,
        b.id,
        Outcome::Won {
            reason: "Best price".into(),
        },
    )
    .await
    .expect("won");
    assert_eq!(won.effective_probability(10), 100);

    let board = service::board(&pool, &t.ana, &BoardQuery::default())
        .await
        .expect("board");
    assert!(board.deals.is_empty(), "closed deals are not on the board");
    assert!(column(&pool, p.stages[0].id).await.is_empty());
    assert!(matches!(
        service::move_deal(&pool, &t.ana, mv(&won, p.stages[1].id, None)).await,
        Err(AppError::Conflict(_))
    ));

    let reopened = service::reopen(&pool, &t.ana, a.id).await.expect("reopen");
    assert_eq!(reopened.status, DealStatus::Open);
    assert_eq!(reopened.lost_reason, "");
    assert_eq!(column(&pool, p.stages[0].id).await, vec![("A".into(), 0)]);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_cannot_see_or_move_another_reps_deal_and_a_manager_can(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let d = deal(&pool, &t.ana, acme, "Ana's deal").await;

    assert_eq!(
        service::move_deal(&pool, &t.ben, mv(&d, p.stages[1].id, None)).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        service::get(&pool, &t.ben, d.id).await,
        Err(AppError::Forbidden)
    );
    assert!(matches!(
        service::close(
            &pool,
            &t.ben,
            d.id,
            Outcome::Won {
                reason: "Best price".into(),
            }
        )
        .await,
        Err(AppError::Forbidden)
    ));
    let ben_board = service::board(&pool, &t.ben, &BoardQuery::default())
        .await
        .expect("board");
    assert!(
        ben_board.deals.is_empty(),
        "a rep's board shows only their deals"
    );
    // A rep cannot open a deal on someone else's customer either.
    let err = service::create(
        &pool,
        &t.ben,
        NewDeal {
            title: "Sneaky".into(),
            company_id: Some(acme),
            ..NewDeal::blank()
        },
    )
    .await;
    assert_eq!(err, Err(AppError::Forbidden));

    let moved = service::move_deal(&pool, &t.manager, mv(&d, p.stages[1].id, None))
        .await
        .expect("a manager moves anyone's deal");
    assert_eq!(moved.stage_id, Some(p.stages[1].id));
    let manager_board = service::board(&pool, &t.manager, &BoardQuery::default())
        .await
        .expect("board");
    assert_eq!(manager_board.deals.len(), 1);
    let filtered = service::board(
        &pool,
        &t.manager,
        &BoardQuery {
            owner_id: Some(t.ben.id),
            ..Default::default()
        },
    )
    .await
    .expect("board");
    assert!(filtered.deals.is_empty(), "the owner filter applies");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn deal_fields_are_validated_and_patched_field_by_field(pool: PgPool) {
    let t = team(&pool).await;
    pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;

    let err = service::create(
        &pool,
        &t.ana,
        NewDeal {
            title: " ".into(),
            currency: "euro".into(),
            ..NewDeal::blank()
        },
    )
    .await
    .expect_err("invalid");
    let fields = err.field_errors().expect("field errors");
    for field in ["title", "company_id", "currency"] {
        assert!(fields.get(field).is_some(), "{field}: {err:?}");
    }

    let d = deal(&pool, &t.ana, acme, "Order").await;
    let updated = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch::single("value", "12 500,50").expect("patch"),
    )
    .await
    .expect("update value");
    assert_eq!(updated.value_cents, 1_250_050);
    assert_eq!(updated.title, "Order", "other fields untouched");
    let updated = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch::single("probability", "80").expect("patch"),
    )
    .await
    .expect("update probability");
    assert_eq!(updated.probability, Some(80));
    let cleared = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch::single("probability", "").expect("patch"),
    )
    .await
    .expect("back to stage default");
    assert_eq!(cleared.probability, None);
    let err = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch {
            probability: Some(Some(140)),
            ..Default::default()
        },
    )
    .await
    .expect_err("out of range");
    assert!(err
        .field_errors()
        .and_then(|f| f.get("probability"))
        .is_some());
    assert_eq!(
        service::update(
            &pool,
            &t.ana,
            d.id,
            DealPatch {
                owner_id: Some(t.ben.id),
                ..Default::default()
            }
        )
        .await,
        Err(AppError::Forbidden),
        "a rep cannot hand a deal to someone else"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_stage_with_open_deals_cannot_be_deleted(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let d = deal(&pool, &t.ana, acme, "Order").await;
    let lead = p.stages[0].id;

    let refused = pipelines::service::delete_stage(&pool, &t.manager, lead).await;
    assert!(
        matches!(&refused, Err(AppError::Conflict(m)) if m.key == "deals-error-stage-has-open-deals" && m.args.contains(&("open".into(), app::i18n::Arg::Number(1)))),
        "{refused:?}"
    );
    assert_eq!(
        pipelines::service::delete_stage(&pool, &t.ana, p.stages[3].id).await,
        Err(AppError::Forbidden),
        "reps do not edit pipelines"
    );

    // Once the deal is moved away (and another is won there), the stage can go.
    let other = deal(&pool, &t.ana, acme, "Won one").await;
    service::close(
        &pool,
        &t.ana,
        other.id,
        Outcome::Won {
            reason: "Best price".into(),
        },
    )
    .await
    .expect("won");
    service::move_deal(&pool, &t.ana, mv(&d, p.stages[1].id, None))
        .await
        .expect("move");
    let after = pipelines::service::delete_stage(&pool, &t.manager, lead)
        .await
        .expect("delete");
    assert_eq!(
        after
            .stages
            .iter()
            .map(|s| (s.name.as_str(), s.position))
            .collect::<Vec<_>>(),
        vec![("Qualified", 0), ("Proposal", 1), ("Negotiation", 2)]
    );
    let won = service::get(&pool, &t.ana, other.id)
        .await
        .expect("won deal kept");
    assert_eq!(won.stage_id, None, "closed deals outlive their stage");
    let detail = service::detail(&pool, &t.ana, other.id)
        .await
        .expect("detail");
    assert_eq!(
        detail.history.last().map(|h| h.describe()),
        Some("Created in Lead".into())
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn managers_add_rename_and_reorder_stages(pool: PgPool) {
    let t = team(&pool).await;
    let p = pipeline(&pool, &t).await;
    let input = |name: &str| pipelines::model::StageInput {
        name: name.into(),
        probability: 90,
        rotting_days: 5,
    };
    let p2 =
        pipelines::service::add_stage(&pool, &t.manager, p.id, Uuid::new_v4(), input("Verbal yes"))
            .await
            .expect("add");
    assert_eq!(
        p2.stages.last().map(|s| s.name.as_str()),
        Some("Verbal yes")
    );
    let dup =
        pipelines::service::add_stage(&pool, &t.manager, p.id, Uuid::new_v4(), input(" lead "))
            .await
            .expect_err("duplicate");
    assert!(
        dup.field_errors().and_then(|f| f.get("name")).is_some(),
        "{dup:?}"
    );

    let last = p2.stages.last().expect("stage").id;
    let p3 = pipelines::service::move_stage(&pool, &t.manager, last, 0)
        .await
        .expect("move");
    assert_eq!(
        p3.stages
            .iter()
            .map(|s| (s.name.as_str(), s.position))
            .collect::<Vec<_>>(),
        vec![
            ("Verbal yes", 0),
            ("Lead", 1),
            ("Qualified", 2),
            ("Proposal", 3),
            ("Negotiation", 4)
        ]
    );
    let renamed = pipelines::service::rename(&pool, &t.manager, p.id, "Renewals")
        .await
        .expect("rename");
    assert_eq!(renamed.name, "Renewals");
    assert_eq!(
        pipelines::service::rename(&pool, &t.ben, p.id, "Mine").await,
        Err(AppError::Forbidden)
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_deals_contact_must_work_at_its_customer(pool: PgPool) {
    use app::contacts::{model::NewContact, service as contacts};
    let t = team(&pool).await;
    pipeline(&pool, &t).await;
    let acme = customer_of(&pool, &t.ana, "Acme").await;
    let other = customer_of(&pool, &t.ana, "Other Co").await;
    let at_acme = contacts::create(
        &pool,
        &t.ana,
        NewContact {
            name: "Rita Buyer".into(),
            ..NewContact::blank(acme)
        },
    )
    .await
    .expect("contact");
    let elsewhere = contacts::create(
        &pool,
        &t.ana,
        NewContact {
            name: "Sam Elsewhere".into(),
            ..NewContact::blank(other)
        },
    )
    .await
    .expect("contact");
    let d = deal(&pool, &t.ana, acme, "Order").await;

    let detail = service::detail(&pool, &t.ana, d.id).await.expect("detail");
    assert_eq!(
        detail.contacts,
        vec![(at_acme.id, "Rita Buyer".to_string())]
    );
    let set = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch::single("contact_id", &at_acme.id.to_string()).expect("patch"),
    )
    .await
    .expect("set contact");
    assert_eq!(set.contact_id, Some(at_acme.id));
    let err = service::update(
        &pool,
        &t.ana,
        d.id,
        DealPatch::single("contact_id", &elsewhere.id.to_string()).expect("patch"),
    )
    .await
    .expect_err("contact from another customer");
    assert!(
        err.field_errors()
            .and_then(|f| f.get("contact_id"))
            .is_some(),
        "{err:?}"
    );
}
