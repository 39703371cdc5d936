//! Parity between the two halves of each domain. Pages read the device's
//! copy through `<domain>/local.rs`; here every such query runs on random
//! books (fixed seeds) both there and through SQL on the same data, and the
//! answers must be equal. Then random edits are applied on a device and
//! through push, and what the device showed at once must be what the server
//! then sends back.
//!
//! The customer search's SQL oracle lives in this file: no page asks the
//! server for the customer list, so it exists to check the device's rules
//! (folded text, phone digits, ranking) against an independent statement
//! of them.

use std::collections::BTreeSet;

use app::{
    activities::{
        db::due_by_today,
        model::{ActivityKind, Agenda, Due, NewActivity},
    },
    auth::model::CurrentUser,
    contacts::model::NewContact,
    customers::model::{
        Classification, CompanyPatch, CompanyQuery, CompanySummary, NewCompany, PAGE_SIZE,
    },
    deals::model::{BoardQuery, DealMove, DealPatch, DealStatus, NewDeal, Outcome},
    search::model::fold,
    sync::{
        model::MutationOp,
        scope::{OnTeamDevice, TeamScope},
        snapshot::Snapshot,
    },
};
use chrono::{DateTime, Duration, NaiveTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use crate::helpers::{device_copy, team, Team, TestDevice};

const SEEDS: [u64; 3] = [16, 1_616, 161_616];

/// Words people name customers with: capitals, Latvian and Estonian letters,
/// a German ß (folded to "ss").
const NAME_WORDS: [&str; 10] = [
    "Acme", "Baltic", "Rīgas", "Pärnu", "Nord", "Delta", "Jūrmala", "Sun", "Kuldīga", "Straße",
];
const NAME_TAILS: [&str; 8] = [
    "ūdens",
    "Pumps",
    "serviss",
    "TOOLS",
    "and Sons",
    "ŪDENS",
    "oü",
    "Süsteemid",
];
const PEOPLE: [&str; 8] = [
    "Jānis Bērziņš",
    "Ēriks Ozols",
    "Anna Kask",
    "Märt Tamm",
    "ÜLLE Sepp",
    "Rosa Lopez",
    "Li Wei",
    "Ann-Marie O'Neil",
];
const TAGS: [&str; 5] = ["vip", "north", "pumps", "riga", "key-account"];
const INDUSTRIES: [&str; 4] = ["Water", "Food", "Metal works", "Logistics"];
const ADDRESSES: [&str; 4] = [
    "Brīvības iela 1, Rīga",
    "Main St 5",
    "Pärnu mnt 10, Tallinn",
    "",
];

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

fn phone(rng: &mut fastrand::Rng) -> String {
    let n = rng.u32(1_000_000..9_999_999);
    match rng.u8(..5) {
        0 => format!("+371 2{} {:03} {:03}", n % 10, n / 1000 % 1000, n % 1000),
        1 => format!("(030) 555-{:04}", n % 10_000),
        2 => format!("555{n}"),
        3 => format!("+372 5{n}"),
        _ => String::new(),
    }
}

/// A random book for the team: customers of all three, their contacts, deals
/// in both pipelines (some moved, some closed) and activities around today.
async fn random_book(pool: &PgPool, t: &Team, rng: &mut fastrand::Rng) {
    let pipelines = [
        app::pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "Sales")
            .await
            .expect("pipeline"),
        app::pipelines::service::create(pool, &t.manager, Uuid::new_v4(), "Service")
            .await
            .expect("pipeline"),
    ];
    let owners = [&t.ana, &t.ben, &t.manager];
    let mut deals = Vec::new();
    for n in 0..45 {
        let owner = *pick(rng, &owners);
        let tags: Vec<String> = TAGS
            .iter()
            .filter(|_| rng.u8(..4) == 0)
            .map(|t| t.to_string())
            .collect();
        let new = NewCompany {
            name: format!("{} {} {n}", pick(rng, &NAME_WORDS), pick(rng, &NAME_TAILS)),
            industry: pick(rng, &INDUSTRIES).to_string(),
            address: pick(rng, &ADDRESSES).to_string(),
            phone: phone(rng),
            tags,
            classification: *pick(rng, Classification::ALL),
            ..NewCompany::blank()
        };
        let company = app::customers::service::create(pool, owner, new)
            .await
            .expect("company");
        let mut contacts = vec![None];
        for _ in 0..rng.usize(..4) {
            let person = pick(rng, &PEOPLE);
            let contact = NewContact {
                name: person.to_string(),
                email: format!("{}@example.test", fold(person).replace(' ', ".")),
                phone: phone(rng),
                ..NewContact::blank(company.id)
            };
            let contact = app::contacts::service::create(pool, owner, contact)
                .await
                .expect("contact");
            contacts.push(Some(contact.id));
        }
        for d in 0..rng.usize(..4) {
            let pipeline = pick(rng, &pipelines);
            let stage = pick(rng, &pipeline.stages);
            let new = NewDeal {
                title: format!("{} deal {d}", pick(rng, &TAGS)),
                company_id: Some(company.id),
                contact_id: *pick(rng, &contacts),
                pipeline_id: Some(pipeline.id),
                stage_id: Some(stage.id),
                value_cents: i64::from(rng.u32(1..500)) * 10_000,
                ..NewDeal::blank()
            };
            let deal = app::deals::service::create(pool, owner, new)
                .await
                .expect("deal");
            deals.push((owner, deal.id, pipeline));
        }
        for a in 0..rng.usize(..4) {
            let due_on = (Utc::now() + Duration::days(rng.i64(-4..5))).date_naive();
            let time = NaiveTime::from_hms_opt(rng.u32(7..19), 0, 0).expect("time");
            let new = NewActivity {
                kind: *pick(rng, ActivityKind::ALL),
                subject: format!("Follow-up {a} about {}", pick(rng, &TAGS)),
                due: Due {
                    on: Some(due_on),
                    time: (rng.u8(..2) == 0).then_some(time),
                },
                done: rng.u8(..4) == 0,
                ..NewActivity::blank(company.id)
            };
            app::activities::service::create(pool, owner, new)
                .await
                .expect("activity");
        }
    }
    // Cards moved about, before their neighbours or to the end of a column.
    for _ in 0..40 {
        let (owner, deal, pipeline) = *pick(rng, &deals);
        let before = rng
            .bool()
            .then(|| pick(rng, &deals))
            .filter(|(_, _, p)| p.id == pipeline.id)
            .map(|(_, id, _)| *id)
            .filter(|id| *id != deal);
        let mv = DealMove {
            deal_id: deal,
            stage_id: pick(rng, &pipeline.stages).id,
            before_id: before,
        };
        // A card dropped before one in another column lands at its end.
        let _ = app::deals::service::move_deal(pool, owner, mv).await;
    }
    for _ in 0..8 {
        let (owner, deal, _) = *pick(rng, &deals);
        let outcome = Outcome::Lost {
            reason: "Price".into(),
        };
        let _ = app::deals::service::close(pool, owner, deal, outcome).await;
    }
}

