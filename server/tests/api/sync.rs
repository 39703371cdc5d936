use app::{
    activities::model::{ActivityKind, ActivityPatch, CheckIn, NewActivity},
    auth::model::CurrentUser,
    contacts::model::{ContactPatch, NewContact},
    customers::model::CompanyPatch,
    deals::model::{Deal, DealMove, DealPatch, DealStatus, NewDeal, Outcome},
    error::AppError,
    sync::{
        db::field_history,
        entity::Entity,
        model::{Change, MutationOp, MutationResult, PullRequest, Record},
        service,
    },
};
use sqlx::PgPool;
use uuid::Uuid;

use app::archive::model::ArchiveKind;

use crate::helpers::{company, push, team};

/// Pulls every page from `cursor`; returns the changes and the final cursor.
async fn pull_all(
    pool: &PgPool,
    user: &CurrentUser,
    client: Uuid,
    mut cursor: i64,
) -> (Vec<Change>, i64) {
    let mut all = Vec::new();
    loop {
        let page = service::pull(
            pool,
            user,
            PullRequest {
                client_id: client,
                cursor,
                kept: Vec::new(),
            },
        )
        .await
        .expect("pull");
        all.extend(page.changes);
        cursor = page.cursor;
        if !page.more {
            return (all, cursor);
        }
    }
}

fn company_names(changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .filter_map(|c| match c {
            Change::Put(Record::Company(c)) => Some(c.name.clone()),
            _ => None,
        })
        .collect()
}

