//! Sync throughput, latency and initial pull, each against a baseline measured
//! in the same run on the same PostgreSQL cluster.
//!
//!   DATABASE_URL=… cargo bench -p server --bench sync_load
//!
//! DATABASE_URL must name an empty database the benchmark may fill (`./fieldbook
//! bench` makes one). The real router serves on a loopback port; simulated reps
//! talk to it over HTTP with session cookies, exactly like browsers.
//!
//! 1. Push: C reps (C = 1, 16, 64, 256), each pushing batches of deal edits and
//!    pulling, for a fixed time, as fast as they can (a closed loop: latency is
//!    C ÷ throughput, queueing included). Baseline: C tasks doing single-row
//!    `update`s of the same deals through a pool of the same size (same
//!    durability settings), with their own latency.
//!    Then paced: 64 reps each pushing one batch a second, against 64 tasks each
//!    making the same 10 edits as single-row updates once a second.
//! 2. Initial pull: a new device pulling a rep's whole working set (2,000
//!    companies, 4,000 contacts, 3,000 deals, 10,000 activities), pages and compressed bytes.
//!    Baseline: the same rows read with plain `select`s.

use std::{
    sync::Arc,
    time::{Duration, Instant},
};

use app::{
    deals::model::DealPatch,
    sync::model::{Mutation, MutationOp, PullRequest, PullResponse, PushRequest, PushResponse},
};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::{
    client::legacy::{connect::HttpConnector, Client},
    rt::TokioExecutor,
};
use leptos::config::LeptosOptions;
use sqlx::{postgres::PgPoolOptions, PgPool};
use uuid::Uuid;

const LEVELS: [usize; 4] = [1, 16, 64, 256];
/// Reps in the paced run.
const PACED: usize = 64;
const BATCH: usize = 10;
const DEALS_PER_REP: i64 = 10;
/// The server's pool size (see main.rs); the baseline gets the same.
const POOL: u32 = 16;

type Http = Client<HttpConnector, Full<Bytes>>;

struct Rep {
    cookie: String,
    deals: Vec<Uuid>,
}

fn seconds() -> Duration {
    let s = std::env::var("BENCH_SECONDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    Duration::from_secs(s)
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 * p) as usize).min(sorted.len() - 1);
    sorted[i].as_secs_f64() * 1000.0
}

async fn post(
    http: &Http,
    url: &str,
    cookie: &str,
    body: String,
    compressed: bool,
) -> (u16, Bytes) {
    // The page's origin, as a browser sends it (the server refuses cross-site posts).
    let origin = url.splitn(4, '/').take(3).collect::<Vec<_>>().join("/");
    let mut request = hyper::Request::post(url)
        .header("origin", origin)
        .header("content-type", "application/json")
        .header("accept", "application/json")
        .header("cookie", cookie);
    if compressed {
        request = request.header("accept-encoding", "br, gzip");
    }
    let request = request.body(Full::new(Bytes::from(body))).expect("request");
    let response = http.request(request).await.expect("response");
    let status = response.status().as_u16();
    let body = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, body)
}

/// A signed-in session for `user`, as the `name=value` a browser sends back.
async fn cookie_for(pool: &PgPool, user: Uuid) -> String {
    let token = app::auth::session::create_session(pool, user)
        .await
        .expect("session");
    app::auth::session::session_cookie(&token, Default::default())
        .split(';')
        .next()
        .expect("cookie")
        .to_string()
}

