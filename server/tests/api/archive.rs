//! Deleting is archiving: nobody's records are lost to someone else's delete.

use app::{
    activities::{self, model::NewActivity},
    archive::{self, model::ArchiveKind},
    auth::model::CurrentUser,
    contacts::{self, model::NewContact},
    customers::{self, model::CompanyPatch},
    deals::{
        self,
        model::{DealMove, NewDeal, Outcome},
    },
    error::AppError,
    i18n::Text,
    pipelines,
    sync::{
        entity::Entity,
        model::{Change, MutationOp, MutationResult, PullRequest},
    },
};
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{archive, company, push, restore, team, Team};

/// Everything one person has at a company: (deal, closed deal, activity).
struct Work {
    open_deal: Uuid,
    won_deal: Uuid,
    activity: Uuid,
}

/// `owner`'s €50,000 open deal (moved once, so it has history), a won deal and a
/// planned activity at `company_id`, created by `by` (the owner or a manager).
async fn work_of(
    pool: &PgPool,
    t: &Team,
    by: &CurrentUser,
    owner: &CurrentUser,
    company_id: Uuid,
) -> Work {
    let pipeline = pipelines::service::list(pool)
        .await
        .expect("pipelines")
        .into_iter()
        .next();
    let pipeline = match pipeline {
        Some(p) => pipelines::service::get(pool, p.id).await.expect("pipeline"),
        None => pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "New business")
            .await
            .expect("pipeline"),
    };
    let new_deal = |title: &str| NewDeal {
        title: title.into(),
        company_id: Some(company_id),
        value_cents: 5_000_000,
        owner_id: Some(owner.id),
        ..NewDeal::blank()
    };
    let open = deals::service::create(pool, by, new_deal("Pump upgrade"))
        .await
        .expect("deal");
    deals::service::move_deal(
        pool,
        by,
        DealMove {
            deal_id: open.id,
            stage_id: pipeline.stages[1].id,
            before_id: None,
        },
    )
    .await
    .expect("move");
    let won = deals::service::create(pool, by, new_deal("Spare parts"))
        .await
        .expect("deal");
    deals::service::close(
        pool,
        by,
        won.id,
        Outcome::Won {
            reason: "Best price".into(),
        },
    )
    .await
    .expect("won");
    let activity = activities::service::create(
        pool,
        by,
        NewActivity {
            subject: "Call about the pump".into(),
            owner_id: Some(owner.id),
            ..NewActivity::blank(company_id)
        },
    )
    .await
    .expect("activity");
    Work {
        open_deal: open.id,
        won_deal: won.id,
        activity: activity.id,
    }
}

/// The customer "Acme", owned by `owner`.
async fn acme_of(pool: &PgPool, owner: &CurrentUser) -> customers::model::Company {
    customers::service::create(pool, owner, company("Acme"))
        .await
        .expect("company")
}

/// Rows that exist, archived or not: (deals, deal history, activities, contacts) of `owner`.
async fn rows_of(pool: &PgPool, owner: Uuid) -> (i64, i64, i64, i64) {
    sqlx::query_as(
        "select (select count(*) from deals where owner_id = $1),
                (select count(*) from deal_history h join deals d on d.id = h.deal_id where d.owner_id = $1),
                (select count(*) from activities where owner_id = $1),
                (select count(*) from contacts where owner_id = $1)",
    )
    .bind(owner)
    .fetch_one(pool)
    .await
    .expect("counts")
}

async fn is_archived(pool: &PgPool, table: &str, id: Uuid) -> bool {
    let (archived,): (bool,) = sqlx::query_as(&format!(
        "select archived_at is not null from {table} where id = $1"
    ))
    .bind(id)
    .fetch_one(pool)
    .await
    .expect("row exists");
    archived
}

