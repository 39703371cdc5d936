//! Demo data for a new database: a small sales team and its customers.
//! Deterministic (a fixed-seed generator), so every demo and test run sees the same book.

use sqlx::PgPool;
use uuid::Uuid;

use app::auth::session::hash_password;
use app::deals::model::POSITION_GAP;

pub const DEMO_PASSWORD: &str = "fieldbook";

/// (email, name, role): printed by `./fieldbook run`.
pub const DEMO_USERS: &[(&str, &str, &str)] = &[
    ("manager@fieldbook.test", "Morgan Hale", "manager"),
    ("ana@fieldbook.test", "Ana Lopez", "rep"),
    ("ben@fieldbook.test", "Ben Carter", "rep"),
    ("chloe@fieldbook.test", "Chloe Nguyen", "rep"),
];

const PREFIXES: &[&str] = &[
    "Alpine",
    "Beacon",
    "Cedar",
    "Delta",
    "Ember",
    "Falcon",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
    "Keystone",
    "Lumen",
    "Maple",
    "Northwind",
    "Orchid",
    "Pioneer",
    "Quarry",
    "Riverside",
    "Summit",
    "Tidewater",
];
const NOUNS: &[&str] = &[
    "Bakery",
    "Logistics",
    "Dental",
    "Motors",
    "Foods",
    "Textiles",
    "Pharmacy",
    "Builders",
    "Hotels",
    "Analytics",
];
const INDUSTRY_OF_NOUN: &[&str] = &[
    "Food & beverage",
    "Transport",
    "Healthcare",
    "Automotive",
    "Food & beverage",
    "Manufacturing",
    "Healthcare",
    "Construction",
    "Hospitality",
    "Software",
];
const SEGMENTS: &[&str] = &["SMB", "Mid-market", "Enterprise"];
const CLASSIFICATIONS: &[&str] = &[
    "none",
    "none",
    "none",
    "key_account",
    "loyal",
    "debtor",
    "low_margin",
];
const SOURCES: &[&str] = &["referral", "web", "event", "cold_call", "import", "partner"];
const TERMS: &[&str] = &[
    "prepaid",
    "on_receipt",
    "net_15",
    "net_30",
    "net_30",
    "net_60",
];
const CITIES: &[&str] = &[
    "Lisbon", "Porto", "Madrid", "Lyon", "Munich", "Milan", "Vienna", "Prague",
];
const FIRST: &[&str] = &[
    "Alex", "Bea", "Carlos", "Dana", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kara",
    "Luis", "Mina", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tara", "Umar",
];
const LAST: &[&str] = &[
    "Silva", "Berg", "Costa", "Duarte", "Evans", "Fischer", "Garcia", "Horvat", "Ivanova",
    "Jensen", "Kowalski", "Moreau",
];
const TITLES: &[&str] = &[
    "Owner",
    "Purchasing manager",
    "CFO",
    "Office manager",
    "Head of operations",
    "Buyer",
];

/// xorshift64*: tiny, deterministic, good enough to vary demo data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    fn uuid(&mut self) -> Uuid {
        let bytes = ((u128::from(self.next())) << 64) | u128::from(self.next());
        uuid::Builder::from_random_bytes(bytes.to_le_bytes()).into_uuid()
    }
}

/// Seeds what is missing: the team and its customers on an empty database, and
/// the pipelines with their deals where none exist yet (databases seeded before
/// pipelines existed get them too). Returns whether anything was added.
pub async fn seed_if_empty(pool: &PgPool) -> anyhow::Result<bool> {
    let (users,): (i64,) = sqlx::query_as("select count(*) from users")
        .fetch_one(pool)
        .await?;
    let mut seeded = false;
    if users == 0 {
        seed(pool, 200).await?;
        seeded = true;
    }
    let (pipelines,): (i64,) = sqlx::query_as("select count(*) from pipelines")
        .fetch_one(pool)
        .await?;
    if pipelines == 0 && (users == 0 || demo_team_present(pool).await?) {
        seed_pipelines(pool, DEMO_DEALS).await?;
        seeded = true;
    }
    let (activities,): (i64,) = sqlx::query_as("select count(*) from activities")
        .fetch_one(pool)
        .await?;
    if activities == 0 && demo_team_present(pool).await? {
        seed_activities(pool).await?;
        seed_quotas(pool).await?;
        seeded = true;
    }
    if seeded {
        tracing::info!("seeded demo data");
    }
    Ok(seeded)
}

async fn demo_team_present(pool: &PgPool) -> anyhow::Result<bool> {
    let (found,): (bool,) = sqlx::query_as("select exists (select 1 from users where email = $1)")
        .bind(DEMO_USERS[0].0)
        .fetch_one(pool)
        .await?;
    Ok(found)
}

/// Deals in the demo book (open, won and lost).
pub const DEMO_DEALS: usize = 300;