/// `fold` as SQL, for the oracle: lowercase, whitespace runs made one space,
/// and each letter of the books' alphabet mapped as `fold` maps it (the
/// table of letters itself is `search::model`'s unit test).
async fn create_sql_fold(pool: &PgPool) {
    let alphabet: BTreeSet<char> = NAME_WORDS
        .iter()
        .chain(&NAME_TAILS)
        .chain(&PEOPLE)
        .chain(&ADDRESSES)
        .flat_map(|w| w.chars())
        .chain("ĀŪÜÄÕÖĒĪŠŽČĢĶĻŅ".chars())
        .filter(|c| !c.is_ascii())
        .collect();
    let (mut from, mut to, mut multi) = (String::new(), String::new(), Vec::new());
    for c in alphabet {
        let folded = fold(&c.to_string());
        match folded.chars().count() {
            1 => {
                from.push(c);
                to.push_str(&folded);
            }
            _ => multi.push((c, folded)),
        }
    }
    let mut body =
        format!("translate(lower(regexp_replace(btrim(t), '\\s+', ' ', 'g')), '{from}', '{to}')");
    for (c, folded) in multi {
        body = format!("replace({body}, '{c}', '{folded}')");
    }
    sqlx::query(&format!(
        "create function parity_fold(t text) returns text language sql immutable as $$ select {body} $$"
    ))
    .execute(pool)
    .await
    .expect("fold function");
}

/// id, name, industry, classification, phone, owner's name, contact count.
type ListRow = (Uuid, String, String, String, String, String, Option<i64>);