/// Users, one pipeline, and per rep one company with its deals; sessions for all.
async fn setup(pool: &PgPool, reps: usize) -> Vec<Rep> {
    sqlx::query(
        "insert into users (id, email, name, role, password_hash)
         select gen_random_uuid(), 'load' || g || '@bench.test', 'Load rep ' || g, 'rep', 'x'
           from generate_series(1, $1) g",
    )
    .bind(reps as i64)
    .execute(pool)
    .await
    .expect("users");
    let pipeline = Uuid::new_v4();
    sqlx::query("insert into pipelines (id, name, position) values ($1, 'Load', 0)")
        .bind(pipeline)
        .execute(pool)
        .await
        .expect("pipeline");
    let stage = Uuid::new_v4();
    sqlx::query(
        "insert into stages (id, pipeline_id, name, position, probability, rotting_days)
         values ($1, $2, 'Lead', 0, 10, 14)",
    )
    .bind(stage)
    .bind(pipeline)
    .execute(pool)
    .await
    .expect("stage");
    sqlx::query(
        "insert into companies (id, name, owner_id)
         select gen_random_uuid(), 'Load co ' || email, id from users where email like 'load%'",
    )
    .execute(pool)
    .await
    .expect("companies");
    sqlx::query(
        "insert into deals (id, title, company_id, owner_id, pipeline_id, stage_id, value_cents, position)
         select gen_random_uuid(), 'Load deal ' || g, c.id, c.owner_id, $1, $2, 100000,
                row_number() over () - 1
           from companies c cross join generate_series(1, $3) g
          where c.name like 'Load co %'",
    )
    .bind(pipeline)
    .bind(stage)
    .bind(DEALS_PER_REP)
    .execute(pool)
    .await
    .expect("deals");

    let users: Vec<(Uuid,)> =
        sqlx::query_as("select id from users where email like 'load%' order by email")
            .fetch_all(pool)
            .await
            .expect("users");
    let mut out = Vec::new();
    for (user,) in users {
        let cookie = cookie_for(pool, user).await;
        let deals: Vec<(Uuid,)> = sqlx::query_as("select id from deals where owner_id = $1")
            .bind(user)
            .fetch_all(pool)
            .await
            .expect("deals");
        out.push(Rep {
            cookie,
            deals: deals.into_iter().map(|(d,)| d).collect(),
        });
    }
    out
}

/// Spreads the reps' first ticks evenly over one period, so a paced run is not a burst.
fn ticker(pace: Option<Duration>, i: usize, n: usize) -> Option<tokio::time::Interval> {
    pace.map(|period| {
        let start = tokio::time::Instant::now() + period * i as u32 / n as u32;
        let mut ticker = tokio::time::interval_at(start, period);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        ticker
    })
}

/// (mutations applied per second, push latencies sorted); `pace`: one push per
/// rep per period instead of back to back.
async fn run_ours(
    http: &Http,
    base: &str,
    reps: &[Arc<Rep>],
    cursor: i64,
    pace: Option<Duration>,
) -> (f64, Vec<Duration>) {
    let deadline = Instant::now() + seconds();
    let started = Instant::now();
    let mut tasks = Vec::new();
    let n = reps.len();
    for (i, rep) in reps.iter().enumerate() {
        let (http, rep) = (http.clone(), rep.clone());
        let push_url = format!("{base}/api/sync/push");
        let pull_url = format!("{base}/api/sync/pull");
        tasks.push(tokio::spawn(async move {
            let client_id = Uuid::new_v4();
            let (mut next, mut cursor, mut applied) = (1_i64, cursor, 0_u64);
            let mut latencies = Vec::new();
            let mut ticker = ticker(pace, i, n);
            while Instant::now() < deadline {
                if let Some(ticker) = ticker.as_mut() {
                    ticker.tick().await;
                }
                let mutations: Vec<Mutation> = (0..BATCH)
                    .map(|k| {
                        let id = next + k as i64;
                        let deal = rep.deals[(id as usize + i) % rep.deals.len()];
                        let value = format!("{}", 1000 + id);
                        Mutation {
                            id,
                            op: MutationOp::UpdateDeal {
                                id: deal,
                                patch: DealPatch::single("value", &value).expect("patch"),
                            },
                        }
                    })
                    .collect();
                next += BATCH as i64;
                let body = serde_json::json!({ "request": PushRequest { client_id, mutations } });
                let t = Instant::now();
                let (status, bytes) =
                    post(&http, &push_url, &rep.cookie, body.to_string(), false).await;
                latencies.push(t.elapsed());
                assert_eq!(status, 200, "push: {}", String::from_utf8_lossy(&bytes));
                let response: PushResponse = serde_json::from_slice(&bytes).expect("push response");
                applied += response.results.len() as u64;

                let body = serde_json::json!({ "request": PullRequest { client_id, cursor, kept: Vec::new() } });
                let (status, bytes) =
                    post(&http, &pull_url, &rep.cookie, body.to_string(), false).await;
                assert_eq!(status, 200, "pull: {}", String::from_utf8_lossy(&bytes));
                let page: PullResponse = serde_json::from_slice(&bytes).expect("pull response");
                cursor = page.cursor;
            }
            (applied, latencies)
        }));
    }
    let mut applied = 0;
    let mut latencies = Vec::new();
    for task in tasks {
        let (a, l) = task.await.expect("task");
        applied += a;
        latencies.extend(l);
    }
    latencies.sort();
    (applied as f64 / started.elapsed().as_secs_f64(), latencies)
}

