//! Every server function and the sync push, fed random and hostile input
//! through the real router, signed in as a rep, as a manager and not at all.
//! Whatever comes in, the answer is a 2xx, 3xx or 4xx, or a 503; never a
//! panic or another 5xx; and the server still answers afterwards.
//!
//! Each case starts from a well-formed call (so it reaches the use case, not
//! only the decoder) and breaks a few of its values: NUL bytes and control
//! characters, huge numbers, dates outside any calendar, wrong types, huge
//! strings, unicode, missing or extra fields; or breaks the request itself:
//! malformed JSON, the wrong content type, a random query string.

use app::{
    activities::model::{ActivityKind, CheckIn, Due, NewActivity},
    auth::model::CurrentUser,
    contacts::model::{ContactPatch, NewContact},
    customers::model::{CompanyPatch, NewCompany},
    deals::model::{DealMove, DealPatch, NewDeal, Outcome},
    forecast::model::{ForecastQuery, Quota, Thresholds},
    pipelines::model::StageInput,
    sync::model::{Mutation, MutationOp, PullRequest, PushRequest},
};
use axum::{body::Body, http::Request, http::StatusCode, Router};
use chrono::{NaiveDate, Utc};
use serde_json::{json, Value};
use sqlx::PgPool;
use uuid::Uuid;

use crate::client::{app, cookie_for, get, post, send};
use crate::helpers::{company, team, user};

const SEED: u64 = 14;
const CASES: usize = 3_000;

/// Known records, so that well-formed calls reach real rows.
struct Ids {
    rep: CurrentUser,
    company: Uuid,
    contact: Uuid,
    pipeline: Uuid,
    stage: Uuid,
    deal: Uuid,
    activity: Uuid,
}

/// A server function's well-formed arguments, by its path.
fn template(path: &str, ids: &Ids) -> Value {
    let day = NaiveDate::from_ymd_opt(2026, 11, 1).expect("date");
    // Deletes aim at records that do not exist: the fixtures stay for the
    // other cases (and an id has no hostile values but wrong types anyway).
    let gone = Uuid::new_v4();
    match path {
        "/api/deals/delete" | "/api/companies/delete" | "/api/contacts/delete" => {
            json!({ "id": gone })
        }
        "/api/stages/delete" => json!({ "stage_id": gone }),
        "/api/deals/detail" => json!({ "id": ids.deal }),
        "/api/deals/events_for_company" => {
            json!({ "company_id": ids.company })
        }
        "/api/login" => json!({ "email": ids.rep.email, "password": "not-the-password" }),
        "/api/pipelines/get" => json!({ "id": ids.pipeline }),
        "/api/pipelines/create" => json!({ "id": Uuid::new_v4(), "name": "Renewals" }),
        "/api/pipelines/rename" => json!({ "id": ids.pipeline, "name": "New business" }),
        "/api/stages/add" => {
            json!({ "pipeline_id": ids.pipeline, "stage_id": Uuid::new_v4(), "stage": stage() })
        }
        "/api/stages/update" => json!({ "stage_id": ids.stage, "stage": stage() }),
        "/api/stages/move" => json!({ "stage_id": ids.stage, "index": 1 }),
        "/api/companies/name_free" => json!({ "name": "Fuzzed Acme" }),
        "/api/companies/card" => json!({ "id": ids.company }),
        "/api/forecast/get" => json!({ "query": ForecastQuery {
            from: day, to: day, pipeline_id: Some(ids.pipeline), owner_id: Some(ids.rep.id) } }),
        "/api/forecast/quota" => json!({
            "quota": Quota { user_id: ids.rep.id, month: day, currency: "EUR".into(), amount_cents: 100 },
            "amount_cents": 500_000 }),
        "/api/forecast/thresholds" => json!({ "thresholds": Thresholds::default() }),
        "/api/me/time_zone" => json!({ "name": "Europe/Lisbon" }),
        "/api/sync/pull" => {
            json!({ "request": PullRequest { client_id: Uuid::new_v4(), cursor: 0, kept: Vec::new() } })
        }
        // The push is built per case (see `push_body`); anything else takes no
        // arguments, or is new since this table was written: fuzzed all the same.
        _ => json!({}),
    }
}

