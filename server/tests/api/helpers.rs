use std::sync::OnceLock;

use app::auth::{
    model::{CurrentUser, Role},
    session::hash_password,
};
use app::customers::model::NewCompany;
use app::sync::model::{Mutation, MutationOp, MutationResult, PushRequest};
use sqlx::PgPool;
use uuid::Uuid;

pub const PASSWORD: &str = "s3cret-pass";

/// Hashing is deliberately slow: do it once for all test users.
fn password_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_password(PASSWORD).expect("hash"))
}

pub async fn user(pool: &PgPool, name: &str, role: Role) -> CurrentUser {
    let id = Uuid::new_v4();
    let email = format!("{}@team.test", name.to_lowercase());
    sqlx::query(
        "insert into users (id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(&email)
    .bind(name)
    .bind(role.as_str())
    .bind(password_hash())
    .execute(pool)
    .await
    .expect("insert user");
    CurrentUser {
        id,
        name: name.to_string(),
        email,
        role,
    }
}

pub struct Team {
    pub ana: CurrentUser,
    pub ben: CurrentUser,
    pub manager: CurrentUser,
}

pub async fn team(pool: &PgPool) -> Team {
    Team {
        ana: user(pool, "Ana", Role::Rep).await,
        ben: user(pool, "Ben", Role::Rep).await,
        manager: user(pool, "Morgan", Role::Manager).await,
    }
}

pub fn company(name: &str) -> NewCompany {
    NewCompany {
        name: name.to_string(),
        ..NewCompany::blank()
    }
}

/// Pushes `ops` (mutation id, edit) as one batch from device `client`; the per-edit answers.
pub async fn push(
    pool: &PgPool,
    user: &CurrentUser,
    client: Uuid,
    ops: Vec<(i64, MutationOp)>,
) -> Vec<(i64, MutationResult)> {
    app::sync::service::push(
        pool,
        user,
        PushRequest {
            client_id: client,
            mutations: ops
                .into_iter()
                .map(|(id, op)| Mutation { id, op })
                .collect(),
        },
    )
    .await
    .expect("push")
    .results
}

/// Archives a record as `user` would from a card (the same use case a sync push runs).
pub async fn archive(
    pool: &PgPool,
    user: &CurrentUser,
    kind: app::archive::model::ArchiveKind,
    id: Uuid,
    force: bool,
) -> Result<(), app::error::AppError> {
    let mut conn = pool.acquire().await.expect("connection");
    app::archive::service::archive(&mut conn, user, kind, id, force).await
}

/// Restores an archived record as `user`.
pub async fn restore(
    pool: &PgPool,
    user: &CurrentUser,
    kind: app::archive::model::ArchiveKind,
    id: Uuid,
) -> Result<(), app::error::AppError> {
    let mut conn = pool.acquire().await.expect("connection");
    app::archive::service::restore(&mut conn, user, kind, id).await
}
