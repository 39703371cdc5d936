//! What a device keeps (`sync::scope`): a manager's device holds the team's
//! companies, their own book (contacts too), the team's open deals and planned
//! activities and what closed or was done lately; a card opened online is
//! then kept whole. Records moving in or out of that arrive or leave.

use std::collections::{BTreeSet, HashMap};

use app::{
    activities::model::NewActivity,
    auth::model::CurrentUser,
    deals::model::{DealPatch, NewDeal, Outcome},
    error::AppError,
    pipelines,
    sync::{
        model::{Change, MutationOp, PullRequest, Record},
        scope::{OnTeamDevice, ScopeBounds, TeamBounds, TeamScope},
        service,
        snapshot::Snapshot,
    },
};
use chrono::Utc;
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{company, device_copy, device_copy_keeping, push, team, TestDevice};

/// Ben's customer, with one record of each age a manager's scope tells apart.
struct BensBook {
    company: Uuid,
    contact: Uuid,
    open_deal: Uuid,
    won_lately: Uuid,
    won_long_ago: Uuid,
    planned: Uuid,
    done_lately: Uuid,
    done_long_ago: Uuid,
    /// The manager's own deal at Ben's customer, won long ago.
    managers_old_deal: Uuid,
}

async fn bens_book(pool: &PgPool, ben: &CurrentUser, manager: &CurrentUser) -> BensBook {
    pipelines::service::create(pool, manager, Uuid::new_v4(), "New business")
        .await
        .expect("pipeline");
    let new_company = company("Ben's Bakery");
    let company_id = new_company.id;
    let contact = app::contacts::model::NewContact {
        name: "Rosa".into(),
        ..app::contacts::model::NewContact::blank(company_id)
    };
    let deal = |title: &str, owner: &CurrentUser| NewDeal {
        title: title.into(),
        company_id: Some(company_id),
        owner_id: Some(owner.id),
        value_cents: 100_000,
        ..NewDeal::blank()
    };
    let (open, lately, long_ago, managers) = (
        deal("Ovens", ben),
        deal("Mixers", ben),
        deal("Trays", ben),
        deal("Flour silo", manager),
    );
    let activity = |subject: &str| NewActivity {
        subject: subject.into(),
        ..NewActivity::blank(company_id)
    };
    let (planned, done_lately, done_long_ago) = (
        activity("Call about ovens"),
        activity("Visit"),
        activity("First call"),
    );
    let won = |id| MutationOp::CloseDeal {
        id,
        outcome: Outcome::Won {
            reason: "Best price".into(),
        },
    };
    let book = BensBook {
        company: company_id,
        contact: contact.id,
        open_deal: open.id,
        won_lately: lately.id,
        won_long_ago: long_ago.id,
        planned: planned.id,
        done_lately: done_lately.id,
        done_long_ago: done_long_ago.id,
        managers_old_deal: managers.id,
    };
    let ops = vec![
        MutationOp::CreateCompany(new_company),
        MutationOp::CreateContact(contact),
        MutationOp::CreateDeal(open),
        MutationOp::CreateDeal(lately),
        MutationOp::CreateDeal(long_ago),
        MutationOp::CreateActivity(planned),
        MutationOp::CreateActivity(done_lately),
        MutationOp::CreateActivity(done_long_ago),
        won(book.won_lately),
        won(book.won_long_ago),
        MutationOp::CompleteActivity {
            id: book.done_lately,
            done: true,
        },
        MutationOp::CompleteActivity {
            id: book.done_long_ago,
            done: true,
        },
    ];
    let ops = ops
        .into_iter()
        .enumerate()
        .map(|(i, op)| (i as i64 + 1, op));
    let device = Uuid::new_v4();
    for (id, result) in push(pool, ben, device, ops.collect()).await {
        assert!(
            matches!(result, app::sync::model::MutationResult::Applied),
            "edit {id}: {result:?}"
        );
    }
    let results = push(
        pool,
        manager,
        Uuid::new_v4(),
        vec![
            (1, MutationOp::CreateDeal(managers)),
            (2, won(book.managers_old_deal)),
        ],
    )
    .await;
    assert!(results
        .iter()
        .all(|(_, r)| matches!(r, app::sync::model::MutationResult::Applied)));
    // A year ago, as far as the rules can tell.
    sqlx::query("update deals set closed_at = now() - interval '1 year' where id = any($1)")
        .bind(vec![book.won_long_ago, book.managers_old_deal])
        .execute(pool)
        .await
        .expect("age the deals");
    sqlx::query("update activities set done_at = now() - interval '1 year' where id = $1")
        .bind(book.done_long_ago)
        .execute(pool)
        .await
        .expect("age the activity");
    book
}