fn new_company(name: &str) -> MutationOp {
    MutationOp::CreateCompany(company(name))
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_duplicate_push_is_applied_once(pool: PgPool) {
    let t = team(&pool).await;
    let device = Uuid::new_v4();
    let create = company("Acme");
    let id = create.id;
    let ops = || {
        vec![
            (1, MutationOp::CreateCompany(create.clone())),
            (
                2,
                MutationOp::UpdateCompany {
                    id,
                    patch: CompanyPatch {
                        tags: Some(vec!["vip".into()]),
                        ..Default::default()
                    },
                },
            ),
        ]
    };
    let first = push(&pool, &t.ana, device, ops()).await;
    assert_eq!(
        first,
        vec![(1, MutationResult::Applied), (2, MutationResult::Applied)]
    );
    // The response was lost; the device sends the same batch again.
    let again = push(&pool, &t.ana, device, ops()).await;
    assert_eq!(
        again,
        vec![
            (1, MutationResult::AlreadyProcessed),
            (2, MutationResult::AlreadyProcessed)
        ]
    );
    let (count,): (i64,) = sqlx::query_as("select count(*) from companies")
        .fetch_one(&pool)
        .await
        .expect("count");
    assert_eq!(count, 1);
    let history = field_history(&pool, "company", id).await.expect("history");
    assert_eq!(history.len(), 1, "the tag edit ran once: {history:?}");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn two_devices_editing_different_fields_both_win(pool: PgPool) {
    let t = team(&pool).await;
    let (phone, laptop) = (Uuid::new_v4(), Uuid::new_v4());
    let acme = company("Acme");
    let id = acme.id;
    push(
        &pool,
        &t.ana,
        phone,
        vec![(1, MutationOp::CreateCompany(acme))],
    )
    .await;
    push(
        &pool,
        &t.ana,
        phone,
        vec![(
            2,
            MutationOp::UpdateCompany {
                id,
                patch: CompanyPatch::single("phone", "+351 21 000 1111").expect("patch"),
            },
        )],
    )
    .await;
    push(
        &pool,
        &t.manager,
        laptop,
        vec![(
            1,
            MutationOp::UpdateCompany {
                id,
                patch: CompanyPatch::single("industry", "Bakery").expect("patch"),
            },
        )],
    )
    .await;
    let company = app::customers::service::get(&pool, &t.ana, id)
        .await
        .expect("company");
    assert_eq!(company.phone, "+351 21 000 1111");
    assert_eq!(company.industry, "Bakery");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_same_field_edited_twice_keeps_the_later_and_remembers_the_earlier(pool: PgPool) {
    let t = team(&pool).await;
    let (phone, laptop) = (Uuid::new_v4(), Uuid::new_v4());
    let acme = company("Acme");
    let id = acme.id;
    push(
        &pool,
        &t.ana,
        phone,
        vec![(1, MutationOp::CreateCompany(acme))],
    )
    .await;
    push(
        &pool,
        &t.ana,
        phone,
        vec![(
            2,
            MutationOp::UpdateCompany {
                id,
                patch: CompanyPatch::single("industry", "Bakery").expect("patch"),
            },
        )],
    )
    .await;
    push(
        &pool,
        &t.manager,
        laptop,
        vec![(
            1,
            MutationOp::UpdateCompany {
                id,
                patch: CompanyPatch::single("industry", "Catering").expect("patch"),
            },
        )],
    )
    .await;
    let company = app::customers::service::get(&pool, &t.ana, id)
        .await
        .expect("company");
    assert_eq!(
        company.industry, "Catering",
        "the later edit in server order wins"
    );
    let history = field_history(&pool, "company", id).await.expect("history");
    let industry: Vec<_> = history.iter().filter(|h| h.0 == "industry").collect();
    assert_eq!(industry.len(), 2);
    assert_eq!(
        industry[0].1,
        serde_json::json!("Bakery"),
        "the overwritten value is kept"
    );
    assert_eq!(industry[0].3, Some(t.manager.id));
    assert_eq!(industry[1].3, Some(t.ana.id));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_batch_with_a_bad_edit_applies_the_rest_and_says_why(pool: PgPool) {
    let t = team(&pool).await;
    let device = Uuid::new_v4();
    let results = push(
        &pool,
        &t.ana,
        device,
        vec![
            (1, new_company("Good one")),
            (2, new_company("  ")),
            (3, new_company("Also good")),
        ],
    )
    .await;
    assert_eq!(results[0], (1, MutationResult::Applied));
    assert!(
        matches!(&results[1], (2, MutationResult::Rejected(AppError::Validation(f))) if f.get("name").is_some()),
        "{:?}",
        results[1]
    );
    assert_eq!(results[2], (3, MutationResult::Applied));
    // Forbidden edits are rejected the same way, and the queue moves on.
    let bens = app::customers::service::create(&pool, &t.ben, company("Ben's"))
        .await
        .expect("ben's");
    let results = push(
        &pool,
        &t.ana,
        device,
        vec![(
            4,
            MutationOp::UpdateCompany {
                id: bens.id,
                patch: CompanyPatch::single("industry", "x").expect("patch"),
            },
        )],
    )
    .await;
    assert_eq!(
        results,
        vec![(4, MutationResult::Rejected(AppError::Forbidden))]
    );
    let (changes, _) = pull_all(&pool, &t.ana, device, 0).await;
    let mut names = company_names(&changes);
    names.sort();
    assert_eq!(names, vec!["Also good", "Good one"]);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn pulls_return_changes_once_and_archived_records_as_tombstones(pool: PgPool) {
    let t = team(&pool).await;
    let device = Uuid::new_v4();
    let a = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("a");
    let (first, cursor) = pull_all(&pool, &t.ana, device, 0).await;
    assert_eq!(company_names(&first), vec!["Acme"]);
    let (nothing, same) = pull_all(&pool, &t.ana, device, cursor).await;
    assert!(
        nothing.is_empty() && same == cursor,
        "nothing new: {nothing:?}"
    );

    crate::helpers::archive(&pool, &t.ana, ArchiveKind::Company, a.id, false)
        .await
        .expect("archive");
    let (after, _) = pull_all(&pool, &t.ana, device, cursor).await;
    assert_eq!(
        after,
        vec![Change::Del {
            entity: Entity::Company,
            id: a.id
        }]
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_reps_pull_never_carries_another_reps_records(pool: PgPool) {
    let t = team(&pool).await;
    let (ana_device, manager_device) = (Uuid::new_v4(), Uuid::new_v4());
    let mine = app::customers::service::create(&pool, &t.ana, company("Ana's"))
        .await
        .expect("ana");
    app::customers::service::create(&pool, &t.ben, company("Ben's"))
        .await
        .expect("ben");
    let (changes, cursor) = pull_all(&pool, &t.ana, ana_device, 0).await;
    assert_eq!(company_names(&changes), vec!["Ana's"]);
    let (all, _) = pull_all(&pool, &t.manager, manager_device, 0).await;
    assert_eq!(
        company_names(&all).len(),
        2,
        "a manager pulls the team's book"
    );

    // Handed to Ben: Ana's devices drop it, and never receive its new state.
    app::customers::service::update(
        &pool,
        &t.manager,
        mine.id,
        CompanyPatch {
            owner_id: Some(t.ben.id),
            ..Default::default()
        },
    )
    .await
    .expect("reassign");
    let (after, _) = pull_all(&pool, &t.ana, ana_device, cursor).await;
    assert_eq!(
        after,
        vec![Change::Del {
            entity: Entity::Company,
            id: mine.id
        }]
    );

    // A device belongs to one user.
    assert_eq!(
        service::pull(
            &pool,
            &t.ben,
            PullRequest {
                client_id: ana_device,
                cursor: 0,
                kept: Vec::new(),
            }
        )
        .await,
        Err(AppError::Forbidden)
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn deal_edits_sync_field_by_field(pool: PgPool) {
    let t = team(&pool).await;
    app::pipelines::service::create(&pool, &t.manager, Uuid::new_v4(), "Sales")
        .await
        .expect("pipeline");
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("acme");
    let deal = app::deals::service::create(
        &pool,
        &t.ana,
        NewDeal {
            title: "Order".into(),
            company_id: Some(acme.id),
            ..NewDeal::blank()
        },
    )
    .await
    .expect("deal");
    let (phone, laptop) = (Uuid::new_v4(), Uuid::new_v4());
    push(
        &pool,
        &t.ana,
        phone,
        vec![(
            1,
            MutationOp::UpdateDeal {
                id: deal.id,
                patch: DealPatch::single("value", "900").expect("patch"),
            },
        )],
    )
    .await;
    push(
        &pool,
        &t.manager,
        laptop,
        vec![(
            1,
            MutationOp::UpdateDeal {
                id: deal.id,
                patch: DealPatch::single("title", "Big order").expect("patch"),
            },
        )],
    )
    .await;
    let (changes, _) = pull_all(&pool, &t.ana, phone, 0).await;
    let synced = changes.iter().find_map(|c| match c {
        Change::Put(Record::Deal(d)) if d.id == deal.id => Some(d.clone()),
        _ => None,
    });
    let synced = synced.expect("the deal is pulled");
    assert_eq!(
        (synced.title.as_str(), synced.value_cents),
        ("Big order", 90_000)
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_retry_racing_the_original_push_applies_each_edit_once(pool: PgPool) {
    let t = team(&pool).await;
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("acme");
    let device = Uuid::new_v4();
    let ops: Vec<(i64, MutationOp)> = (1..=20)
        .map(|i| {
            let patch = CompanyPatch::single("industry", &format!("industry {i}")).expect("patch");
            (i, MutationOp::UpdateCompany { id: acme.id, patch })
        })
        .collect();
    // The device gave up waiting and resent the batch while the first push still runs.
    let (first, retry) = tokio::join!(
        push(&pool, &t.ana, device, ops.clone()),
        push(&pool, &t.ana, device, ops)
    );
    for i in 1..=20 {
        let verdicts = [&first, &retry].map(|results| {
            results
                .iter()
                .find(|(id, _)| *id == i)
                .map(|(_, r)| r.clone())
                .expect("answered")
        });
        let applied = verdicts
            .iter()
            .filter(|v| **v == MutationResult::Applied)
            .count();
        assert_eq!(applied, 1, "edit {i}: {verdicts:?}");
    }
    let history = field_history(&pool, "company", acme.id)
        .await
        .expect("history");
    assert_eq!(history.len(), 20, "every edit written exactly once");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn an_edit_the_database_refuses_mid_batch_leaves_the_rest_applied(pool: PgPool) {
    let t = team(&pool).await;
    let device = Uuid::new_v4();
    // The second "Acme" breaks a unique constraint inside the push's transaction;
    // only its own savepoint rolls back.
    let results = push(
        &pool,
        &t.ana,
        device,
        vec![
            (1, new_company("Acme")),
            (2, new_company("Acme")),
            (3, new_company("Beta")),
        ],
    )
    .await;
    assert_eq!(results[0], (1, MutationResult::Applied));
    assert!(
        matches!(&results[1], (2, MutationResult::Rejected(AppError::Validation(f))) if f.get("name").is_some()),
        "{:?}",
        results[1]
    );
    assert_eq!(results[2], (3, MutationResult::Applied));
    let (changes, _) = pull_all(&pool, &t.ana, device, 0).await;
    let mut names = company_names(&changes);
    names.sort();
    assert_eq!(names, vec!["Acme", "Beta"]);
}

/// Two devices push moves on two pipelines in opposite orders: each push can
/// hold one pipeline's lock while waiting for the other's. PostgreSQL breaks
/// the deadlock and the losing push runs again; no edit is refused or lost.
#[sqlx::test(migrator = "server::MIGRATOR")]
async fn pushes_locking_pipelines_in_opposite_orders_all_apply(pool: PgPool) {
    let t = team(&pool).await;
    let mut pipelines = Vec::new();
    for name in ["East", "West"] {
        let p = app::pipelines::service::create(&pool, &t.manager, Uuid::new_v4(), name)
            .await
            .expect("pipeline");
        pipelines.push(p);
    }
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("acme");
    let mut deals: Vec<Deal> = Vec::new();
    for p in &pipelines {
        let deal = app::deals::service::create(
            &pool,
            &t.ana,
            NewDeal {
                title: format!("{} deal", p.name),
                company_id: Some(acme.id),
                pipeline_id: Some(p.id),
                ..NewDeal::blank()
            },
        )
        .await
        .expect("deal");
        deals.push(deal);
    }
    let (ana_phone, manager_laptop) = (Uuid::new_v4(), Uuid::new_v4());
    for round in 0..4_usize {
        let to_next_stage = |i: usize| {
            MutationOp::MoveDeal(DealMove {
                deal_id: deals[i].id,
                stage_id: pipelines[i].stages[(round + 1) % pipelines[i].stages.len()].id,
                before_id: None,
            })
        };
        let id = 2 * round as i64;
        let (ana, manager) = tokio::join!(
            push(
                &pool,
                &t.ana,
                ana_phone,
                vec![(id + 1, to_next_stage(0)), (id + 2, to_next_stage(1))]
            ),
            push(
                &pool,
                &t.manager,
                manager_laptop,
                vec![(id + 1, to_next_stage(1)), (id + 2, to_next_stage(0))]
            ),
        );
        assert!(
            ana.iter()
                .chain(&manager)
                .all(|(_, r)| *r == MutationResult::Applied),
            "round {round}: {ana:?} {manager:?}"
        );
    }
    let stages: Vec<(Uuid,)> = sqlx::query_as("select stage_id from deals where status = 'open'")
        .fetch_all(&pool)
        .await
        .expect("deals");
    for (i, p) in pipelines.iter().enumerate() {
        let last_stage = p.stages[4 % p.stages.len()].id;
        assert!(
            stages.contains(&(last_stage,)),
            "{} ends where round 4 put it",
            deals[i].title
        );
    }
}

/// Pushed edits run their use cases' writes (not the online calls, which also
/// read the record back): every kind applies, and a refused one says why.
#[sqlx::test(migrator = "server::MIGRATOR")]
async fn every_kind_of_edit_applies_through_a_push(pool: PgPool) {
    let t = team(&pool).await;
    let pipeline = app::pipelines::service::create(&pool, &t.manager, Uuid::new_v4(), "Sales")
        .await
        .expect("pipeline");
    let second_stage = pipeline.stages[1].id;
    let (acme, other) = (company("Acme"), company("Other"));
    let eva = NewContact {
        name: "Eva".into(),
        ..NewContact::blank(acme.id)
    };
    let elsewhere = NewContact {
        name: "Olaf".into(),
        ..NewContact::blank(other.id)
    };
    let deal = NewDeal {
        title: "Order".into(),
        company_id: Some(acme.id),
        ..NewDeal::blank()
    };
    let visit = NewActivity {
        kind: ActivityKind::Visit,
        subject: "Visit".into(),
        ..NewActivity::blank(acme.id)
    };
    let call = NewActivity {
        subject: "Call".into(),
        ..NewActivity::blank(acme.id)
    };
    let (acme_id, eva_id, deal_id, visit_id, call_id) =
        (acme.id, eva.id, deal.id, visit.id, call.id);
    let ops = vec![
        MutationOp::CreateCompany(acme),
        MutationOp::CreateCompany(other),
        MutationOp::UpdateCompany {
            id: acme_id,
            patch: CompanyPatch::single("industry", "Retail").expect("patch"),
        },
        MutationOp::CreateContact(eva),
        MutationOp::CreateContact(elsewhere.clone()),
        MutationOp::UpdateContact {
            id: eva_id,
            patch: ContactPatch::single("title", "Buyer").expect("patch"),
        },
        MutationOp::CreateDeal(deal),
        MutationOp::UpdateDeal {
            id: deal_id,
            patch: DealPatch::single("value", "500").expect("patch"),
        },
        MutationOp::UpdateDeal {
            id: deal_id,
            patch: DealPatch::single("contact_id", &elsewhere.id.to_string()).expect("patch"),
        },
        MutationOp::MoveDeal(DealMove {
            deal_id,
            stage_id: second_stage,
            before_id: None,
        }),
        MutationOp::CloseDeal {
            id: deal_id,
            outcome: Outcome::Won {
                reason: "Best price".into(),
            },
        },
        MutationOp::ReopenDeal { id: deal_id },
        MutationOp::CreateActivity(visit),
        MutationOp::UpdateActivity {
            id: visit_id,
            patch: ActivityPatch {
                subject: Some("Site visit".into()),
                ..Default::default()
            },
        },
        MutationOp::CheckIn {
            id: visit_id,
            checkin: CheckIn {
                at: chrono::Utc::now(),
                lat_e6: Some(52_520_000),
                lng_e6: Some(13_405_000),
                accuracy_m: Some(20),
            },
        },
        MutationOp::CompleteActivity {
            id: visit_id,
            done: true,
        },
        MutationOp::CreateActivity(call),
        MutationOp::DeleteActivity { id: call_id },
    ];
    let device = Uuid::new_v4();
    let results = push(&pool, &t.ana, device, (1..).zip(ops).collect()).await;
    for (id, result) in &results {
        if *id == 9 {
            assert!(
                matches!(result, MutationResult::Rejected(AppError::Validation(f)) if f.get("contact_id").is_some()),
                "a contact at another customer is refused: {result:?}"
            );
        } else {
            assert_eq!(*result, MutationResult::Applied, "edit {id}");
        }
    }

    let (changes, _) = pull_all(&pool, &t.ana, device, 0).await;
    let mut seen = (None, None, None, None, false);
    for change in &changes {
        match change {
            Change::Put(Record::Company(c)) if c.id == acme_id => seen.0 = Some(c.clone()),
            Change::Put(Record::Contact(c)) if c.id == eva_id => seen.1 = Some(c.clone()),
            Change::Put(Record::Deal(d)) if d.id == deal_id => seen.2 = Some(d.clone()),
            Change::Put(Record::Activity(a)) if a.id == visit_id => seen.3 = Some(a.clone()),
            Change::Put(Record::Activity(a)) if a.id == call_id => seen.4 = true,
            _ => {}
        }
    }
    let (company, contact, deal, visit, call_pulled) = seen;
    assert_eq!(company.expect("company").industry, "Retail");
    assert_eq!(contact.expect("contact").title, "Buyer");
    let deal = deal.expect("deal");
    assert_eq!(
        (
            deal.value_cents,
            deal.contact_id,
            deal.stage_id,
            deal.status
        ),
        (50_000, None, Some(second_stage), DealStatus::Open),
        "reopened on top of the stage it was won in, without the refused contact"
    );
    let visit = visit.expect("visit");
    assert_eq!(visit.subject, "Site visit");
    assert!(visit.checkin.is_some() && visit.done_at.is_some());
    assert!(!call_pulled, "the deleted call is gone");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn compaction_keeps_what_every_device_needs(pool: PgPool) {
    use crate::helpers::{device_copy, TestDevice};

    let t = team(&pool).await;
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("acme");
    // Devices that synced once and then were away.
    let mut ana_behind = TestDevice::new(&t.ana);
    ana_behind.sync(&pool).await;
    let mut ben_behind = TestDevice::new(&t.ben);
    ben_behind.sync(&pool).await;
    assert!(ana_behind.replica.base.companies.contains_key(&acme.id));

    let edit = |field: &str, value: &str| MutationOp::UpdateCompany {
        id: acme.id,
        patch: CompanyPatch::single(field, value).expect("patch"),
    };
    let ana_phone = Uuid::new_v4();
    for n in 1..=5 {
        push(
            &pool,
            &t.ana,
            ana_phone,
            vec![(n, edit("industry", &format!("Edit {n}")))],
        )
        .await;
    }
    // Handed to Ben, who edits it too: Ana's devices must still learn it left.
    push(
        &pool,
        &t.manager,
        Uuid::new_v4(),
        vec![(1, edit("owner_id", &t.ben.id.to_string()))],
    )
    .await;
    push(
        &pool,
        &t.ben,
        Uuid::new_v4(),
        vec![(1, edit("phone", "+371 2000 0001"))],
    )
    .await;

    let rows = |pool: PgPool| async move {
        sqlx::query_as::<_, (String, Option<Uuid>)>(
            "select op, owner_id from change_log where entity_id = $1 order by seq",
        )
        .bind(acme.id)
        .fetch_all(&pool)
        .await
        .expect("rows")
    };
    assert_eq!(rows(pool.clone()).await.len(), 9);
    let removed = app::sync::db::compact_log(&pool, 10_000)
        .await
        .expect("compact");
    assert!(removed >= 7, "removed {removed}");
    // The last word per owner: Ana's copy goes, Ben's is the record now.
    assert_eq!(
        rows(pool.clone()).await,
        vec![
            ("del".to_string(), Some(t.ana.id)),
            ("put".to_string(), Some(t.ben.id))
        ]
    );
    assert_eq!(
        app::sync::db::compact_log(&pool, 10_000)
            .await
            .expect("again"),
        0
    );

    // Devices behind, and a new one, end where the server is.
    ana_behind.sync(&pool).await;
    assert!(!ana_behind.replica.base.companies.contains_key(&acme.id));
    assert_eq!(
        ana_behind.replica.base.companies,
        device_copy(&pool, &t.ana).await.companies
    );
    ben_behind.sync(&pool).await;
    let bens = device_copy(&pool, &t.ben).await.companies;
    assert_eq!(ben_behind.replica.base.companies, bens);
    assert_eq!(bens[&acme.id].phone, "+371 2000 0001");
    assert_eq!(bens[&acme.id].industry, "Edit 5");
    let mut manager = TestDevice::new(&t.manager);
    manager.sync(&pool).await;
    assert_eq!(manager.replica.base.companies[&acme.id].owner_id, t.ben.id);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_device_behind_the_tombstone_horizon_reads_everything_again_and_keeps_its_edits(
    pool: PgPool,
) {
    use crate::helpers::{device_copy, TestDevice};

    let t = team(&pool).await;
    let acme = app::customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("acme");
    let globex = app::customers::service::create(&pool, &t.ana, company("Globex"))
        .await
        .expect("globex");
    let mut phone = TestDevice::new(&t.ana);
    phone.sync(&pool).await;
    assert_eq!(phone.replica.base.companies.len(), 2);

    // While the phone is away, Globex is archived from another device, and
    // the phone queues an edit of its own.
    crate::helpers::archive(&pool, &t.ana, ArchiveKind::Company, globex.id, false)
        .await
        .expect("archive");
    phone
        .replica
        .submit(
            MutationOp::UpdateCompany {
                id: acme.id,
                patch: CompanyPatch::single("industry", "Edited while away").expect("patch"),
            },
            chrono::Utc::now(),
        )
        .expect("valid");
    // That deletion is past the horizon: the log forgets it.
    app::sync::db::compact_log(&pool, 1_000)
        .await
        .expect("compact");
    let dropped = app::sync::db::drop_tombstones(
        &pool,
        chrono::Utc::now() + chrono::Duration::days(1),
        1_000,
    )
    .await
    .expect("drop");
    assert!(dropped >= 1);
    let horizon = app::sync::db::tombstone_horizon(&pool)
        .await
        .expect("horizon");
    assert!(phone.replica.base.cursor < horizon);

    // Back online: told to start again, it reads a fresh copy, drops Globex
    // and keeps its edit, which lands.
    let reply = service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: phone.replica.outbox.client_id,
            cursor: phone.replica.base.cursor,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull");
    assert!(reply.reset && reply.more && reply.changes.is_empty());
    phone.sync(&pool).await;
    assert_eq!(phone.replica.pending(), 0);
    assert!(!phone.replica.base.companies.contains_key(&globex.id));
    assert_eq!(
        phone.replica.base.companies[&acme.id].industry,
        "Edited while away"
    );
    assert_eq!(
        phone.replica.base.companies,
        device_copy(&pool, &t.ana).await.companies
    );
    // A new device is never told to reset: it has nothing to lose.
    let mut fresh = TestDevice::new(&t.ana);
    fresh.sync(&pool).await;
    assert_eq!(fresh.replica.base.companies.len(), 1);
}
