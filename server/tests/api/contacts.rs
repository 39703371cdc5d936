use app::contacts::{
    model::{ContactPatch, NewContact},
    service,
};
use app::{customers, error::AppError};
use sqlx::PgPool;

use crate::helpers::{company, team};

fn contact(company_id: uuid::Uuid, name: &str, email: &str) -> NewContact {
    NewContact {
        name: name.into(),
        email: email.into(),
        ..NewContact::blank(company_id)
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn a_rep_creates_reads_updates_and_deletes_a_contact(pool: PgPool) {
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

    service::delete(&pool, &t.ana, rosa.id)
        .await
        .expect("delete");
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
    assert_eq!(
        fields.get("email"),
        Some("Enter an email address like name@company.com.")
    );

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
        service::delete(&pool, &t.ben, rosa.id).await,
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
async fn deleting_a_company_deletes_its_contacts(pool: PgPool) {
    let t = team(&pool).await;
    let acme = customers::service::create(&pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let rosa = service::create(&pool, &t.ana, contact(acme.id, "Rosa", ""))
        .await
        .expect("create");
    customers::service::delete(&pool, &t.ana, acme.id)
        .await
        .expect("delete");
    assert_eq!(
        service::get(&pool, &t.ana, rosa.id).await,
        Err(AppError::NotFound("This contact".into()))
    );
}