/// The customer list as SQL states the rules: a company matches when every
/// word typed is in its text (or one contact's), or the digits typed are in
/// a phone; it ranks 0 when its name starts with what was typed, 1 when
/// every word starts a word (or the digits start a number), 2 otherwise,
/// never better than 1 through a contact; then by name. All pages at once.
///
/// `contacts_of`: a manager, whose device keeps the contacts of their own
/// customers only (none is kept whole here): only those are searched and counted.
async fn company_list_sql(
    pool: &PgPool,
    visible_to: Option<Uuid>,
    contacts_of: Option<Uuid>,
    query: &CompanyQuery,
) -> Vec<CompanySummary> {
    let rows: Vec<ListRow> = sqlx::query_as(
        r#"
        with typed as (
          select parity_fold($3) as phrase,
                 array_remove(string_to_array(parity_fold($3), ' '), '') as terms,
                 -- a phone number: digits and + - ( ) . / and spaces, 3 digits at least
                 case when $3 ~ '^[0-9 +()./-]*$'
                       and length(regexp_replace($3, '\D', '', 'g')) >= 3
                      then regexp_replace($3, '\D', '', 'g') end as digits
        ), hay as (
          select c.id, c.name, c.industry, c.classification, c.phone, c.owner_id, c.tags,
                 parity_fold(c.name) as lead,
                 concat_ws(e'\n', parity_fold(c.name),
                           nullif(parity_fold(array_to_string(c.tags, ' ')), ''),
                           nullif(parity_fold(c.industry), ''), nullif(parity_fold(c.address), ''),
                           nullif(parity_fold(c.phone), ''), nullif(parity_fold(c.website), '')) as text,
                 regexp_replace(c.phone, '\D', '', 'g') as digits
            from companies c where c.archived_at is null
        ), people as (
          select k.company_id, parity_fold(k.name) as lead,
                 concat_ws(e'\n', parity_fold(k.name), nullif(parity_fold(k.email), ''),
                           nullif(parity_fold(k.phone), '')) as text,
                 regexp_replace(k.phone, '\D', '', 'g') as digits
            from contacts k where k.archived_at is null and ($6::uuid is null or k.owner_id = $6)
        ), ranked as (
          select h.*,
                 (select count(*) from contacts k
                   where k.company_id = h.id and k.archived_at is null
                  -- (no row, so no count, at a colleague's customer)
                  having $6::uuid is null or h.owner_id = $6) as contact_count,
                 case when cardinality(q.terms) = 0 then 0 else least(
                   parity_rank(h.lead, h.text, h.digits, q.phrase, q.terms, q.digits),
                   -- (greatest() skips nulls: only contacts that match count)
                   (select min(greatest(m.tier, 1))
                      from (select parity_rank(p.lead, p.text, p.digits, q.phrase, q.terms, q.digits) as tier
                              from people p where p.company_id = h.id) m
                     where m.tier is not null)) end as tier
            from hay h cross join typed q
        )
        select r.id, r.name, r.industry, r.classification, r.phone, u.name, r.contact_count
          from ranked r join users u on u.id = r.owner_id
         where r.tier is not null
           and ($1::uuid is null or r.owner_id = $1)
           and ($2::uuid is null or r.owner_id = $2)
           and ($4::text is null or r.classification = $4)
           and ($5::text is null or $5 = any(r.tags))
         order by r.tier, lower(r.name collate "und-x-icu") collate "C", r.id
        "#,
    )
    .bind(visible_to)
    .bind(query.owner_id)
    .bind(&query.search)
    .bind(query.classification.map(Classification::as_str))
    .bind(query.tag.as_deref().map(|t| t.trim().to_lowercase()))
    .bind(contacts_of)
    .fetch_all(pool)
    .await
    .expect("oracle list");
    rows.into_iter()
        .map(
            |(id, name, industry, classification, phone, owner_name, contact_count)| {
                CompanySummary {
                    id,
                    name,
                    industry,
                    classification: Classification::parse(&classification).expect("class"),
                    phone,
                    owner_name,
                    contact_count,
                }
            },
        )
        .collect()
}

/// One record's rank (0, 1, 2, or null for no match), as `company_list_sql` says.
async fn create_sql_rank(pool: &PgPool) {
    sqlx::query(
        r#"
        create function parity_rank(lead text, body text, digits text,
                                    phrase text, terms text[], typed text) returns int
        language sql immutable as $$
          select least(
            case
              when starts_with(lead, phrase) then 0
              when (select bool_and(strpos(body, t) > 0) from unnest(terms) t) then
                case when (select bool_and(body ~ ('(^|[^[:alnum:]])'
                                  || regexp_replace(t, '([^[:alnum:]])', '\\\1', 'g')))
                             from unnest(terms) t) then 1 else 2 end
            end,
            case
              when typed is null or digits = '' then null
              when starts_with(digits, typed) then 1
              when strpos(digits, typed) > 0 then 2
            end)
        $$"#,
    )
    .execute(pool)
    .await
    .expect("rank function");
}

/// What people type in the customer list's search box.
fn searches(snap: &Snapshot, rng: &mut fastrand::Rng) -> Vec<String> {
    let mut typed: Vec<String> = [
        "",
        "acme",
        "ACM",
        "cme",
        "riga",
        "rīgas ū",
        "parnu",
        "strasse",
        "jan",
        "berzins",
        "ulle",
        "vip",
        "water",
        "metal w",
        "555",
        "21",
        "(030) 555",
        "+371 2",
        "oü",
        "o'neil",
        "li wei",
        "a.b",
        "100%",
        "_",
        "\\",
        "key-acc",
        "no such thing",
    ]
    .map(String::from)
    .to_vec();
    let mut phones: Vec<&str> = snap
        .companies
        .values()
        .map(|c| c.phone.as_str())
        .chain(snap.contacts.values().map(|c| c.phone.as_str()))
        .filter(|p| !p.is_empty())
        .collect();
    phones.sort();
    for _ in 0..6 {
        if let Some(p) = (!phones.is_empty()).then(|| *pick(rng, &phones)) {
            let digits: String = p.chars().filter(char::is_ascii_digit).collect();
            let from = rng.usize(..digits.len().saturating_sub(4).max(1));
            typed.push(digits[from..(from + 5).min(digits.len())].to_string());
            typed.push(p.to_string());
        }
    }
    typed
}

async fn check_customer_list(pool: &PgPool, user: &CurrentUser, snap: &Snapshot, seed: u64) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let visible_to = (!user.is_manager()).then_some(user.id);
    let contacts_of = user.is_manager().then_some(user.id);
    let mut queries: Vec<CompanyQuery> = searches(snap, &mut rng)
        .into_iter()
        .map(|search| CompanyQuery {
            search,
            ..Default::default()
        })
        .collect();
    for tag in TAGS.iter().chain(&["VIP ", "none"]) {
        queries.push(CompanyQuery {
            tag: Some(tag.to_string()),
            ..Default::default()
        });
    }
    for class in Classification::ALL {
        queries.push(CompanyQuery {
            classification: Some(*class),
            search: "a".into(),
            ..Default::default()
        });
    }
    for owner in snap.team.iter().map(|m| m.id) {
        queries.push(CompanyQuery {
            owner_id: Some(owner),
            tag: Some("vip".into()),
            ..Default::default()
        });
    }
    for query in queries {
        let oracle = company_list_sql(pool, visible_to, contacts_of, &query).await;
        let pages = (oracle.len() as i64 + PAGE_SIZE - 1) / PAGE_SIZE;
        for page in [0, 1, pages - 1, pages + 3] {
            let query = CompanyQuery {
                page,
                reader: Some(user.id),
                ..query.clone()
            };
            let device = snap.company_page(&query);
            let last = (pages - 1).max(0);
            let shown = page.clamp(0, last);
            let expected: Vec<_> = oracle
                .iter()
                .skip((shown * PAGE_SIZE) as usize)
                .take(PAGE_SIZE as usize)
                .cloned()
                .collect();
            assert_eq!(
                (device.total, device.page),
                (oracle.len() as i64, shown),
                "seed {seed}, {}: {query:?}; the SQL found {:?}",
                user.name,
                oracle.iter().map(|c| &c.name).collect::<Vec<_>>()
            );
            assert_eq!(
                device.items, expected,
                "seed {seed}, {}: {query:?}",
                user.name
            );
        }
    }
}

