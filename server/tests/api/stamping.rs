//! A big transaction gets its version once at commit (issue 19): its commit
//! costs about the same whatever its size, a small edit from another session
//! is not held up by it, and a device pulling meanwhile misses nothing.
//!
//! Timings: `./fieldbook test` runs these alone, after the other tests, so
//! their load on the same PostgreSQL cannot skew them.

use std::{
    collections::HashSet,
    time::{Duration, Instant},
};

use app::sync::{
    model::{Change, PullRequest},
    service,
};
use sqlx::{PgPool, Postgres, Transaction};
use uuid::Uuid;

use crate::helpers::team;

/// Inserts `rows` companies owned by `owner` in `tx`, set-based as bulk work
/// does. Names carry `batch` so every call makes new ones.
async fn insert_companies(tx: &mut Transaction<'_, Postgres>, owner: Uuid, batch: &str, rows: i64) {
    sqlx::query(
        "insert into companies (id, name, owner_id)
         select gen_random_uuid(), 'Bulk ' || $1 || ' ' || g, $2 from generate_series(1, $3) g",
    )
    .bind(batch)
    .bind(owner)
    .bind(rows)
    .execute(&mut **tx)
    .await
    .expect("insert companies");
}

/// The time `rows` inserts take in one transaction, and then its commit.
async fn insert_then_commit(
    pool: &PgPool,
    owner: Uuid,
    batch: &str,
    rows: i64,
) -> (Duration, Duration) {
    let mut tx = pool.begin().await.expect("begin");
    let started = Instant::now();
    insert_companies(&mut tx, owner, batch, rows).await;
    let inserted = started.elapsed();
    let committing = Instant::now();
    tx.commit().await.expect("commit");
    (inserted, committing.elapsed())
}

#[sqlx::test(migrator = "server::MIGRATOR")]
#[ignore = "timing: ./fieldbook test runs it alone, after the others"]
async fn a_transaction_is_stamped_once_so_its_commit_does_not_grow_with_its_size(pool: PgPool) {
    let team = team(&pool).await;
    // Warm up the caches and the plan.
    insert_then_commit(&pool, team.ana.id, "warm", 500).await;
    let mut small = Vec::new();
    let mut big = Vec::new();
    for round in 0..3 {
        small.push(insert_then_commit(&pool, team.ana.id, &format!("s{round}"), 2_000).await);
        big.push(insert_then_commit(&pool, team.ana.id, &format!("b{round}"), 20_000).await);
    }
    let median = |mut d: Vec<Duration>| {
        d.sort();
        d[d.len() / 2]
    };
    let whole = |runs: &[(Duration, Duration)]| median(runs.iter().map(|(i, c)| *i + *c).collect());
    let commit = |runs: &[(Duration, Duration)]| median(runs.iter().map(|(_, c)| *c).collect());
    // Ten times the rows: about ten times the work, not a hundred (the old
    // stamping was quadratic: 2,000 rows 182 ms, 20,000 rows ~15 s).
    let ratio = whole(&big).as_secs_f64() / whole(&small).as_secs_f64();
    assert!(
        ratio < 15.0,
        "20,000 rows took {ratio:.1}× the time of 2,000"
    );
    // The commit itself, where the lock every writer needs is held, does
    // not grow with the rows: committing 20,000 costs less than the whole
    // 2,000-row transaction (the old stamping: 15 s against 0.2 s).
    assert!(
        commit(&big) < whole(&small),
        "a 20,000-row commit took {:?}; a whole 2,000-row transaction {:?}",
        commit(&big),
        whole(&small)
    );

    // Every transaction has one version, and the versions have no gap.
    let versions: Vec<i64> = sqlx::query_scalar("select version from sync_txn order by version")
        .fetch_all(&pool)
        .await
        .expect("versions");
    let first = versions[0];
    assert_eq!(
        versions,
        (first..first + versions.len() as i64).collect::<Vec<_>>()
    );
    let current: i64 = sqlx::query_scalar("select version from sync_version")
        .fetch_one(&pool)
        .await
        .expect("current");
    assert_eq!(current, *versions.last().expect("some"));
}

#[sqlx::test(migrator = "server::MIGRATOR")]
#[ignore = "timing: ./fieldbook test runs it alone, after the others"]
async fn small_edits_go_on_and_pulls_miss_nothing_while_a_50000_row_transaction_commits(
    pool: PgPool,
) {
    let team = team(&pool).await;
    let owner = team.ana.id;
    let edited = Uuid::new_v4();
    sqlx::query("insert into companies (id, name, owner_id) values ($1, 'Edited all along', $2)")
        .bind(edited)
        .bind(team.ben.id)
        .execute(&pool)
        .await
        .expect("a company to edit");

    // The big transaction writes its rows, then commits while the others run.
    let mut big = pool.begin().await.expect("begin");
    insert_companies(&mut big, owner, "big", 50_000).await;

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    // Small edits from another session, each its own transaction.
    let editor = {
        let pool = pool.clone();
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut waits = Vec::new();
            let mut n = 0;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                n += 1;
                let started = Instant::now();
                sqlx::query("update companies set industry = $1 where id = $2")
                    .bind(format!("edit {n}"))
                    .bind(edited)
                    .execute(&pool)
                    .await
                    .expect("small edit");
                waits.push(started.elapsed());
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            waits
        })
    };
    // A manager's device pulling all the while (a manager sees everything).
    let puller = {
        let pool = pool.clone();
        let stop = stop.clone();
        let manager = team.manager.clone();
        tokio::spawn(async move {
            let client_id = Uuid::new_v4();
            let mut cursor = 0;
            let mut seen = HashSet::new();
            let mut finishing = false;
            loop {
                let page = service::pull(
                    &pool,
                    &manager,
                    PullRequest {
                        client_id,
                        cursor,
                        kept: Vec::new(),
                    },
                )
                .await
                .expect("pull");
                assert!(page.cursor >= cursor, "the cursor went back");
                for change in &page.changes {
                    seen.insert(match change {
                        Change::Put(record) => record.id(),
                        Change::Del { id, .. } => *id,
                    });
                }
                cursor = page.cursor;
                if finishing && !page.more {
                    return seen;
                }
                if stop.load(std::sync::atomic::Ordering::Relaxed) {
                    finishing = true;
                }
                if !page.more {
                    tokio::time::sleep(Duration::from_millis(3)).await;
                }
            }
        })
    };

    tokio::time::sleep(Duration::from_millis(100)).await;
    let committing = Instant::now();
    big.commit().await.expect("the big commit");
    let commit_took = committing.elapsed();
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let waits = editor.await.expect("editor");
    let seen = puller.await.expect("puller");

    // Not held up: the old stamping held every writer for minutes here.
    let longest = waits.iter().max().copied().unwrap_or_default();
    assert!(
        longest < Duration::from_secs(1),
        "a small edit waited {longest:?} (the big commit took {commit_took:?})"
    );
    // Nothing skipped: every row of the big transaction and the edited company.
    let logged: Vec<Uuid> = sqlx::query_scalar("select distinct entity_id from change_log")
        .fetch_all(&pool)
        .await
        .expect("logged");
    assert!(
        logged.len() > 50_000,
        "only {} records logged",
        logged.len()
    );
    let missing: Vec<_> = logged.iter().filter(|id| !seen.contains(*id)).collect();
    assert!(missing.is_empty(), "{} changes never pulled", missing.len());
}
