//! What a device keeps (README, "What a device keeps"). A rep's device holds
//! their own book. A manager's would hold the whole team's, hundreds of
//! thousands of records, so it holds what a manager works from: every
//! company (the customer list, and the customer each deal names), their own
//! book, the team's open deals and planned activities, what closed or was
//! done since `since`, and everything at the companies the device keeps
//! whole (cards opened online). The rest of a customer's history, and its
//! people, are read online when its card is opened, and kept.
//!
//! The server reads pulls with the same rules in SQL (each domain's
//! `find_many`); the device applies them here when `since` moves on, since
//! nothing is logged when a record merely grows old.

use chrono::{DateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// How much a manager's device keeps: the settings
/// `FIELDBOOK_MANAGER_DAYS` and `FIELDBOOK_MANAGER_CARDS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScopeBounds {
    /// Closed deals and done activities of the team stay this many days.
    pub days: u32,
    /// Companies a device keeps whole, the most recently opened first.
    pub cards: usize,
}

impl Default for ScopeBounds {
    fn default() -> Self {
        ScopeBounds {
            days: 90,
            cards: 200,
        }
    }
}

/// The part of a manager's scope that the server decides, sent with every pull.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamBounds {
    /// Records of the team closed or done before this are not kept.
    pub since: DateTime<Utc>,
    /// How many companies the device may keep whole.
    pub cards: usize,
}

impl TeamBounds {
    /// Midnight (UTC) `days` ago: it moves once a day, so a device prunes once a day.
    pub fn at(now: DateTime<Utc>, bounds: ScopeBounds) -> Self {
        let day = now.date_naive() - chrono::Days::new(bounds.days.into());
        TeamBounds {
            since: day.and_time(NaiveTime::MIN).and_utc(),
            cards: bounds.cards,
        }
    }
}

/// What one device keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// A rep: their own book.
    Own(Uuid),
    Team(TeamScope),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamScope {
    pub me: Uuid,
    pub since: DateTime<Utc>,
    /// Companies kept whole.
    pub kept: Vec<Uuid>,
}

impl TeamScope {
    pub fn keeps_company(&self, company_id: Uuid) -> bool {
        self.kept.contains(&company_id)
    }

    pub fn recent(&self, at: Option<DateTime<Utc>>) -> bool {
        at.is_some_and(|at| at >= self.since)
    }
}

/// A kind's rule on a manager's device; each domain writes its own, next to
/// its `find_many`, which says the same in SQL.
pub trait OnTeamDevice {
    fn kept_by(&self, scope: &TeamScope) -> bool;
}

impl Scope {
    pub fn me(&self) -> Uuid {
        match self {
            Scope::Own(me) => *me,
            Scope::Team(team) => team.me,
        }
    }

    /// The only owner whose change-log rows this device reads (`None`: anyone's).
    pub fn owner_only(&self) -> Option<Uuid> {
        match self {
            Scope::Own(me) => Some(*me),
            Scope::Team(_) => None,
        }
    }

    pub fn is_team(&self) -> bool {
        matches!(self, Scope::Team(_))
    }

    /// A rep's device takes nothing by date.
    pub fn since(&self) -> Option<DateTime<Utc>> {
        match self {
            Scope::Own(_) => None,
            Scope::Team(team) => Some(team.since),
        }
    }

    pub fn kept(&self) -> &[Uuid] {
        match self {
            Scope::Own(_) => &[],
            Scope::Team(team) => &team.kept,
        }
    }
}

#[cfg(feature = "ssr")]
mod settings {
    use std::sync::OnceLock;

    use super::ScopeBounds;

    static BOUNDS: OnceLock<ScopeBounds> = OnceLock::new();

    /// Sets this process's bounds; call once at start-up, before serving.
    pub fn set_bounds(bounds: ScopeBounds) {
        if BOUNDS.set(bounds).is_err() {
            tracing::warn!("device scope bounds were already set; keeping the first");
        }
    }

    pub fn bounds() -> ScopeBounds {
        *BOUNDS.get_or_init(ScopeBounds::default)
    }
}
#[cfg(feature = "ssr")]
pub use settings::{bounds, set_bounds};

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_bound_is_a_midnight_and_moves_once_a_day() {
        let bounds = ScopeBounds {
            days: 90,
            cards: 10,
        };
        let morning = Utc.with_ymd_and_hms(2026, 12, 3, 6, 0, 0).unwrap();
        let evening = Utc.with_ymd_and_hms(2026, 12, 3, 23, 59, 0).unwrap();
        let at = TeamBounds::at(morning, bounds);
        assert_eq!(at, TeamBounds::at(evening, bounds));
        assert_eq!(at.since, Utc.with_ymd_and_hms(2026, 9, 4, 0, 0, 0).unwrap());
        assert_eq!(at.cards, 10);
    }
}