async fn check_board(pool: &PgPool, user: &CurrentUser, snap: &Snapshot, seed: u64) {
    let mut queries = vec![BoardQuery::default()];
    for pipeline in snap.pipeline_list() {
        for mine in [false, true] {
            queries.push(BoardQuery {
                pipeline_id: Some(pipeline.id),
                mine,
                ..Default::default()
            });
        }
        for member in &snap.team {
            queries.push(BoardQuery {
                pipeline_id: Some(pipeline.id),
                owner_id: Some(member.id),
                ..Default::default()
            });
        }
    }
    for query in queries {
        let server = app::deals::service::board(pool, user, &query)
            .await
            .expect("board");
        let device = snap.board(&query, user, server.as_of);
        assert_eq!(
            device, server,
            "seed {seed}, {}: board {query:?}",
            user.name
        );
    }
}

async fn check_cards(pool: &PgPool, user: &CurrentUser, snap: &Snapshot, seed: u64) {
    let mut ids: Vec<Uuid> = snap.companies.keys().copied().collect();
    ids.sort();
    for id in ids {
        let mut contacts = app::contacts::service::for_company(pool, user, id)
            .await
            .expect("contacts");
        // A manager's device keeps a colleague's customer's contacts only
        // once its card is read whole (`sync::scope`).
        if !snap.keeps_contacts_of(&snap.companies[&id], Some(user.id)) {
            let scope = TeamScope {
                me: user.id,
                since: snap.scope.expect("a manager's copy").since,
                kept: snap.kept.clone(),
            };
            contacts.retain(|c| c.kept_by(&scope));
        }
        assert_eq!(
            snap.contacts_of(id, app::i18n::Locale::En),
            contacts,
            "seed {seed}, {}: contacts of {id}",
            user.name
        );
        let deals = app::deals::service::for_company(pool, user, id)
            .await
            .expect("deals");
        assert_eq!(snap.deals_of(id), deals, "seed {seed}: deals of {id}");
    }
}

