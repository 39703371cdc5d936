//! Demo data for a new database: a small sales team and its customers.
//! Deterministic (a fixed-seed generator), so every demo and test run sees the same book.

use sqlx::PgPool;
use uuid::Uuid;

use app::auth::session::hash_password;

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

pub async fn seed_if_empty(pool: &PgPool) -> anyhow::Result<bool> {
    let (users,): (i64,) = sqlx::query_as("select count(*) from users")
        .fetch_one(pool)
        .await?;
    if users > 0 {
        return Ok(false);
    }
    seed(pool, 200).await?;
    tracing::info!("seeded demo data");
    Ok(true)
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
