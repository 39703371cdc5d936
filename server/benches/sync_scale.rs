//! What a big transaction costs the sync log, and what it costs everyone else
//! (issue 19), against a baseline measured in the same run:
//!
//!   DATABASE_URL=… cargo bench -p server --bench sync_scale
//!
//! DATABASE_URL must name an empty database the benchmark may fill (`./fieldbook
//! bench` makes one).
//!
//! 1. One transaction inserting N companies (N = 2,000 … 100,000): the time of
//!    its inserts and of its commit. Baseline: the same inserts into a copy of
//!    the table (its checks, indexes and owner reference) without the sync
//!    triggers.
//! 2. While the 100,000-row transaction runs and commits, another session
//!    edits one company every 5 ms: how long each edit waits, over the whole
//!    transaction and during its commit. Baseline: the same edits before it.
//! 3. A simulated year of edits (200 customers, each edited twice a day for
//!    365 days): the change log's rows and size as they are, and after the
//!    background compaction (`sync::db::compact_log`, 5,000 rows a batch).

use std::{
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    time::{Duration, Instant},
};

use sqlx::{postgres::PgPoolOptions, PgPool};
use uuid::Uuid;

const SIZES: [i64; 4] = [2_000, 8_000, 20_000, 100_000];

/// Inserts `rows` companies into `table` in one transaction: (inserts, commit).
async fn insert(
    pool: &PgPool,
    table: &str,
    owner: Uuid,
    batch: &str,
    rows: i64,
) -> (Duration, Duration) {
    let mut tx = pool.begin().await.expect("begin");
    let started = Instant::now();
    sqlx::query(&format!(
        "insert into {table} (id, name, owner_id)
         select gen_random_uuid(), 'Bulk ' || $1 || ' ' || g, $2 from generate_series(1, $3) g"
    ))
    .bind(batch)
    .bind(owner)
    .bind(rows)
    .execute(&mut *tx)
    .await
    .expect("insert");
    let inserted = started.elapsed();
    let committing = Instant::now();
    tx.commit().await.expect("commit");
    (inserted, committing.elapsed())
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(run());
}