async fn check_my_day(pool: &PgPool, user: &CurrentUser, snap: &Snapshot, seed: u64) {
    for hours in [-30, 0, 9, 30] {
        let now = Utc::now() + Duration::hours(hours);
        let (local_now, due) = due_by_today(pool, user.id, now).await.expect("due");
        let server = Agenda::of(&due, local_now);
        let device = snap.agenda(user.id, local_now);
        assert_eq!(device, server, "seed {seed}, {}: My day", user.name);
        assert_eq!(
            snap.overdue_count(user.id, local_now),
            server.overdue.len(),
            "seed {seed}, {}: overdue badge",
            user.name
        );
    }
}

/// The new-customer form refuses on the device what the unique index would.
async fn check_duplicate_names(pool: &PgPool, snap: &Snapshot, seed: u64) {
    let mut names: Vec<String> = snap.companies.values().map(|c| c.name.clone()).collect();
    names.sort();
    for name in names.iter().take(10) {
        for typed in [
            name.clone(),
            name.to_uppercase(),
            name.to_lowercase(),
            format!("  {name} "),
            format!("{name}!"),
        ] {
            let server = app::customers::db::name_taken(pool, &typed)
                .await
                .expect("taken");
            assert_eq!(
                snap.company_name_taken(&typed, None),
                server,
                "seed {seed}: is {typed:?} taken?"
            );
        }
    }
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn device_queries_answer_as_the_server_does(pool: PgPool) {
    create_sql_fold(&pool).await;
    create_sql_rank(&pool).await;
    let t = team(&pool).await;
    for seed in SEEDS {
        sqlx::query("truncate companies, pipelines cascade")
            .execute(&pool)
            .await
            .expect("a fresh book");
        let mut rng = fastrand::Rng::with_seed(seed);
        random_book(&pool, &t, &mut rng).await;
        for user in [&t.ana, &t.ben, &t.manager] {
            let snap = device_copy(&pool, user).await;
            assert!(!snap.companies.is_empty(), "seed {seed}: an empty book");
            check_customer_list(&pool, user, &snap, seed).await;
            check_board(&pool, user, &snap, seed).await;
            check_cards(&pool, user, &snap, seed).await;
            check_my_day(&pool, user, &snap, seed).await;
        }
        let all = device_copy(&pool, &t.manager).await;
        check_duplicate_names(&pool, &all, seed).await;
    }
}

/// A random edit of something the device shows, as a person would make it.
fn random_edit(rng: &mut fastrand::Rng, snap: &Snapshot, n: usize) -> Option<MutationOp> {
    let sorted = |mut ids: Vec<Uuid>| {
        ids.sort();
        ids
    };
    let companies = sorted(snap.companies.keys().copied().collect());
    let deals = sorted(snap.deals.keys().copied().collect());
    let of_status = |open: bool| {
        sorted(
            snap.deals
                .values()
                .filter(|d| (d.status == DealStatus::Open) == open)
                .map(|d| d.id)
                .collect(),
        )
    };
    let (open, closed) = (of_status(true), of_status(false));
    let activities = sorted(snap.activities.keys().copied().collect());
    let any = |rng: &mut fastrand::Rng, ids: &[Uuid]| {
        (!ids.is_empty()).then(|| ids[rng.usize(..ids.len())])
    };
    Some(match rng.u8(..9) {
        0 => MutationOp::CreateCompany(NewCompany {
            name: format!("{} new {n}", pick(rng, &NAME_WORDS)),
            phone: phone(rng),
            ..NewCompany::blank()
        }),
        1 => MutationOp::UpdateCompany {
            id: any(rng, &companies)?,
            patch: CompanyPatch::single("phone", &phone(rng)).expect("patch"),
        },
        2 => MutationOp::CreateDeal(NewDeal {
            title: format!("Deal {n}"),
            company_id: Some(any(rng, &companies)?),
            ..NewDeal::blank()
        }),
        3 | 4 => {
            let deal = &snap.deals[&any(rng, &open)?];
            let stages: Vec<Uuid> = sorted(
                snap.stages
                    .values()
                    .filter(|s| s.pipeline_id == deal.pipeline_id)
                    .map(|s| s.id)
                    .collect(),
            );
            MutationOp::MoveDeal(DealMove {
                deal_id: deal.id,
                stage_id: *pick(rng, &stages),
                before_id: any(rng, &deals).filter(|id| *id != deal.id),
            })
        }
        5 => MutationOp::UpdateDeal {
            id: any(rng, &deals)?,
            patch: DealPatch::single("title", &format!("Renamed {n}")).expect("patch"),
        },
        6 => MutationOp::CloseDeal {
            id: any(rng, &open)?,
            outcome: Outcome::Won {
                reason: "Fit".into(),
            },
        },
        7 => MutationOp::ReopenDeal {
            id: any(rng, &closed)?,
        },
        _ => MutationOp::CompleteActivity {
            id: any(rng, &activities)?,
            done: rng.bool(),
        },
    })
}

/// A record's own state, without the moments the server stamps by its own
/// clock (the device stamps its own: they differ by milliseconds).
fn without_clocks(snap: &Snapshot) -> Snapshot {
    let epoch = DateTime::<Utc>::UNIX_EPOCH;
    let mut snap = snap.clone();
    snap.cursor = 0;
    for c in snap.companies.values_mut() {
        (c.created_at, c.updated_at) = (epoch, epoch);
    }
    for c in snap.contacts.values_mut() {
        (c.created_at, c.updated_at) = (epoch, epoch);
    }
    for d in snap.deals.values_mut() {
        (d.created_at, d.updated_at, d.stage_entered_at) = (epoch, epoch, epoch);
        d.closed_at = d.closed_at.map(|_| epoch);
    }
    for a in snap.activities.values_mut() {
        (a.created_at, a.updated_at) = (epoch, epoch);
        a.done_at = a.done_at.map(|_| epoch);
    }
    snap
}

#[sqlx::test(migrator = "server::MIGRATOR")]
async fn edits_show_on_the_device_as_the_server_applies_them(pool: PgPool) {
    let t = team(&pool).await;
    let mut rng = fastrand::Rng::with_seed(SEEDS[0]);
    random_book(&pool, &t, &mut rng).await;
    let mut checked = 0;
    for seed in SEEDS {
        let mut rng = fastrand::Rng::with_seed(seed);
        for user in [&t.ana, &t.manager] {
            let mut device = TestDevice::new(user);
            device.sync(&pool).await;
            for round in 0..12 {
                for step in 0..rng.usize(1..6) {
                    let n = (seed as usize) * 1_000 + round * 10 + step;
                    if let Some(op) = random_edit(&mut rng, device.replica.view(), n) {
                        let _ = device.replica.submit(op, Utc::now());
                    }
                }
                // A rep's device does not hold the other reps' cards, which
                // share the columns: only a manager's can place a card as the
                // server does. A rep's is checked for everything else.
                let places = |snap: &Snapshot| {
                    let mut snap = without_clocks(snap);
                    if !user.is_manager() {
                        snap.deals.values_mut().for_each(|d| d.position = 0);
                    }
                    snap
                };
                let shown = places(device.replica.view());
                let results = device.sync(&pool).await;
                // A refused edit is the server's to explain; only compare rounds it took whole.
                if results
                    .iter()
                    .all(|(_, r)| matches!(r, app::sync::model::MutationResult::Applied))
                {
                    let server = places(&device_copy(&pool, user).await);
                    assert_eq!(
                        shown.deals, server.deals,
                        "seed {seed}, {}, round {round}: deals",
                        user.name
                    );
                    assert_eq!(shown.companies, server.companies, "seed {seed}: companies");
                    assert_eq!(shown.activities, server.activities, "seed {seed}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 30, "only {checked} rounds taken whole");
}
