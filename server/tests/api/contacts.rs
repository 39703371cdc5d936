use app::contacts::{
    model::{ContactPatch, NewContact},
    service,
};
use app::{customers, error::AppError};
use sqlx::PgPool;

use app::archive::model::ArchiveKind;

use crate::helpers::{archive, company, restore, team};

fn contact(company_id: uuid::Uuid, name: &str, email: &str) -> NewContact {
    NewContact {
        name: name.into(),
        email: email.into(),
        ..NewContact::blank(company_id)
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_creates_reads_updates_and_archives_a_contact(pool: PgPool) {
    let t = team(&pool).await;
    let acme = customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let rosa = service::create(
        &pool,
        &t.ana,
        contact(acme.id, "Rosa Silva", " Rosa@Acme.Example "),
    )
    .await
    .expect("create");
    assert_eq!(
        rosa.email, "rosa@acme.example",
        "emails are trimmed and lowercased"
    );
    assert_eq!(rosa.owner_id, t.ana.id);

    let patch = ContactPatch {
        title: Some("Head buyer".into()),
        ..Default::default()
    };
    let updated = service::update(&pool, &t.ana, rosa.id, patch)
        .await
        .expect("update");
    assert_eq!(
        (updated.title.as_str(), updated.name.as_str()),
        ("Head buyer", "Rosa Silva")
    );
    assert_eq!(
        service::for_company(&pool, &t.ana, acme.id)
            .await
            .expect("list"),
        vec![updated]
    );

    archive(&pool, &t.ana, ArchiveKind::Contact, rosa.id, false)
        .await
        .expect("archive");
    assert_eq!(
        service::get(&pool, &t.ana, rosa.id).await,
        Err(AppError::NotFound("This contact".into()))
    );
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_malformed_email_or_empty_name_is_rejected_with_field_errors(pool: PgPool) {
    let t = team(&pool).await;
    let acme = customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let err = service::create(&pool, &t.ana, contact(acme.id, "", "rosa(at)acme"))
        .await
        .expect_err("rejected");
    let fields = err.field_errors().expect("field errors");
    assert!(fields.get("name").is_some());
    assert_eq!(fields.key("email"), Some("validation-email"));

    let rosa = service::create(&pool, &t.ana, contact(acme.id, "Rosa", ""))
        .await
        .expect("create");
    let bad = ContactPatch {
        email: Some("rosa@".into()),
        ..Default::default()
    };
    let err = service::update(&pool, &t.ana, rosa.id, bad)
        .await
        .expect_err("rejected");
    assert!(err.field_errors().and_then(|f| f.get("email")).is_some());
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_cannot_touch_contacts_of_another_reps_customer(pool: PgPool) {
    let t = team(&pool).await;
    let acme = customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let rosa = service::create(&pool, &t.ana, contact(acme.id, "Rosa", ""))
        .await
        .expect("create");

    assert_eq!(
        service::create(&pool, &t.ben, contact(acme.id, "Intruder", "")).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        service::get(&pool, &t.ben, rosa.id).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        service::update(&pool, &t.ben, rosa.id, ContactPatch::default()).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        archive(&pool, &t.ben, ArchiveKind::Contact, rosa.id, false).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        service::for_company(&pool, &t.ben, acme.id).await,
        Err(AppError::Forbidden)
    );

    let seen_by_manager = service::for_company(&pool, &t.manager, acme.id)
        .await
        .expect("manager");
    assert_eq!(seen_by_manager.len(), 1);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn archiving_a_company_archives_its_contacts_and_restoring_brings_them_back(pool: PgPool) {
    let t = team(&pool).await;
    let acme = customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let rosa = service::create(&pool, &t.ana, contact(acme.id, "Rosa", ""))
        .await
        .expect("create");
    let ines = service::create(&pool, &t.ana, contact(acme.id, "Inês", ""))
        .await
        .expect("create");
    // Archived on its own before: the company's restore must not bring it back.
    archive(&pool, &t.ana, ArchiveKind::Contact, ines.id, false)
        .await
        .expect("archive Inês");
    archive(&pool, &t.ana, ArchiveKind::Company, acme.id, false)
        .await
        .expect("archive");
    assert_eq!(
        service::get(&pool, &t.ana, rosa.id).await,
        Err(AppError::NotFound("This contact".into()))
    );
    assert_eq!(
        service::create(&pool, &t.ana, contact(acme.id, "Late", "")).await,
        Err(AppError::NotFound("This company".into())),
        "nothing is added to an archived company"
    );
    restore(&pool, &t.manager, ArchiveKind::Company, acme.id)
        .await
        .expect("restore");
    let back = service::for_company(&pool, &t.ana, acme.id)
        .await
        .expect("card");
    assert_eq!(
        back.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
        vec!["Rosa"]
    );
}