/// Single-row updates per second, C tasks over a pool of the server's size, and
/// the latency of each update, or with `pace` of each group of BATCH updates
/// made once per period (the edits one push carries, committed one by one).
async fn run_baseline(
    pool: &PgPool,
    reps: &[Arc<Rep>],
    pace: Option<Duration>,
) -> (f64, Vec<Duration>) {
    let deadline = Instant::now() + seconds();
    let started = Instant::now();
    let per_sample = if pace.is_some() { BATCH } else { 1 };
    let mut tasks = Vec::new();
    let n = reps.len();
    for (i, rep) in reps.iter().enumerate() {
        let (pool, rep) = (pool.clone(), rep.clone());
        tasks.push(tokio::spawn(async move {
            let (mut done, mut latencies) = (0_u64, Vec::new());
            let mut ticker = ticker(pace, i, n);
            while Instant::now() < deadline {
                if let Some(ticker) = ticker.as_mut() {
                    ticker.tick().await;
                }
                let t = Instant::now();
                for _ in 0..per_sample {
                    let deal = rep.deals[done as usize % rep.deals.len()];
                    sqlx::query("update deals set value_cents = $1 where id = $2")
                        .bind(100_000 + done as i64)
                        .bind(deal)
                        .execute(&pool)
                        .await
                        .expect("update");
                    done += 1;
                }
                latencies.push(t.elapsed());
            }
            (done, latencies)
        }));
    }
    let (mut done, mut latencies) = (0, Vec::new());
    for task in tasks {
        let (d, l) = task.await.expect("task");
        done += d;
        latencies.extend(l);
    }
    latencies.sort();
    (done as f64 / started.elapsed().as_secs_f64(), latencies)
}