/// (stage, win %, rotting days).
type StageDef = (&'static str, i16, i32);

const PIPELINES: &[(&str, &[StageDef])] = &[
    (
        "New business",
        &[
            ("Lead", 10, 14),
            ("Qualified", 25, 14),
            ("Proposal", 50, 10),
            ("Negotiation", 75, 7),
            ("Verbal yes", 90, 5),
        ],
    ),
    (
        "Renewals",
        &[
            ("Upcoming", 60, 30),
            ("In talks", 75, 14),
            ("Signed off", 95, 7),
        ],
    ),
];
const DEAL_TITLES: &[&str] = &[
    "Spring order",
    "Annual maintenance",
    "Fleet upgrade",
    "Pilot project",
    "Framework agreement",
    "Replacement parts",
    "Service contract",
    "New site rollout",
    "Volume discount deal",
    "Training package",
];
const LOST_REASONS: &[&str] = &[
    "Price too high",
    "Chose a competitor",
    "No budget",
    "Timing not right",
];

/// Two pipelines and `deals` deals spread over the demo customers. Positions are
/// spaced per column, as the app spaces them.
pub async fn seed_pipelines(pool: &PgPool, deals: usize) -> anyhow::Result<()> {
    let mut rng = Rng(0xDEA1_5EED_0B0A_4D00);
    let customers: Vec<(Uuid, Uuid)> =
        sqlx::query_as("select id, owner_id from companies order by lower(name), id")
            .fetch_all(pool)
            .await?;
    if customers.is_empty() {
        return Ok(());
    }
    let mut tx = pool.begin().await?;
    let mut stages: Vec<(Uuid, Uuid, &str)> = Vec::new();
    for (p, (name, stage_defs)) in PIPELINES.iter().enumerate() {
        let pipeline = rng.uuid();
        sqlx::query("insert into pipelines (id, name, position) values ($1, $2, $3)")
            .bind(pipeline)
            .bind(name)
            .bind(p as i32)
            .execute(&mut *tx)
            .await?;
        for (s, (stage, probability, rotting)) in stage_defs.iter().enumerate() {
            let id = rng.uuid();
            sqlx::query(
                "insert into stages (id, pipeline_id, name, position, probability, rotting_days)
                 values ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(pipeline)
            .bind(stage)
            .bind(s as i32)
            .bind(probability)
            .bind(rotting)
            .execute(&mut *tx)
            .await?;
            // New business gets most deals.
            for _ in 0..(if p == 0 { 3 } else { 1 }) {
                stages.push((pipeline, id, stage));
            }
        }
    }
    let mut next_position: std::collections::HashMap<Uuid, i32> = Default::default();
    for i in 0..deals {
        let (company, owner) = customers[rng.below(customers.len())];
        let (pipeline, stage, _) = stages[rng.below(stages.len())];
        let roll = rng.below(100);
        let (status, reason) = match roll {
            0..=11 => ("won", ""),
            12..=21 => ("lost", LOST_REASONS[rng.below(LOST_REASONS.len())]),
            _ => ("open", ""),
        };
        let position = if status == "open" {
            // Spaced like the app spaces them, so the first moves write one row.
            let slot = next_position.entry(stage).or_insert(0);
            *slot += POSITION_GAP;
            *slot - POSITION_GAP
        } else {
            0
        };
        let value_cents = (1 + rng.below(120)) as i64 * 100_000; // 1,000 to 120,000 EUR
                                                                 // Most deals moved recently; some have stalled (and show as rotting).
        let entered_days = if rng.below(5) == 0 {
            rng.below(40)
        } else {
            rng.below(6)
        } as i32;
        let close_in_days = rng.below(120) as i32 - 10;
        let id = rng.uuid();
        sqlx::query(
            "insert into deals (id, title, company_id, owner_id, pipeline_id, stage_id, value_cents,
                                currency, close_date, status, lost_reason, position,
                                stage_entered_at, closed_at, created_at)
             values ($1, $2, $3, $4, $5, $6, $7, 'EUR', current_date + $8, $9, $10, $11,
                     now() - make_interval(days => $12),
                     case when $9 = 'open' then null else now() - make_interval(days => $12) end,
                     now() - make_interval(days => $12 + 7))",
        )
        .bind(id)
        .bind(format!("{} #{}", DEAL_TITLES[rng.below(DEAL_TITLES.len())], i + 1))
        .bind(company)
        .bind(owner)
        .bind(pipeline)
        .bind(stage)
        .bind(value_cents)
        .bind(close_in_days)
        .bind(status)
        .bind(reason)
        .bind(position)
        .bind(entered_days)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "insert into deal_history (deal_id, to_stage_name, to_status, changed_by, changed_at)
             values ($1, (select name from stages where id = $2), 'open', $3, now() - make_interval(days => $4 + 7))",
        )
        .bind(id)
        .bind(stage)
        .bind(owner)
        .bind(entered_days)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

pub async fn seed(pool: &PgPool, companies: usize) -> anyhow::Result<()> {
    let mut rng = Rng(0x5EED_F1E1_DB00_C0DE);
    let hash = hash_password(DEMO_PASSWORD).map_err(|e| anyhow::anyhow!("{e}"))?;
    let mut tx = pool.begin().await?;
    let mut reps = Vec::new();
    for (email, name, role) in DEMO_USERS {
        let id = rng.uuid();
        sqlx::query(
            "insert into users (id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)",
        )
        .bind(id)
        .bind(email)
        .bind(name)
        .bind(role)
        .bind(&hash)
        .execute(&mut *tx)
        .await?;
        if *role == "rep" {
            reps.push(id);
        }
    }
    for i in 0..companies {
        let noun = i % NOUNS.len();
        let prefix = PREFIXES[(i / NOUNS.len()) % PREFIXES.len()];
        let round = i / (NOUNS.len() * PREFIXES.len());
        let name = match round {
            0 => format!("{prefix} {}", NOUNS[noun]),
            n => format!("{prefix} {} {}", NOUNS[noun], n + 1),
        };
        let id = rng.uuid();
        let owner = reps[rng.below(reps.len())];
        let city = rng.pick(CITIES);
        let slug = name.to_lowercase().replace(' ', "");
        sqlx::query(
            "insert into companies (id, name, industry, segment, tags, classification, source,
                                    payment_terms, address, phone, website, owner_id)
             values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(id)
        .bind(&name)
        .bind(INDUSTRY_OF_NOUN[noun])
        .bind(rng.pick(SEGMENTS))
        .bind(vec![city.to_lowercase()])
        .bind(rng.pick(CLASSIFICATIONS))
        .bind(rng.pick(SOURCES))
        .bind(rng.pick(TERMS))
        .bind(format!("{} Market Street, {city}", 1 + rng.below(200)))
        .bind(format!(
            "+351 21 {:03} {:04}",
            rng.below(1000),
            rng.below(10_000)
        ))
        .bind(format!("{slug}.example"))
        .bind(owner)
        .execute(&mut *tx)
        .await?;
        for _ in 0..(1 + rng.below(3)) {
            let first = rng.pick(FIRST);
            let last = rng.pick(LAST);
            sqlx::query(
                "insert into contacts (id, company_id, name, title, email, phone, owner_id)
                 values ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(rng.uuid())
            .bind(id)
            .bind(format!("{first} {last}"))
            .bind(rng.pick(TITLES))
            .bind(format!(
                "{}.{}@{slug}.example",
                first.to_lowercase(),
                last.to_lowercase()
            ))
            .bind(format!(
                "+351 91 {:03} {:04}",
                rng.below(1000),
                rng.below(10_000)
            ))
            .bind(owner)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// (kind, subject) of demo activities.
const ACTIVITIES: &[(&str, &str)] = &[
    ("call", "Call about the next order"),
    ("meeting", "Quarterly review"),
    ("visit", "Site visit"),
    ("email", "Send the updated price list"),
    ("task", "Prepare the proposal"),
    ("call", "Follow up on the offer"),
    ("note", "Prefers calls in the morning"),
];

/// A history and a few follow-ups per demo customer: some overdue, some due
/// today, some later, so "My day" and the timeline have something to show.
pub async fn seed_activities(pool: &PgPool) -> anyhow::Result<()> {
    let mut rng = Rng(0xAC71_F17E_5EED_0001);
    let customers: Vec<(Uuid, Uuid)> =
        sqlx::query_as("select id, owner_id from companies order by lower(name), id")
            .fetch_all(pool)
            .await?;
    let mut tx = pool.begin().await?;
    for (company, owner) in customers {
        for _ in 0..(1 + rng.below(3)) {
            let (kind, subject) = ACTIVITIES[rng.below(ACTIVITIES.len())];
            let done_days_ago = (rng.below(3) == 0).then(|| 1 + rng.below(60) as i32);
            let due_in = rng.below(30) as i32 - 3;
            let timed = rng.below(3) == 0;
            sqlx::query(
                "insert into activities (id, kind, subject, company_id, owner_id, due_on, due_time,
                                         done_at, created_by, created_at)
                 values ($1, $2, $3, $4, $5,
                         case when $2 = 'note' then null else current_date + $6 end,
                         case when $7 and $2 <> 'note' then time '09:00' + make_interval(hours => $6 % 8) end,
                         case when $8::int is not null or $2 = 'note'
                              then now() - make_interval(days => coalesce($8, 3)) end,
                         $5, now() - make_interval(days => coalesce($8, 3) + 2))",
            )
            .bind(rng.uuid())
            .bind(kind)
            .bind(subject)
            .bind(company)
            .bind(owner)
            .bind(due_in)
            .bind(timed)
            .bind(done_days_ago)
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Monthly quotas for each demo rep around today, so attainment shows.
pub async fn seed_quotas(pool: &PgPool) -> anyhow::Result<()> {
    sqlx::query(
        "insert into quotas (user_id, month, currency, amount_cents)
         select u.id, (date_trunc('month', current_date) + make_interval(months => m))::date,
                'EUR', 40000000 + (abs(hashtext(u.email)) % 5) * 5000000
           from users u, generate_series(-3, 5) m
          where u.role = 'rep'
         on conflict do nothing",
    )
    .execute(pool)
    .await?;
    Ok(())
}