fn new_company() -> NewCompany {
    NewCompany {
        tags: vec!["vip".into()],
        phone: "+351 21 000 0000".into(),
        website: "acme.example".into(),
        ..company("Fuzzed Acme")
    }
}

fn company_patch() -> CompanyPatch {
    CompanyPatch {
        name: Some("Renamed".into()),
        address: Some("Rua 1\nLisboa".into()),
        tags: Some(vec!["a".into()]),
        ..Default::default()
    }
}

fn new_contact(ids: &Ids) -> NewContact {
    NewContact {
        name: "Nia".into(),
        email: "nia@acme.example".into(),
        notes: "Met at the fair".into(),
        ..NewContact::blank(ids.company)
    }
}

fn contact_patch() -> ContactPatch {
    ContactPatch {
        title: Some("Buyer".into()),
        notes: Some("Call after 10".into()),
        ..Default::default()
    }
}

fn new_deal(ids: &Ids) -> NewDeal {
    NewDeal {
        title: "Fuzz deal".into(),
        company_id: Some(ids.company),
        pipeline_id: Some(ids.pipeline),
        value_cents: 100_000,
        close_date: NaiveDate::from_ymd_opt(2026, 12, 24),
        probability: Some(40),
        ..NewDeal::blank()
    }
}

fn deal_patch(day: NaiveDate) -> DealPatch {
    DealPatch {
        value_cents: Some(5_000),
        close_date: Some(Some(day)),
        probability: Some(None),
        ..Default::default()
    }
}

fn deal_move(ids: &Ids) -> DealMove {
    DealMove {
        deal_id: ids.deal,
        stage_id: ids.stage,
        before_id: None,
    }
}

fn stage() -> StageInput {
    StageInput {
        name: "Demo".into(),
        probability: 30,
        rotting_days: 7,
    }
}

/// Edits of every kind, to build pushes from.
fn push_ops(ids: &Ids) -> Vec<MutationOp> {
    let activity = NewActivity {
        kind: ActivityKind::Visit,
        subject: "Visit".into(),
        body: "Bring samples\n- two".into(),
        due: Due {
            on: NaiveDate::from_ymd_opt(2026, 12, 1),
            time: None,
        },
        ..NewActivity::blank(ids.company)
    };
    vec![
        MutationOp::CreateCompany(new_company()),
        MutationOp::UpdateCompany {
            id: ids.company,
            patch: company_patch(),
        },
        MutationOp::CreateContact(new_contact(ids)),
        MutationOp::UpdateContact {
            id: ids.contact,
            patch: contact_patch(),
        },
        MutationOp::CreateDeal(new_deal(ids)),
        MutationOp::UpdateDeal {
            id: ids.deal,
            patch: deal_patch(NaiveDate::from_ymd_opt(2027, 1, 1).expect("date")),
        },
        MutationOp::MoveDeal(deal_move(ids)),
        MutationOp::CloseDeal {
            id: ids.deal,
            outcome: Outcome::Won {
                reason: "Best price".into(),
            },
        },
        MutationOp::ReopenDeal { id: ids.deal },
        MutationOp::CreateActivity(activity),
        MutationOp::CompleteActivity {
            id: ids.activity,
            done: true,
        },
        MutationOp::CheckIn {
            id: ids.activity,
            checkin: CheckIn {
                at: Utc::now(),
                lat_e6: Some(38_722_300),
                lng_e6: Some(-9_139_300),
                accuracy_m: Some(25),
            },
        },
        MutationOp::DeleteActivity { id: Uuid::new_v4() },
    ]
}

fn push_body(rng: &mut fastrand::Rng, ids: &Ids, client: Uuid, next_id: &mut i64) -> Value {
    let ops = push_ops(ids);
    let mutations: Vec<Mutation> = (0..rng.usize(1..=6))
        .map(|_| {
            *next_id += 1;
            Mutation {
                id: *next_id,
                op: ops[rng.usize(..ops.len())].clone(),
            }
        })
        .collect();
    json!({ "request": PushRequest { client_id: client, mutations } })
}