/// A rep with 2,000 companies, 4,000 contacts, 3,000 deals and 10,000 activities.
async fn setup_working_set(pool: &PgPool) -> (Uuid, String) {
    let user = Uuid::new_v4();
    sqlx::query(
        "insert into users (id, email, name, role, password_hash)
         values ($1, 'big@bench.test', 'Big Book', 'rep', 'x')",
    )
    .bind(user)
    .execute(pool)
    .await
    .expect("user");
    sqlx::query(
        "insert into companies (id, name, industry, segment, phone, website, address, owner_id)
         select gen_random_uuid(), 'Big customer ' || g, 'Wholesale', 'SMB', '+49 30 ' || (1000000 + g),
                'big' || g || '.example', g || ' Market Street, Berlin', $1
           from generate_series(1, 2000) g",
    )
    .bind(user)
    .execute(pool)
    .await
    .expect("companies");
    sqlx::query(
        "insert into contacts (id, company_id, name, title, email, phone, owner_id)
         select gen_random_uuid(), c.id, 'Person ' || g || ' of ' || c.name, 'Buyer',
                'p' || g || '.' || c.id || '@example.test', '+49 170 ' || g, $1
           from companies c cross join generate_series(1, 2) g where c.owner_id = $1",
    )
    .bind(user)
    .execute(pool)
    .await
    .expect("contacts");
    sqlx::query(
        "insert into deals (id, title, company_id, owner_id, pipeline_id, stage_id, value_cents, close_date, position)
         select gen_random_uuid(), 'Big deal ' || n, c.id, $1, s.pipeline_id, s.id, 250000, current_date + n % 90,
                (select count(*) from deals) + n
           from generate_series(1, 3000) n
           join (select id, row_number() over (order by id) as r from companies where owner_id = $1) c
             on c.r = n % 2000 + 1
           cross join (select id, pipeline_id from stages order by position limit 1) s",
    )
    .bind(user)
    .execute(pool)
    .await
    .expect("deals");
    sqlx::query(
        "insert into activities (id, kind, subject, body, company_id, owner_id, due_on, done_at, created_by)
         select gen_random_uuid(), (array['call','meeting','visit','email','note','task'])[n % 6 + 1],
                'Follow-up ' || n, 'Talked about the order; call back with prices.', c.id, $1,
                current_date + (n % 60) - 20, case when n % 3 = 0 then now() end, $1
           from generate_series(1, 10000) n
           join (select id, row_number() over (order by id) as r from companies where owner_id = $1) c
             on c.r = n % 2000 + 1",
    )
    .bind(user)
    .execute(pool)
    .await
    .expect("activities");
    (user, cookie_for(pool, user).await)
}

/// A new device's full pull: (seconds, the cursor of each page, JSON bytes, records).
async fn initial_pull(http: &Http, base: &str, cookie: &str) -> (f64, Vec<i64>, usize, usize) {
    let url = format!("{base}/api/sync/pull");
    let client_id = Uuid::new_v4();
    let (mut cursors, mut bytes, mut records) = (vec![0], 0, 0);
    let started = Instant::now();
    loop {
        let cursor = *cursors.last().expect("cursor");
        let body =
            serde_json::json!({ "request": PullRequest { client_id, cursor, kept: Vec::new() } });
        let (status, body) = post(http, &url, cookie, body.to_string(), false).await;
        assert_eq!(status, 200);
        bytes += body.len();
        let page: PullResponse = serde_json::from_slice(&body).expect("page");
        records += page.changes.len();
        if !page.more {
            break;
        }
        cursors.push(page.cursor);
    }
    (started.elapsed().as_secs_f64(), cursors, bytes, records)
}

/// Bytes on the wire for the same pages when the browser accepts compression.
async fn wire_bytes(http: &Http, base: &str, cookie: &str, cursors: &[i64]) -> usize {
    let url = format!("{base}/api/sync/pull");
    let client_id = Uuid::new_v4();
    let mut bytes = 0;
    for &cursor in cursors {
        let body =
            serde_json::json!({ "request": PullRequest { client_id, cursor, kept: Vec::new() } });
        bytes += post(http, &url, cookie, body.to_string(), true)
            .await
            .1
            .len();
    }
    bytes
}

/// The same rows with plain selects: what reading them costs without sync.
async fn baseline_read(pool: &PgPool, user: Uuid) -> f64 {
    let started = Instant::now();
    for table in ["companies", "contacts", "deals", "activities"] {
        let rows = sqlx::query(&format!("select * from {table} where owner_id = $1"))
            .bind(user)
            .fetch_all(pool)
            .await
            .expect("rows");
        assert!(!rows.is_empty());
    }
    started.elapsed().as_secs_f64()
}

async fn current_version(pool: &PgPool) -> i64 {
    let (version,): (i64,) = sqlx::query_as("select version from sync_version")
        .fetch_one(pool)
        .await
        .expect("version");
    version
}

fn main() {
    // Server errors (a 500 the load generator reports) are explained in the log.
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::new("error"))
        .init();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime")
        .block_on(run());
}

