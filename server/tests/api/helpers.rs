use std::sync::OnceLock;

use app::auth::{
    model::{CurrentUser, Role},
    session::hash_password,
};
use app::customers::model::NewCompany;
use app::sync::{
    model::{Mutation, MutationOp, MutationResult, PullRequest, PushRequest, MAX_PUSH},
    outbox::Outbox,
    replica::Replica,
    service,
    snapshot::Snapshot,
};
use chrono::Utc;
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

/// A device running the browser's own replica code against the server's
/// push and pull, with no network in between.
pub struct TestDevice {
    pub replica: Replica,
    pub online: bool,
}

impl TestDevice {
    pub fn new(user: &CurrentUser) -> TestDevice {
        TestDevice {
            replica: Replica::new(user.clone(), Snapshot::default(), Outbox::new()),
            online: true,
        }
    }

    /// Push what is queued (losing the answer on the way back when asked),
    /// then pull all; the push's answers.
    pub async fn sync_losing(
        &mut self,
        pool: &PgPool,
        lose_answer: bool,
    ) -> Vec<(i64, MutationResult)> {
        let user = self.replica.user.clone();
        let mut results = Vec::new();
        let unsent = self.replica.outbox.unsent(MAX_PUSH);
        if !unsent.is_empty() {
            let request = PushRequest {
                client_id: self.replica.outbox.client_id,
                mutations: unsent,
            };
            let response = service::push(pool, &user, request).await.expect("push");
            if lose_answer {
                return results;
            }
            self.replica.apply_push(&response, Utc::now());
            results = response.results;
        }
        loop {
            let request = PullRequest {
                client_id: self.replica.outbox.client_id,
                cursor: self.replica.pull_cursor(),
                kept: self.replica.kept_for_pull(),
            };
            let page = service::pull(pool, &user, request).await.expect("pull");
            let more = page.more;
            self.replica.apply_pull(page, Utc::now());
            if !more && !self.replica.reading_fresh() {
                break;
            }
        }
        // As the browser does after its pull (see the client's runner).
        for company in self.replica.wanted() {
            let records = service::company_records(pool, &user, company).await.ok();
            self.replica.take_company(company, records, Utc::now());
        }
        results
    }

    pub async fn sync(&mut self, pool: &PgPool) -> Vec<(i64, MutationResult)> {
        self.sync_losing(pool, false).await
    }

    /// A page reload: the replica comes back from what the browser stored.
    pub fn reload(&mut self) {
        let base = serde_json::to_string(&self.replica.base).expect("base");
        let outbox = serde_json::to_string(&self.replica.outbox).expect("outbox");
        self.replica = Replica::new(
            self.replica.user.clone(),
            serde_json::from_str(&base).expect("base"),
            serde_json::from_str(&outbox).expect("outbox"),
        );
    }
}

/// Everything `user`'s device keeps, as a brand-new device pulls it.
pub async fn device_copy(pool: &PgPool, user: &CurrentUser) -> Snapshot {
    device_copy_keeping(pool, user, &[]).await
}

/// The same, for a manager's device that keeps these companies whole.
pub async fn device_copy_keeping(pool: &PgPool, user: &CurrentUser, kept: &[Uuid]) -> Snapshot {
    let mut fresh = TestDevice::new(user);
    for company in kept {
        fresh.replica.keep(*company);
    }
    fresh.sync(pool).await;
    fresh.replica.base
}