fn ids<T>(records: &HashMap<Uuid, T>) -> BTreeSet<Uuid> {
    records.keys().copied().collect()
}

fn set(ids: &[Uuid]) -> BTreeSet<Uuid> {
    ids.iter().copied().collect()
}

/// The same rules in Rust (what the device prunes with) as in the SQL the
/// pull read with: every record of `all` is on `device` exactly when kept.
fn rules_agree(all: &Snapshot, device: &Snapshot, scope: &TeamScope) {
    agree(&all.companies, &device.companies, scope);
    agree(&all.contacts, &device.contacts, scope);
    agree(&all.deals, &device.deals, scope);
    agree(&all.activities, &device.activities, scope);
}

fn agree<T: OnTeamDevice + std::fmt::Debug>(
    all: &HashMap<Uuid, T>,
    device: &HashMap<Uuid, T>,
    scope: &TeamScope,
) {
    for (id, record) in all {
        assert_eq!(record.kept_by(scope), device.contains_key(id), "{record:?}");
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_managers_device_keeps_what_the_rules_say(pool: PgPool) {
    let t = team(&pool).await;
    let book = bens_book(&pool, &t.ben, &t.manager).await;

    let device = device_copy(&pool, &t.manager).await;
    assert_eq!(ids(&device.companies), set(&[book.company]));
    assert!(
        device.contacts.is_empty(),
        "a colleague's customer's contacts come with its card"
    );
    assert_eq!(
        ids(&device.deals),
        set(&[book.open_deal, book.won_lately, book.managers_old_deal]),
        "open, closed lately, and the manager's own"
    );
    assert_eq!(
        ids(&device.activities),
        set(&[book.planned, book.done_lately]),
        "planned, and done lately"
    );
    let bounds = device.scope.expect("a manager's pull says what it keeps");
    assert_eq!(bounds, TeamBounds::at(Utc::now(), ScopeBounds::default()));

    // Kept whole, the company brings everything, as the same rules say.
    let everything = device_copy_keeping(&pool, &t.manager, &[book.company]).await;
    assert_eq!(ids(&everything.contacts), set(&[book.contact]));
    assert_eq!(everything.deals.len(), 4);
    assert_eq!(everything.activities.len(), 3);
    let scope = TeamScope {
        me: t.manager.id,
        since: bounds.since,
        kept: Vec::new(),
    };
    rules_agree(&everything, &device, &scope);

    // A rep's device: their own book, whatever it names as kept.
    let mut rep = TestDevice::new(&t.ana);
    rep.replica.base.kept = vec![book.company];
    rep.sync(&pool).await;
    assert!(rep.replica.base.companies.is_empty() && rep.replica.base.deals.is_empty());
    assert_eq!(rep.replica.base.scope, None);
    let page = service::pull(
        &pool,
        &t.ana,
        PullRequest {
            client_id: Uuid::new_v4(),
            cursor: 0,
            kept: vec![book.company],
        },
    )
    .await
    .expect("pull");
    assert!(page.changes.iter().all(|c| !matches!(
        c,
        Change::Put(Record::Company(_) | Record::Deal(_) | Record::Activity(_))
    )));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_record_moving_in_arrives_and_moving_out_leaves(pool: PgPool) {
    let t = team(&pool).await;
    let book = bens_book(&pool, &t.ben, &t.manager).await;
    let mut phone = TestDevice::new(&t.manager);
    phone.sync(&pool).await;
    assert!(!phone.replica.base.deals.contains_key(&book.won_long_ago));

    // Reopened, the old deal is open again: it arrives.
    let reopen = MutationOp::ReopenDeal {
        id: book.won_long_ago,
    };
    push(&pool, &t.ben, Uuid::new_v4(), vec![(1, reopen)]).await;
    phone.sync(&pool).await;
    assert!(phone.replica.base.deals.contains_key(&book.won_long_ago));

    // The deal won lately turns out to have closed a year ago, then is
    // edited: it leaves.
    sqlx::query("update deals set closed_at = now() - interval '1 year' where id = $1")
        .bind(book.won_lately)
        .execute(&pool)
        .await
        .expect("age");
    let rename = MutationOp::UpdateDeal {
        id: book.won_lately,
        patch: DealPatch {
            title: Some("Mixers (2025)".into()),
            ..Default::default()
        },
    };
    push(&pool, &t.ben, Uuid::new_v4(), vec![(1, rename)]).await;
    phone.sync(&pool).await;
    assert!(!phone.replica.base.deals.contains_key(&book.won_lately));

    // Ben's customer handed to the manager: its people come with it, and go
    // when it is handed back.
    let hand_to = |owner: Uuid| MutationOp::UpdateCompany {
        id: book.company,
        patch: app::customers::model::CompanyPatch {
            owner_id: Some(owner),
            ..Default::default()
        },
    };
    assert!(phone.replica.base.contacts.is_empty());
    push(
        &pool,
        &t.manager,
        Uuid::new_v4(),
        vec![(1, hand_to(t.manager.id))],
    )
    .await;
    phone.sync(&pool).await;
    assert_eq!(ids(&phone.replica.base.contacts), set(&[book.contact]));
    push(
        &pool,
        &t.manager,
        Uuid::new_v4(),
        vec![(1, hand_to(t.ben.id))],
    )
    .await;
    phone.sync(&pool).await;
    assert!(phone.replica.base.contacts.is_empty());
    assert_eq!(
        phone.replica.base,
        device_copy(&pool, &t.manager).await,
        "the phone holds what a new device would"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_card_opened_online_is_kept_whole_and_kept_up_to_date(pool: PgPool) {
    let t = team(&pool).await;
    let book = bens_book(&pool, &t.ben, &t.manager).await;
    let mut phone = TestDevice::new(&t.manager);
    phone.sync(&pool).await;
    assert!(!phone.replica.has_whole(book.company));

    assert!(phone.replica.keep(book.company), "opened online");
    phone.sync(&pool).await;
    assert!(phone.replica.has_whole(book.company));
    assert_eq!(phone.replica.base.kept, vec![book.company]);
    assert!(phone.replica.base.deals.contains_key(&book.won_long_ago));
    assert!(phone
        .replica
        .base
        .activities
        .contains_key(&book.done_long_ago));

    // Ben edits the old activity: the phone gets the edit, not a removal.
    let edit = MutationOp::UpdateActivity {
        id: book.done_long_ago,
        patch: app::activities::model::ActivityPatch {
            body: Some("They asked about ovens".into()),
            ..Default::default()
        },
    };
    push(&pool, &t.ben, Uuid::new_v4(), vec![(1, edit)]).await;
    phone.sync(&pool).await;
    assert_eq!(
        phone.replica.base.activities[&book.done_long_ago].body,
        "They asked about ovens"
    );
    // A reload keeps the list; the next pull names it again.
    phone.reload();
    assert!(phone.replica.has_whole(book.company));
    assert_eq!(
        phone.replica.base,
        device_copy_keeping(&pool, &t.manager, &[book.company]).await
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_cannot_read_a_colleagues_company_whole(pool: PgPool) {
    let t = team(&pool).await;
    let book = bens_book(&pool, &t.ben, &t.manager).await;
    let refused = service::company_records(&pool, &t.ana, book.company).await;
    assert!(
        matches!(refused, Err(AppError::NotFound(_) | AppError::Forbidden)),
        "{refused:?}"
    );
    let own = service::company_records(&pool, &t.ben, book.company)
        .await
        .expect("Ben's own");
    assert_eq!(
        own.len(),
        1 + 1 + 3 + 3,
        "company, contact, Ben's deals and activities"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_new_devices_first_pull_names_nothing_to_remove(pool: PgPool) {
    let t = team(&pool).await;
    bens_book(&pool, &t.ben, &t.manager).await;
    let page = service::pull(
        &pool,
        &t.manager,
        PullRequest {
            client_id: Uuid::new_v4(),
            cursor: 0,
            kept: Vec::new(),
        },
    )
    .await
    .expect("pull");
    assert!(!page.changes.is_empty());
    assert!(page.changes.iter().all(|c| matches!(c, Change::Put(_))));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_made_manager_gets_the_teams_share_and_back_again_their_own(pool: PgPool) {
    let t = team(&pool).await;
    let book = bens_book(&pool, &t.ben, &t.manager).await;
    let mut phone = TestDevice::new(&t.ana);
    phone.sync(&pool).await;
    assert!(phone.replica.base.companies.is_empty());

    // Promoted: nothing about Ben's records changed, yet they are hers to see.
    sqlx::query("update users set role = 'manager' where id = $1")
        .bind(t.ana.id)
        .execute(&pool)
        .await
        .expect("promote");
    let manager = CurrentUser {
        role: app::auth::model::Role::Manager,
        ..t.ana.clone()
    };
    phone.replica.user = manager.clone();
    phone.sync(&pool).await;
    assert!(phone.replica.base.deals.contains_key(&book.open_deal));
    assert_eq!(phone.replica.base, device_copy(&pool, &manager).await);

    // And back: the team's records leave the phone.
    sqlx::query("update users set role = 'rep' where id = $1")
        .bind(t.ana.id)
        .execute(&pool)
        .await
        .expect("demote");
    phone.replica.user = t.ana.clone();
    phone.sync(&pool).await;
    assert!(phone.replica.base.companies.is_empty() && phone.replica.base.deals.is_empty());
}