async fn run() {
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL: an empty database to fill");
    let pool = PgPoolOptions::new()
        .max_connections(POOL)
        .connect(&url)
        .await
        .expect("database");
    server::MIGRATOR.run(&pool).await.expect("migrations");
    let (durability,): (String,) = sqlx::query_as("show synchronous_commit")
        .fetch_one(&pool)
        .await
        .expect("setting");

    let reps: Vec<Arc<Rep>> = setup(&pool, *LEVELS.iter().max().expect("levels"))
        .await
        .into_iter()
        .map(Arc::new)
        .collect();
    let (big_user, big_cookie) = setup_working_set(&pool).await;

    let app = server::startup::router(
        pool.clone(),
        LeptosOptions::builder().output_name("fieldbook").build(),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
    let mut connector = HttpConnector::new();
    connector.set_nodelay(true);
    let http: Http = Client::builder(TokioExecutor::new())
        .pool_max_idle_per_host(512)
        .build(connector);

    println!(
        "\nSync push: {BATCH} deal edits per push, then a pull; {}s per run; pools of {POOL}; synchronous_commit={durability}\n",
        seconds().as_secs()
    );
    println!("| reps | pushed edits/s | push p50 ms | push p99 ms | baseline updates/s | baseline p99 ms | ours ÷ baseline |");
    println!("|-----:|---------------:|------------:|------------:|-------------------:|----------------:|----------------:|");
    for c in LEVELS {
        let cursor = current_version(&pool).await;
        let (ours, latencies) = run_ours(&http, &base, &reps[..c], cursor, None).await;
        let (baseline, base_latencies) = run_baseline(&pool, &reps[..c], None).await;
        println!(
            "| {c:>4} | {ours:>14.0} | {:>11.1} | {:>11.1} | {baseline:>18.0} | {:>15.1} | {:>15.2} |",
            percentile(&latencies, 0.50),
            percentile(&latencies, 0.99),
            percentile(&base_latencies, 0.99),
            ours / baseline
        );
    }

    let pace = Duration::from_secs(1);
    println!(
        "\nPaced: {PACED} reps each pushing {BATCH} edits and pulling once a second; baseline: {PACED} tasks each making the same {BATCH} edits as single-row updates once a second\n"
    );
    println!("| reps | pushed edits/s | push p50 ms | push p99 ms | baseline p50 ms | baseline p99 ms | ours ÷ baseline (p99) |");
    println!("|-----:|---------------:|------------:|------------:|----------------:|----------------:|----------------------:|");
    let cursor = current_version(&pool).await;
    let (ours, latencies) = run_ours(&http, &base, &reps[..PACED], cursor, Some(pace)).await;
    let (_, base_latencies) = run_baseline(&pool, &reps[..PACED], Some(pace)).await;
    println!(
        "| {PACED:>4} | {ours:>14.0} | {:>11.1} | {:>11.1} | {:>15.1} | {:>15.1} | {:>21.2} |",
        percentile(&latencies, 0.50),
        percentile(&latencies, 0.99),
        percentile(&base_latencies, 0.50),
        percentile(&base_latencies, 0.99),
        percentile(&latencies, 0.99) / percentile(&base_latencies, 0.99)
    );

    let (plain_s, cursors, plain_bytes, records) = initial_pull(&http, &base, &big_cookie).await;
    let pages = cursors.len();
    let wire_bytes = wire_bytes(&http, &base, &big_cookie, &cursors).await;
    let read_s = baseline_read(&pool, big_user).await;
    println!(
        "\nInitial pull of one rep's working set (2,000 companies, 4,000 contacts, 3,000 deals, 10,000 activities)\n"
    );
    println!("| records | pages | time ms | JSON bytes | on the wire (br) | baseline select ms | ours ÷ baseline |");
    println!("|--------:|------:|--------:|-----------:|-----------------:|-------------------:|----------------:|");
    println!(
        "| {records:>7} | {pages:>5} | {:>7.0} | {plain_bytes:>10} | {wire_bytes:>16} | {:>18.0} | {:>15.1} |",
        plain_s * 1000.0,
        read_s * 1000.0,
        plain_s / read_s
    );
}
