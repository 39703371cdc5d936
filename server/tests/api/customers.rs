use app::customers::{
    model::{Classification, CompanyPatch, CompanyQuery},
    service,
};
use app::{contacts, error::AppError};
use sqlx::PgPool;

use app::archive::model::ArchiveKind;

use crate::helpers::{archive, company, device_copy, team};

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_creates_reads_updates_and_archives_a_company(pool: PgPool) {
    let t = team(&pool).await;
    let mut new = company("  Acme Bakery ");
    new.phone = "+351 21 555 0100".into();
    let created = service::create(&pool, &t.ana, new).await.expect("create");
    assert_eq!(created.name, "Acme Bakery", "names are trimmed");
    assert_eq!(created.owner_id, t.ana.id, "a rep owns what they create");

    let read = service::get(&pool, &t.ana, created.id).await.expect("read");
    assert_eq!(read, created);

    let patch = CompanyPatch {
        classification: Some(Classification::KeyAccount),
        ..Default::default()
    };
    let updated = service::update(&pool, &t.ana, created.id, patch)
        .await
        .expect("update");
    assert_eq!(updated.classification, Classification::KeyAccount);
    assert_eq!(
        updated.phone, "+351 21 555 0100",
        "fields not in the patch are kept"
    );

    archive(&pool, &t.ana, ArchiveKind::Company, created.id, false)
        .await
        .expect("archive");
    assert_eq!(
        service::get(&pool, &t.ana, created.id).await,
        Err(AppError::NotFound("This company".into()))
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn an_empty_name_is_rejected_with_a_name_error(pool: PgPool) {
    let t = team(&pool).await;
    let err = service::create(&pool, &t.ana, company("   "))
        .await
        .expect_err("rejected");
    assert!(
        err.field_errors().and_then(|f| f.get("name")).is_some(),
        "{err:?}"
    );

    let created = service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("create");
    let blank = CompanyPatch {
        name: Some(" ".into()),
        ..Default::default()
    };
    let err = service::update(&pool, &t.ana, created.id, blank)
        .await
        .expect_err("rejected");
    assert!(
        err.field_errors().and_then(|f| f.get("name")).is_some(),
        "{err:?}"
    );
    assert_eq!(
        service::get(&pool, &t.ana, created.id)
            .await
            .expect("read")
            .name,
        "Acme"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_duplicate_company_name_is_a_name_error_whatever_the_case(pool: PgPool) {
    let t = team(&pool).await;
    service::create(&pool, &t.ana, company("Acme Bakery"))
        .await
        .expect("create");
    let err = service::create(&pool, &t.ben, company("ACME bakery"))
        .await
        .expect_err("duplicate");
    assert_eq!(
        err.field_errors().and_then(|f| f.key("name")),
        Some("error-company-name-taken")
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_cannot_read_edit_or_archive_another_reps_company(pool: PgPool) {
    let t = team(&pool).await;
    let anas = service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("create");

    assert_eq!(
        service::get(&pool, &t.ben, anas.id).await,
        Err(AppError::Forbidden)
    );
    let patch = CompanyPatch {
        name: Some("Hijacked".into()),
        ..Default::default()
    };
    assert_eq!(
        service::update(&pool, &t.ben, anas.id, patch).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        archive(&pool, &t.ben, ArchiveKind::Company, anas.id, false).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        service::get(&pool, &t.ana, anas.id)
            .await
            .expect("still there")
            .name,
        "Acme"
    );

    let bens_list = device_copy(&pool, &t.ben)
        .await
        .company_page(&CompanyQuery::default());
    assert_eq!(
        bens_list.total, 0,
        "Ben's list does not show Ana's customers"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_manager_sees_and_edits_every_reps_companies(pool: PgPool) {
    let t = team(&pool).await;
    let anas = service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("create");
    service::create(&pool, &t.ben, company("Bolt"))
        .await
        .expect("create");

    let all = device_copy(&pool, &t.manager)
        .await
        .company_page(&CompanyQuery::default());
    assert_eq!(all.total, 2);
    let patch = CompanyPatch {
        industry: Some("Retail".into()),
        ..Default::default()
    };
    let edited = service::update(&pool, &t.manager, anas.id, patch)
        .await
        .expect("edit");
    assert_eq!(edited.industry, "Retail");
    assert_eq!(edited.owner_id, t.ana.id);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn only_a_manager_can_hand_a_customer_to_another_rep(pool: PgPool) {
    let t = team(&pool).await;
    let mut for_ben = company("Acme");
    for_ben.owner_id = Some(t.ben.id);
    assert_eq!(
        service::create(&pool, &t.ana, for_ben).await,
        Err(AppError::Forbidden)
    );

    let anas = service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("create");
    let mut contact = app::contacts::model::NewContact::blank(anas.id);
    contact.name = "Rosa Silva".into();
    let rosa = contacts::service::create(&pool, &t.ana, contact)
        .await
        .expect("contact");
    let to_ben = CompanyPatch {
        owner_id: Some(t.ben.id),
        ..Default::default()
    };
    assert_eq!(
        service::update(&pool, &t.ana, anas.id, to_ben.clone()).await,
        Err(AppError::Forbidden)
    );

    let moved = service::update(&pool, &t.manager, anas.id, to_ben)
        .await
        .expect("reassign");
    assert_eq!(moved.owner_id, t.ben.id);
    assert_eq!(moved.owner_name, "Ben");
    let rosa = contacts::service::get(&pool, &t.ben, rosa.id)
        .await
        .expect("Ben sees the contact");
    assert_eq!(rosa.owner_id, t.ben.id, "contacts move with their company");
    assert_eq!(
        service::get(&pool, &t.ana, anas.id).await,
        Err(AppError::Forbidden)
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_list_searches_names_contact_emails_and_phone_digits(pool: PgPool) {
    let t = team(&pool).await;
    let mut acme = company("Acme Bakery");
    acme.phone = "+351 21 555 0100".into();
    let acme = service::create(&pool, &t.ana, acme).await.expect("create");
    let mut bolt = company("Bolt Motors");
    bolt.classification = Classification::Debtor;
    service::create(&pool, &t.ana, bolt).await.expect("create");
    let mut contact = app::contacts::model::NewContact::blank(acme.id);
    contact.name = "Rosa Silva".into();
    contact.email = "rosa@acme.example".into();
    contacts::service::create(&pool, &t.ana, contact)
        .await
        .expect("contact");

    let names = |query: CompanyQuery| {
        let (pool, ana) = (pool.clone(), t.ana.clone());
        async move {
            let page = device_copy(&pool, &ana).await.company_page(&query);
            page.items.into_iter().map(|c| c.name).collect::<Vec<_>>()
        }
    };
    let search = |s: &str| CompanyQuery {
        search: s.into(),
        ..Default::default()
    };
    assert_eq!(names(search("bakery")).await, ["Acme Bakery"]);
    assert_eq!(names(search("ROSA@acme")).await, ["Acme Bakery"]);
    assert_eq!(names(search("5550100")).await, ["Acme Bakery"]);
    assert_eq!(names(search("%")).await, Vec::<String>::new());
    let debtors = CompanyQuery {
        classification: Some(Classification::Debtor),
        ..Default::default()
    };
    assert_eq!(names(debtors).await, ["Bolt Motors"]);
    let all = device_copy(&pool, &t.ana)
        .await
        .company_page(&CompanyQuery::default());
    assert_eq!(all.total, 2);
    assert_eq!(all.items[0].contact_count, Some(1));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn the_list_pages_through_many_customers(pool: PgPool) {
    let t = team(&pool).await;
    for i in 0..120 {
        service::create(&pool, &t.ana, company(&format!("Customer {i:03}")))
            .await
            .expect("create");
    }
    let page = |page| CompanyQuery {
        page,
        ..Default::default()
    };
    let first = device_copy(&pool, &t.ana).await.company_page(&page(0));
    let last = device_copy(&pool, &t.ana).await.company_page(&page(2));
    let beyond = device_copy(&pool, &t.ana).await.company_page(&page(9));
    assert_eq!(
        (first.total, first.items.len(), first.page_count()),
        (120, 50, 3)
    );
    assert_eq!(first.items[0].name, "Customer 000");
    assert_eq!(last.items.len(), 20);
    assert_eq!(last.items[19].name, "Customer 119");
    assert_eq!(
        (beyond.total, beyond.page, beyond.items.len()),
        (120, 2, 20),
        "past the end, the last page"
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn demo_data_seeds_a_team_and_its_book_once(pool: PgPool) {
    assert!(server::seed::seed_if_empty(&pool).await.expect("seed"));
    assert!(
        !server::seed::seed_if_empty(&pool)
            .await
            .expect("second run"),
        "never seeds twice"
    );
    let counts: (i64, i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from users where role = 'rep'),
                (select count(*) from users where role = 'manager'),
                (select count(*) from companies),
                (select count(*) from contacts)",
    )
    .fetch_one(&pool)
    .await
    .expect("counts");
    assert_eq!((counts.0, counts.1, counts.2), (3, 1, 200));
    assert!(
        (300..=500).contains(&counts.3),
        "about 400 contacts, got {}",
        counts.3
    );
    let deals: (i64, i64, i64, bool) = sqlx::query_as(
        "select (select count(*) from pipelines),
                (select count(*) from deals),
                (select count(*) from deals where status = 'open'),
                -- no two deals of a column share a position, and there is room between them
                (select bool_and(ok) from (
                    select count(distinct position) = count(*) and min(position) >= 0
                           and max(position) = (count(*) - 1) * 1024 as ok
                      from deals where status = 'open' group by stage_id) c)",
    )
    .fetch_one(&pool)
    .await
    .expect("deal counts");
    assert_eq!((deals.0, deals.1), (2, server::seed::DEMO_DEALS as i64));
    assert!(deals.2 > 150, "most demo deals are open");
    assert!(deals.3, "demo columns are ordered with room between cards");
}
