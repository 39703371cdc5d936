//! Sign-in throttling (server only): a sliding window of attempts per account
//! and per client address, kept in PostgreSQL so every server process behind a
//! load balancer counts the same attempts, and a restart forgets nothing.
//!
//! An attempt is counted *before* its password is checked, under a lock per
//! key, so parallel guesses cannot all slip in before the first one is
//! recorded. A refused (throttled) attempt is not counted: the wait never
//! grows while someone keeps knocking. A successful sign-in clears its
//! account's attempts and takes back its own from its address, but leaves the
//! address's failures (signing in to one account must not buy more guesses
//! at others).

use std::net::IpAddr;

use sqlx::PgPool;

use crate::error::AppError;

/// Attempts allowed per window, then the door stays shut until the oldest expires.
pub const ACCOUNT_LIMIT: i64 = 10;
/// Higher than per account: a whole office may sign in from one address.
pub const ADDRESS_LIMIT: i64 = 50;
pub const WINDOW_SECS: i64 = 15 * 60;

/// What one attempt is counted against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    account: String,
    address: Option<String>,
}

impl Keys {
    pub fn new(email: &str, address: Option<IpAddr>) -> Self {
        Keys {
            account: format!("account:{}", email.trim().to_lowercase()),
            address: address.map(|ip| format!("address:{}", address_key(ip))),
        }
    }

    /// Ordered, so two sign-ins always take the same locks in the same order.
    fn with_limits(&self) -> Vec<(&str, i64)> {
        let mut keys = vec![(self.account.as_str(), ACCOUNT_LIMIT)];
        if let Some(address) = &self.address {
            keys.push((address.as_str(), ADDRESS_LIMIT));
        }
        keys.sort_unstable();
        keys
    }
}

/// One IPv6 host usually holds a whole /64: count the prefix, not the address.
fn address_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
    }
}

/// An attempt counted by `begin_attempt`: its address's row, to take back if it succeeds.
#[derive(Debug)]
#[must_use = "report a success with `succeeded`"]
pub struct Attempt {
    address_row: Option<i64>,
}

/// Counts an attempt against every key, or refuses it with how long to wait.
pub async fn begin_attempt(pool: &PgPool, keys: &Keys) -> Result<Attempt, AppError> {
    let mut tx = pool.begin().await?;
    let mut wait_secs = 0;
    for (key, limit) in keys.with_limits() {
        sqlx::query("select pg_advisory_xact_lock(hashtextextended($1, 0))")
            .bind(key)
            .execute(&mut *tx)
            .await?;
        // Seconds until enough of the window's attempts expire to let one more in.
        let (count, wait): (i64, Option<f64>) = sqlx::query_as(
            "select count(*),
                    extract(epoch from
                        (array_agg(attempted_at order by attempted_at desc))[$2]
                        + make_interval(secs => $3) - now())::float8
               from login_attempts
              where key = $1 and attempted_at > now() - make_interval(secs => $3)",
        )
        .bind(key)
        .bind(limit as i32)
        .bind(WINDOW_SECS as f64)
        .fetch_one(&mut *tx)
        .await?;
        if count >= limit {
            wait_secs = wait_secs.max(wait.unwrap_or(1.0).ceil().max(1.0) as u64);
        }
    }
    if wait_secs > 0 {
        tx.rollback().await?;
        return Err(AppError::Throttled {
            retry_after_secs: wait_secs,
        });
    }
    let mut address_row = None;
    for (key, _) in keys.with_limits() {
        let (id,): (i64,) =
            sqlx::query_as("insert into login_attempts (key) values ($1) returning id")
                .bind(key)
                .fetch_one(&mut *tx)
                .await?;
        if Some(key) == keys.address.as_deref() {
            address_row = Some(id);
        }
    }
    tx.commit().await?;
    Ok(Attempt { address_row })
}

/// The right password: the account starts with a clean slate, and the address
/// is not charged for it (a team signing in from one office never locks itself out).
pub async fn succeeded(pool: &PgPool, keys: &Keys, attempt: Attempt) -> Result<(), AppError> {
    sqlx::query("delete from login_attempts where key = $1 or id = $2")
        .bind(&keys.account)
        .bind(attempt.address_row)
        .execute(pool)
        .await?;
    Ok(())
}

/// Drops attempts too old to count.
pub async fn remove_expired(pool: &PgPool) -> Result<u64, AppError> {
    let done = sqlx::query(
        "delete from login_attempts where attempted_at < now() - make_interval(secs => $1)",
    )
    .bind(WINDOW_SECS as f64)
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_count_alike_whatever_their_case_and_spaces() {
        assert_eq!(
            Keys::new(" Ana@Team.test ", None),
            Keys::new("ana@team.test", None)
        );
    }

    #[test]
    fn an_ipv6_host_is_counted_by_its_64_bit_prefix() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().expect("ip");
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().expect("ip");
        assert_eq!(address_key(a), address_key(b));
        let mapped: IpAddr = "::ffff:192.0.2.7".parse().expect("ip");
        assert_eq!(address_key(mapped), "192.0.2.7");
    }
}