/// A hostile value in place of `like`: mostly of its own type, so the case
/// gets past the decoder to the rules behind it, sometimes of any type.
fn hostile_like(rng: &mut fastrand::Rng, like: &Value) -> Value {
    if rng.u8(..4) == 0 {
        return hostile(rng);
    }
    let pick =
        |rng: &mut fastrand::Rng, choices: &[Value]| choices[rng.usize(..choices.len())].clone();
    match like {
        Value::Number(_) => pick(
            rng,
            &[
                json!(i64::MAX),
                json!(i64::MIN),
                json!(-1),
                json!(0),
                json!(101),
                json!(i32::MAX),
                json!(i32::MIN),
                json!(32_768),
                json!(u64::MAX),
            ],
        ),
        Value::Bool(b) => json!(!b),
        Value::String(_) | Value::Null => loop {
            let value = hostile(rng);
            if value.is_string() || value.is_number() && like.is_null() {
                break value;
            }
        },
        _ => hostile(rng),
    }
}

/// A value chosen to break something: storage, arithmetic, parsing or type.
fn hostile(rng: &mut fastrand::Rng) -> Value {
    let strings = [
        "",
        "\u{0}",
        "Acme\u{0}Corp",
        "\u{1b}[31mred",
        "\u{7}\u{8}\u{b}\u{c}",
        "line\r\nbreak\ttab",
        "東京 🚀 Ünïcødé",
        "\u{202e}gnp.exe",
        "\u{feff}\u{200b}",
        "'; drop table companies; --",
        "<script>alert(1)</script>",
        "%00%ff",
        "\\",
        "%_%",
        "+262142-12-01",
        "-262143-01-01",
        "0000-00-00",
        "2026-02-30",
        "1899-12-31",
        "2201-01-01",
        "9999-12-31T23:59:59Z",
        "+200000-01-01T00:00:00Z",
        "25:61",
        "not-a-uuid",
        "00000000-0000-0000-0000-000000000000",
        "Europe/Nowhere",
        "Lost",
        "Won",
        "create_company",
        "1e999",
    ];
    match rng.u8(..14) {
        0..=4 => json!(strings[rng.usize(..strings.len())]),
        5 => json!(i64::MAX),
        6 => json!(i64::MIN),
        7 => [
            json!(-1),
            json!(0),
            json!(101),
            json!(32_768),
            json!(u64::MAX),
        ][rng.usize(..5)]
        .clone(),
        8 => json!(1.5e308),
        9 => {
            // A huge string: far past every length limit.
            let unit = ["x", "é", "🚀", "\u{0}"][rng.usize(..4)];
            json!(unit.repeat(rng.usize(1_000..70_000)))
        }
        10 => json!(Uuid::new_v4()),
        11 => [
            json!(null),
            json!(true),
            json!([]),
            json!({}),
            json!([1, "a"]),
        ][rng.usize(..5)]
        .clone(),
        12 => json!({ "Lost": { "reason": "\u{0}" } }),
        _ => json!(Utc::now().to_rfc3339()),
    }
}

/// Every path to a value inside `value`, as JSON pointers ("" is the whole).
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// Breaks one to three places of a well-formed argument set.
fn mutate(rng: &mut fastrand::Rng, args: &mut Value) {
    for _ in 0..rng.usize(1..=3) {
        let mut all = Vec::new();
        pointers(args, String::new(), &mut all);
        // Mostly the values themselves; sometimes a whole object or the arguments.
        let leaves: Vec<&String> = all
            .iter()
            .filter(|p| {
                args.pointer(p)
                    .is_some_and(|v| !v.is_object() && !v.is_array())
            })
            .collect();
        let at = if leaves.is_empty() || rng.u8(..8) == 0 {
            all[rng.usize(..all.len())].clone()
        } else {
            leaves[rng.usize(..leaves.len())].clone()
        };
        match rng.u8(..10) {
            // Drop a field (a missing argument, a missing required field).
            0 if !at.is_empty() => {
                let (parent, key) = at.rsplit_once('/').expect("a parent");
                if let Some(Value::Object(map)) = args.pointer_mut(parent) {
                    map.remove(&key.replace("~1", "/").replace("~0", "~"));
                }
            }
            // An extra, unknown field.
            1 => {
                if let Some(Value::Object(map)) = args.pointer_mut(&at) {
                    map.insert("unexpected".into(), hostile(rng));
                }
            }
            _ => {
                if let Some(slot) = args.pointer_mut(&at) {
                    *slot = hostile_like(rng, slot);
                }
            }
        }
    }
}

