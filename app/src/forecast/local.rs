//! The last forecasts read on this device, so a manager without a network (on a
//! train, at a customer's) still has the numbers, marked with when they were read.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use crate::{
    error::AppError,
    forecast::{
        api::get_forecast,
        model::{Forecast, ForecastQuery},
    },
};

/// Forecasts kept per user: the few periods someone switches between.
#[cfg(feature = "hydrate")]
const KEEP: usize = 6;

#[cfg(feature = "hydrate")]
fn key(user: Uuid) -> String {
    format!("fieldbook.v1.{user}.forecasts")
}

/// The forecast from the server, or offline the one last read for the same
/// query with the time it was read.
pub async fn load(
    user: Uuid,
    query: ForecastQuery,
) -> Result<(Forecast, Option<DateTime<Utc>>), AppError> {
    match get_forecast(query.clone()).await {
        Ok(forecast) => {
            store(user, &forecast);
            Ok((forecast, None))
        }
        Err(AppError::Network(message)) => cached(user, &query)
            .map(|(forecast, at)| (forecast, Some(at)))
            .ok_or(AppError::Network(message)),
        Err(other) => Err(other),
    }
}

#[cfg(feature = "hydrate")]
type Kept = Vec<(DateTime<Utc>, Forecast)>;

#[cfg(feature = "hydrate")]
fn store(user: Uuid, forecast: &Forecast) {
    use gloo_storage::{LocalStorage, Storage};
    let mut kept: Kept = LocalStorage::get(key(user)).unwrap_or_default();
    kept.retain(|(_, f)| f.query != forecast.query);
    kept.insert(0, (Utc::now(), forecast.clone()));
    kept.truncate(KEEP);
    // Only a convenience: a full storage just means no offline copy.
    let _ = LocalStorage::set(key(user), kept);
}

#[cfg(feature = "hydrate")]
fn cached(user: Uuid, query: &ForecastQuery) -> Option<(Forecast, DateTime<Utc>)> {
    use gloo_storage::{LocalStorage, Storage};
    let kept: Kept = LocalStorage::get(key(user)).ok()?;
    kept.into_iter()
        .find(|(_, f)| f.query == *query)
        .map(|(at, f)| (f, at))
}

/// Signing out of a shared device takes the team's numbers with it.
pub fn forget(user: Uuid) {
    #[cfg(feature = "hydrate")]
    {
        use gloo_storage::{LocalStorage, Storage};
        LocalStorage::delete(key(user));
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = user;
}

#[cfg(not(feature = "hydrate"))]
fn store(_user: Uuid, _forecast: &Forecast) {}

#[cfg(not(feature = "hydrate"))]
fn cached(_user: Uuid, _query: &ForecastQuery) -> Option<(Forecast, DateTime<Utc>)> {
    None
}