async fn run() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL names an empty database");
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .connect(&url)
        .await
        .expect("connect");
    server::MIGRATOR.run(&pool).await.expect("migrate");
    let owner = Uuid::new_v4();
    sqlx::query("insert into users (id, email, name, role, password_hash) values ($1, $2, 'Bench', 'rep', '-')")
        .bind(owner)
        .bind(format!("bench-{owner}@fieldbook.test"))
        .execute(&pool)
        .await
        .expect("a user");
    // The same table, its checks, indexes and owner reference, without the
    // sync triggers.
    for sql in [
        "create table plain_companies (like companies including all)",
        "alter table plain_companies add foreign key (owner_id) references users (id)",
    ] {
        sqlx::query(sql)
            .execute(&pool)
            .await
            .expect("baseline table");
    }

    println!("\nOne transaction inserting N companies: inserts + commit, ms (baseline: no sync triggers)\n");
    println!("| N | synced inserts | synced commit | baseline inserts | baseline commit | whole ÷ baseline |");
    println!("|---:|---:|---:|---:|---:|---:|");
    for (round, rows) in SIZES.into_iter().enumerate() {
        let plain = insert(&pool, "plain_companies", owner, &format!("p{round}"), rows).await;
        let synced = insert(&pool, "companies", owner, &format!("s{round}"), rows).await;
        let ratio = (synced.0 + synced.1).as_secs_f64() / (plain.0 + plain.1).as_secs_f64();
        println!(
            "| {rows} | {} | {} | {} | {} | {ratio:.2} |",
            ms(synced.0),
            ms(synced.1),
            ms(plain.0),
            ms(plain.1)
        );
    }

    // Another session's one-row edits while a 100,000-row transaction runs.
    let edited = Uuid::new_v4();
    sqlx::query("insert into companies (id, name, owner_id) values ($1, 'Edited meanwhile', $2)")
        .bind(edited)
        .bind(owner)
        .execute(&pool)
        .await
        .expect("a company to edit");
    let stop = Arc::new(AtomicBool::new(false));
    let editor = {
        let pool = pool.clone();
        let stop = stop.clone();
        tokio::spawn(async move {
            let mut edits = Vec::new();
            let mut n = 0;
            while !stop.load(Ordering::Relaxed) {
                n += 1;
                let started = Instant::now();
                sqlx::query("update companies set industry = $1 where id = $2")
                    .bind(format!("edit {n}"))
                    .bind(edited)
                    .execute(&pool)
                    .await
                    .expect("edit");
                edits.push((started, started.elapsed()));
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            edits
        })
    };
    tokio::time::sleep(Duration::from_millis(200)).await;
    let began = Instant::now();
    let mut tx = pool.begin().await.expect("begin");
    sqlx::query(
        "insert into companies (id, name, owner_id)
         select gen_random_uuid(), 'Concurrent ' || g, $1 from generate_series(1, 100000) g",
    )
    .bind(owner)
    .execute(&mut *tx)
    .await
    .expect("insert");
    let commit_began = Instant::now();
    tx.commit().await.expect("commit");
    let ended = Instant::now();
    tokio::time::sleep(Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let edits = editor.await.expect("editor");

    let waits = |from: Instant, to: Instant| {
        let mut w: Vec<Duration> = edits
            .iter()
            .filter(|(start, wait)| *start + *wait >= from && *start <= to)
            .map(|(_, wait)| *wait)
            .collect();
        w.sort();
        w
    };
    let during = waits(began, ended);
    let committing = waits(commit_began, ended);
    let quiet = waits(edits[0].0, began);
    println!(
        "\nOne-row edits from another session, wait in ms (the 100,000-row commit took {})\n",
        ms(ended - commit_began)
    );
    println!("| when | edits | median | p99 | max |");
    println!("|---|---:|---:|---:|---:|");
    for (name, w) in [
        ("before (baseline)", &quiet),
        ("during the transaction", &during),
        ("during its commit", &committing),
    ] {
        println!(
            "| {name} | {} | {} | {} | {} |",
            w.len(),
            ms(percentile(w, 0.5)),
            ms(percentile(w, 0.99)),
            ms(w.last().copied().unwrap_or_default())
        );
    }

    // A year of edits, then compaction.
    sqlx::query("truncate companies cascade")
        .execute(&pool)
        .await
        .expect("truncate");
    sqlx::query("delete from change_log")
        .execute(&pool)
        .await
        .expect("empty log");
    sqlx::query("delete from sync_txn")
        .execute(&pool)
        .await
        .expect("empty txns");
    sqlx::query(
        "insert into companies (id, name, owner_id)
         select gen_random_uuid(), 'Year ' || g, $1 from generate_series(1, 200) g",
    )
    .bind(owner)
    .execute(&pool)
    .await
    .expect("customers");
    let simulating = Instant::now();
    for day in 1..=365 {
        for edit in ["industry", "phone"] {
            sqlx::query(&format!("update companies set {edit} = $1"))
                .bind(format!("day {day}"))
                .execute(&pool)
                .await
                .expect("a day's edits");
        }
    }
    let simulated = simulating.elapsed();
    let size = |pool: PgPool| async move {
        sqlx::query("vacuum full change_log")
            .execute(&pool)
            .await
            .expect("vacuum");
        sqlx::query_as::<_, (i64, i64)>(
            "select (select count(*) from change_log), pg_total_relation_size('change_log')",
        )
        .fetch_one(&pool)
        .await
        .expect("size")
    };
    let (rows_before, bytes_before) = size(pool.clone()).await;
    let compacting = Instant::now();
    let mut batches = 0;
    loop {
        batches += 1;
        if app::sync::db::compact_log(&pool, 5_000)
            .await
            .expect("compact")
            < 5_000
        {
            break;
        }
    }
    let compacted = compacting.elapsed();
    let (rows_after, bytes_after) = size(pool.clone()).await;
    println!(
        "\nA simulated year (200 customers, two edits a day each; {} s to write)\n",
        simulated.as_secs()
    );
    println!("| change log | rows | size (KB) |");
    println!("|---|---:|---:|");
    println!("| as written | {rows_before} | {} |", bytes_before / 1024);
    println!(
        "| compacted ({batches} batches, {} ms) | {rows_after} | {} |",
        compacted.as_millis(),
        bytes_after / 1024
    );
}