/// `query[from]=…&query[owner_id]=…`, as server_fn's URL codec reads nested arguments.
fn query_pairs(value: &Value, prefix: &str, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let name = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}[{key}]")
                };
                query_pairs(v, &name, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                query_pairs(v, &format!("{prefix}[{i}]"), out);
            }
        }
        Value::Null => {}
        Value::String(s) => out.push((prefix.to_string(), s.clone())),
        other => out.push((prefix.to_string(), other.to_string())),
    }
}

fn encoded(value: &Value) -> String {
    let mut pairs = Vec::new();
    query_pairs(value, "", &mut pairs);
    serde_urlencoded::to_string(&pairs).expect("encodable")
}

/// Bytes no codec should accept.
fn garbage(rng: &mut fastrand::Rng) -> Vec<u8> {
    match rng.u8(..6) {
        0 => b"{\"company\": ".to_vec(),
        1 => b"\xff\xfe\x00not utf-8".to_vec(),
        2 => b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[".repeat(50),
        3 => b"a=1&a=2&%zz=%".to_vec(),
        4 => (0..rng.usize(1..2_000)).map(|_| rng.u8(..)).collect(),
        _ => Vec::new(),
    }
}

/// Bytes as a query string a URI can carry: broken escapes (`%zz`) stay broken.
fn raw_query(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| {
            if b.is_ascii_alphanumeric() || b"%&=[]+-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    /// GET with the arguments in the query string.
    Url,
    /// POST of a form (sign-in and sign-out work without the wasm).
    Form,
    Json,
}

fn codec(path: &str, method: &axum::http::Method) -> Codec {
    if *method == axum::http::Method::GET {
        Codec::Url
    } else if matches!(
        path,
        "/api/login" | "/api/logout" | "/api/logout_everywhere"
    ) {
        Codec::Form
    } else {
        Codec::Json
    }
}

fn request(
    rng: &mut fastrand::Rng,
    path: &str,
    codec: Codec,
    args: &Value,
    cookie: Option<&str>,
) -> Request<Body> {
    let form = "application/x-www-form-urlencoded";
    let broken = rng.u8(..10) == 0;
    match codec {
        Codec::Url if broken => get(&format!("{path}?{}", raw_query(&garbage(rng))), cookie),
        Codec::Url => {
            // A real server refuses far longer URIs before routing (414); cut
            // a huge query short, broken escapes and all.
            let mut query = encoded(args);
            query.truncate(32 * 1024);
            get(&format!("{path}?{query}"), cookie)
        }
        _ if broken => {
            let types = [
                "application/json",
                form,
                "text/plain",
                "multipart/form-data",
                "",
            ];
            post(path, cookie, types[rng.usize(..types.len())], garbage(rng))
        }
        // The right body with another codec's content type.
        Codec::Json if rng.u8(..20) == 0 => post(path, cookie, form, encoded(args)),
        Codec::Json => post(path, cookie, "application/json", args.to_string()),
        Codec::Form => post(path, cookie, form, encoded(args)),
    }
}

async fn fixtures(pool: &PgPool) -> (Ids, CurrentUser) {
    let t = team(pool).await;
    let company = app::customers::service::create(pool, &t.ana, company("Acme"))
        .await
        .expect("company");
    let contact = app::contacts::service::create(
        pool,
        &t.ana,
        NewContact {
            name: "Nia".into(),
            ..NewContact::blank(company.id)
        },
    )
    .await
    .expect("contact");
    let pipeline = app::pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "Sales")
        .await
        .expect("pipeline");
    let deal = app::deals::service::create(
        pool,
        &t.ana,
        NewDeal {
            title: "Big one".into(),
            company_id: Some(company.id),
            pipeline_id: Some(pipeline.id),
            value_cents: 5_000_000,
            ..NewDeal::blank()
        },
    )
    .await
    .expect("deal");
    let activity = app::activities::service::create(
        pool,
        &t.ana,
        NewActivity {
            subject: "Call back".into(),
            ..NewActivity::blank(company.id)
        },
    )
    .await
    .expect("activity");
    let ids = Ids {
        rep: t.ana,
        company: company.id,
        contact: contact.id,
        pipeline: pipeline.id,
        stage: pipeline.stages[1].id,
        deal: deal.id,
        activity: activity.id,
    };
    (ids, t.manager)
}

/// Still answering: the health check, and a rep's ordinary call.
async fn still_answers(app: &Router, cookie: &str) {
    assert_eq!(
        send(app, get("/healthz", None)).await.status,
        StatusCode::OK
    );
    let me = send(app, get("/api/me", Some(cookie))).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn no_input_makes_a_server_function_panic_or_fail_with_a_5xx_other_than_503(pool: PgPool) {
    let (ids, manager) = fixtures(&pool).await;
    let app = app(pool.clone());
    let rep_cookie = cookie_for(&pool, &ids.rep).await;
    let manager_cookie = cookie_for(&pool, &manager).await;
    let leaver = user(&pool, "Leaver", app::auth::model::Role::Rep).await;

    // Every registered server function, old and new, by path and method.
    let mut functions: Vec<(&'static str, axum::http::Method)> =
        leptos::server_fn::axum::server_fn_paths().collect();
    functions.sort_by_key(|(path, _)| *path);
    assert!(
        functions.len() >= 25,
        "server functions: {}",
        functions.len()
    );
    assert!(functions.iter().any(|(p, _)| *p == "/api/sync/push"));

    let mut rng = fastrand::Rng::with_seed(SEED);
    let (rep_device, manager_device) = (Uuid::new_v4(), Uuid::new_v4());
    let mut mutation_id = 0;
    let mut failures = Vec::new();
    let mut statuses = std::collections::BTreeMap::<u16, usize>::new();
    for case in 0..CASES {
        let (path, method) = &functions[case % functions.len()];
        let who = rng.u8(..10);
        // Signing out ends the session it is sent with (everywhere: all of its
        // user's): give it a session of a user no other case signs in as.
        let own_session;
        let cookie = match (who, *path) {
            (0, _) => None,
            (_, "/api/logout" | "/api/logout_everywhere") => {
                own_session = cookie_for(&pool, &leaver).await;
                Some(own_session.as_str())
            }
            (1..=5, _) => Some(rep_cookie.as_str()),
            _ => Some(manager_cookie.as_str()),
        };
        let mut args = if *path == "/api/sync/push" {
            let device = if who <= 5 { rep_device } else { manager_device };
            push_body(&mut rng, &ids, device, &mut mutation_id)
        } else {
            template(path, &ids)
        };
        // One case in five is well-formed: the paths past validation get fuzzed state too.
        if rng.u8(..5) != 0 {
            mutate(&mut rng, &mut args);
        }
        let request = request(&mut rng, path, codec(path, method), &args, cookie);
        let reply = send(&app, request).await;
        *statuses.entry(reply.status.as_u16()).or_default() += 1;
        if reply.status.is_server_error() && reply.status != StatusCode::SERVICE_UNAVAILABLE {
            let sent: String = args.to_string().chars().take(300).collect();
            failures.push(format!("{} {path} {sent} -> {}", reply.status, reply.body));
        }
    }
    eprintln!("fuzz: answers by status {statuses:?}");
    assert!(
        failures.is_empty(),
        "{} of {CASES} cases failed on the server:\n{}",
        failures.len(),
        failures[..failures.len().min(15)].join("\n")
    );
    still_answers(&app, &rep_cookie).await;
}