async fn give_company_to(pool: &PgPool, t: &Team, company_id: Uuid, to: &CurrentUser) {
    customers::service::update(
        pool,
        &t.manager,
        company_id,
        CompanyPatch {
            owner_id: Some(to.id),
            ..Default::default()
        },
    )
    .await
    .expect("reassign");
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_reported_delete_now_archives_and_a_manager_restores_everything(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ben).await;
    let work = work_of(&pool, &t, &t.ben, &t.ben, acme.id).await;
    let bens_before = rows_of(&pool, t.ben.id).await;
    give_company_to(&pool, &t, acme.id, &t.ana).await;

    // Ana archives the card she now owns: nothing is deleted.
    archive(&pool, &t.ana, ArchiveKind::Company, acme.id, false)
        .await
        .expect("archive");
    for (table, id) in [
        ("companies", acme.id),
        ("deals", work.open_deal),
        ("deals", work.won_deal),
        ("activities", work.activity),
    ] {
        assert!(is_archived(&pool, table, id).await, "{table} {id}");
    }
    let (_, history, _, _) = rows_of(&pool, t.ana.id).await;
    let (deals_b, history_b, _, _) = rows_of(&pool, t.ben.id).await;
    assert_eq!(
        history + history_b,
        bens_before.1,
        "no deal history was lost"
    );
    assert_eq!(
        deals_b, 1,
        "Ben keeps his won deal (archived with the company)"
    );

    // Gone from the lists, the board and the forecast.
    assert_eq!(
        customers::service::get(&pool, &t.manager, acme.id).await,
        Err(AppError::NotFound("This company".into()))
    );
    assert_eq!(
        deals::service::get(&pool, &t.manager, work.open_deal)
            .await
            .map(|d| d.id),
        Err(AppError::NotFound("This deal".into()))
    );
    let list = archive::service::list(&pool, &t.manager)
        .await
        .expect("archive");
    assert_eq!(list.len(), 1, "the company stands for what went with it");
    assert_eq!(list[0].with_company, 3);
    assert_eq!(
        archive::service::list(&pool, &t.ana).await,
        Err(AppError::Forbidden)
    );

    restore(&pool, &t.manager, ArchiveKind::Company, acme.id)
        .await
        .expect("restore");
    let deal = deals::service::get(&pool, &t.manager, work.open_deal)
        .await
        .expect("the deal is back");
    assert_eq!(deal.value_cents, 5_000_000);
    assert!(!is_archived(&pool, "activities", work.activity).await);
    assert!(!is_archived(&pool, "deals", work.won_deal).await);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_cannot_archive_a_company_where_a_colleague_still_works(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ana).await;
    // The manager put Ben's deal and follow-up on Ana's customer.
    let work = work_of(&pool, &t, &t.manager, &t.ben, acme.id).await;
    let bens_before = rows_of(&pool, t.ben.id).await;

    assert_eq!(
        archive(&pool, &t.ana, ArchiveKind::Company, acme.id, false).await,
        Err(AppError::Conflict(
            Text::new("archive-blocked-both")
                .arg("person", "Ben")
                .num("deals", 1)
                .num("planned", 1)
        ))
    );
    assert_eq!(
        archive(&pool, &t.ana, ArchiveKind::Company, acme.id, true).await,
        Err(AppError::Conflict(
            Text::new("archive-blocked-both")
                .arg("person", "Ben")
                .num("deals", 1)
                .num("planned", 1)
        )),
        "a rep cannot force it"
    );
    assert!(!is_archived(&pool, "companies", acme.id).await);
    // Nor can she archive Ben's records one by one.
    for (kind, id) in [
        (ArchiveKind::Deal, work.open_deal),
        (ArchiveKind::Activity, work.activity),
    ] {
        assert_eq!(
            archive(&pool, &t.ana, kind, id, false).await,
            Err(AppError::Forbidden)
        );
    }

    // A manager is asked first, then may archive it with everything at it.
    let asked = archive(&pool, &t.manager, ArchiveKind::Company, acme.id, false).await;
    assert!(
        matches!(&asked, Err(AppError::Conflict(m)) if m.key == "archive-blocked-both-confirm"),
        "{asked:?}"
    );
    let reach = archive::service::company_reach(&pool, &t.manager, acme.id)
        .await
        .expect("reach");
    assert_eq!(
        (reach.open_deals, reach.closed_deals, reach.activities),
        (1, 1, 1)
    );
    archive(&pool, &t.manager, ArchiveKind::Company, acme.id, true)
        .await
        .expect("forced");
    assert!(is_archived(&pool, "deals", work.open_deal).await);
    assert_eq!(
        rows_of(&pool, t.ben.id).await,
        bens_before,
        "nothing deleted"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn only_a_manager_erases_and_only_what_is_archived_and_it_is_audited(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ana).await;
    let work = work_of(&pool, &t, &t.ana, &t.ana, acme.id).await;
    contacts::service::create(
        &pool,
        &t.ana,
        NewContact {
            name: "Rosa".into(),
            ..NewContact::blank(acme.id)
        },
    )
    .await
    .expect("contact");

    assert_eq!(
        archive::service::erase(&pool, &t.manager, ArchiveKind::Company, acme.id).await,
        Err(AppError::Conflict(Text::new("archive-error-not-archived")))
    );
    archive(&pool, &t.ana, ArchiveKind::Company, acme.id, false)
        .await
        .expect("archive");
    assert_eq!(
        archive::service::erase(&pool, &t.ana, ArchiveKind::Company, acme.id).await,
        Err(AppError::Forbidden)
    );
    let erased = archive::service::erase(&pool, &t.manager, ArchiveKind::Company, acme.id)
        .await
        .expect("erase");
    assert_eq!(erased.label, "Acme");
    assert_eq!(erased.dependents.get("deals"), Some(&2));
    assert_eq!(erased.dependents.get("contacts"), Some(&1));
    assert_eq!(erased.dependents.get("activities"), Some(&1));
    assert!(erased
        .dependents
        .get("stage changes")
        .is_some_and(|n| *n >= 3));

    let gone: (i64,) = sqlx::query_as(
        "select (select count(*) from companies) + (select count(*) from deals)
              + (select count(*) from activities where id = $1) + (select count(*) from contacts)",
    )
    .bind(work.activity)
    .fetch_one(&pool)
    .await
    .expect("count");
    assert_eq!(gone.0, 0);
    let audit: (Uuid, String, String, String, serde_json::Value) =
        sqlx::query_as("select erased_by, erased_name, entity, label, dependents from erasures")
            .fetch_one(&pool)
            .await
            .expect("one audit row");
    assert_eq!(
        (
            audit.0,
            audit.1.as_str(),
            audit.2.as_str(),
            audit.3.as_str()
        ),
        (t.manager.id, "Morgan", "company", "Acme")
    );
    assert_eq!(audit.4["deals"], 2);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn no_push_or_stage_deletion_removes_a_colleagues_records(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ana).await;
    let work = work_of(&pool, &t, &t.manager, &t.ben, acme.id).await;
    let bens_before = rows_of(&pool, t.ben.id).await;

    // Everything Ana's device could send at Ben's records.
    let answers = push(
        &pool,
        &t.ana,
        Uuid::new_v4(),
        vec![
            (
                1,
                MutationOp::ArchiveCompany {
                    id: acme.id,
                    force: true,
                },
            ),
            (2, MutationOp::ArchiveDeal { id: work.open_deal }),
            (3, MutationOp::ArchiveDeal { id: work.won_deal }),
            (4, MutationOp::DeleteActivity { id: work.activity }),
            (
                5,
                MutationOp::Restore {
                    kind: ArchiveKind::Deal,
                    id: work.open_deal,
                },
            ),
        ],
    )
    .await;
    for (id, answer) in &answers[..4] {
        assert!(
            matches!(answer, MutationResult::Rejected(_)),
            "edit {id}: {answer:?}"
        );
    }
    assert_eq!(rows_of(&pool, t.ben.id).await, bens_before);
    assert!(!is_archived(&pool, "deals", work.open_deal).await);

    // A stage with a closed deal may go (the deal stays, without a stage); one
    // holding an archived open deal may not.
    let pipeline_id: (Uuid,) = sqlx::query_as("select pipeline_id from deals where id = $1")
        .bind(work.open_deal)
        .fetch_one(&pool)
        .await
        .expect("pipeline");
    let pipeline = pipelines::service::get(&pool, pipeline_id.0)
        .await
        .expect("pipeline");
    let won_stage = pipeline.stages[0].id;
    pipelines::service::delete_stage(&pool, &t.manager, won_stage)
        .await
        .expect("delete the stage the won deal closed in");
    let open_stage: (Uuid,) = sqlx::query_as("select stage_id from deals where id = $1")
        .bind(work.open_deal)
        .fetch_one(&pool)
        .await
        .expect("stage");
    archive(&pool, &t.ben, ArchiveKind::Deal, work.open_deal, false)
        .await
        .expect("Ben archives his own deal");
    let refused = pipelines::service::delete_stage(&pool, &t.manager, open_stage.0).await;
    assert!(
        matches!(&refused, Err(AppError::Conflict(m)) if m.key == "deals-error-stage-has-archived-deals"),
        "{refused:?}"
    );
    assert_eq!(
        rows_of(&pool, t.ben.id).await,
        bens_before,
        "nothing deleted"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_customer_handed_over_takes_its_open_deals_and_planned_work_along(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ben).await;
    let work = work_of(&pool, &t, &t.ben, &t.ben, acme.id).await;
    let device = Uuid::new_v4();
    let pull = |user: CurrentUser, cursor: i64| {
        let pool = pool.clone();
        async move {
            app::sync::service::pull(
                &pool,
                &user,
                PullRequest {
                    client_id: device,
                    cursor,
                    kept: Vec::new(),
                },
            )
            .await
            .expect("pull")
        }
    };
    let before = pull(t.ben.clone(), 0).await.cursor;

    give_company_to(&pool, &t, acme.id, &t.ana).await;
    let owner = |id: Uuid| {
        let pool = pool.clone();
        async move {
            let (owner,): (Uuid,) = sqlx::query_as("select owner_id from deals where id = $1")
                .bind(id)
                .fetch_one(&pool)
                .await
                .expect("deal");
            owner
        }
    };
    assert_eq!(owner(work.open_deal).await, t.ana.id, "the open deal moves");
    assert_eq!(
        owner(work.won_deal).await,
        t.ben.id,
        "the won deal stays Ben's"
    );
    let activity = activities::service::get(&pool, &t.ana, work.activity)
        .await
        .expect("Ana sees the follow-up");
    assert_eq!(activity.owner_id, t.ana.id);
    // Ben's devices drop the deal whose customer he can no longer open.
    let bens = pull(t.ben.clone(), before).await;
    assert!(bens.changes.contains(&Change::Del {
        entity: Entity::Deal,
        id: work.open_deal
    }));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn archive_and_restore_travel_through_sync_like_any_edit(pool: PgPool) {
    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ana).await;
    let work = work_of(&pool, &t, &t.ana, &t.ana, acme.id).await;
    let device = Uuid::new_v4();
    let cursor = app::sync::service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: device,
            cursor: 0,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull")
    .cursor;
    let answers = push(
        &pool,
        &t.ana,
        device,
        vec![(
            1,
            MutationOp::ArchiveCompany {
                id: acme.id,
                force: false,
            },
        )],
    )
    .await;
    assert_eq!(answers, vec![(1, MutationResult::Applied)]);
    let pulled = app::sync::service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: device,
            cursor,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull");
    for (entity, id) in [
        (Entity::Company, acme.id),
        (Entity::Deal, work.open_deal),
        (Entity::Activity, work.activity),
    ] {
        assert!(
            pulled.changes.contains(&Change::Del { entity, id }),
            "{entity:?} leaves the device"
        );
    }
    // Sent again (the answer was lost): nothing changes.
    let again = push(
        &pool,
        &t.ana,
        Uuid::new_v4(),
        vec![(
            1,
            MutationOp::ArchiveCompany {
                id: acme.id,
                force: false,
            },
        )],
    )
    .await;
    assert_eq!(again, vec![(1, MutationResult::Applied)]);

    let restored = push(
        &pool,
        &t.manager,
        Uuid::new_v4(),
        vec![(
            1,
            MutationOp::Restore {
                kind: ArchiveKind::Company,
                id: acme.id,
            },
        )],
    )
    .await;
    assert_eq!(restored, vec![(1, MutationResult::Applied)]);
    let back = app::sync::service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: device,
            cursor: pulled.cursor,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull");
    assert_eq!(
        back.changes
            .iter()
            .filter(|c| matches!(c, Change::Put(_)))
            .count(),
        4
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn no_server_function_deletes_a_record(pool: PgPool) {
    use crate::client::{app, cookie_for, post_json, send};

    let t = team(&pool).await;
    let acme = acme_of(&pool, &t.ana).await;
    let work = work_of(&pool, &t, &t.manager, &t.ben, acme.id).await;
    let bens_before = rows_of(&pool, t.ben.id).await;
    let router = app(pool.clone());
    let cookie = cookie_for(&pool, &t.ana).await;
    // The delete endpoints of earlier releases, as an old cached page would call them.
    for (path, id) in [
        ("/api/companies/delete", acme.id),
        ("/api/deals/delete", work.open_deal),
        ("/api/contacts/delete", acme.id),
    ] {
        let reply = send(
            &router,
            post_json(path, Some(&cookie), &serde_json::json!({ "id": id })),
        )
        .await;
        assert!(!reply.status.is_success(), "{path}: {}", reply.status);
    }
    // The one erase there is: a manager's, of an archived record only.
    let erase = serde_json::json!({ "kind": "company", "id": acme.id });
    let reply = send(
        &router,
        post_json("/api/archive/erase", Some(&cookie), &erase),
    )
    .await;
    assert_eq!(reply.status.as_u16(), 403, "{}", reply.body);
    let manager = cookie_for(&pool, &t.manager).await;
    let reply = send(
        &router,
        post_json("/api/archive/erase", Some(&manager), &erase),
    )
    .await;
    assert_eq!(reply.status.as_u16(), 409, "{}", reply.body);
    assert_eq!(rows_of(&pool, t.ben.id).await, bens_before);
    assert!(!is_archived(&pool, "companies", acme.id).await);
}
