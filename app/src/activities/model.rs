use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    deals::model::DealEvent,
    error::{AppError, FieldErrors},
    i18n::{format, Locale, Text},
    text_enum::text_enum,
    validate,
};

text_enum!(ActivityKind {
    Call => ("call", "Call"),
    Meeting => ("meeting", "Meeting"),
    Visit => ("visit", "Visit"),
    Email => ("email", "Email"),
    Note => ("note", "Note"),
    Task => ("task", "Task"),
});

/// Where and when a rep checked in at a visit. Location only with the user's
/// permission; coordinates in micro-degrees (exact, comparable integers).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub at: DateTime<Utc>,
    pub lat_e6: Option<i32>,
    pub lng_e6: Option<i32>,
    pub accuracy_m: Option<i32>,
}

impl CheckIn {
    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        match (self.lat_e6, self.lng_e6) {
            (None, None) => {}
            (Some(lat), Some(lng))
                if (-90_000_000..=90_000_000).contains(&lat)
                    && (-180_000_000..=180_000_000).contains(&lng) => {}
            _ => errors.add("checkin", Text::new("activities-location-unreadable")),
        }
        if self.accuracy_m.is_some_and(|a| a < 0) {
            errors.add("checkin", Text::new("activities-accuracy-negative"));
        }
        // A phone with a wildly wrong clock; such a time would not even store.
        validate::time_in_range(&mut errors, "checkin", self.at);
        errors.into_result()
    }

    /// "38.72230, -9.13930 (±25 m)", or `None` when no location was shared.
    pub fn place(&self) -> Option<String> {
        let (lat, lng) = (self.lat_e6?, self.lng_e6?);
        let accuracy = self
            .accuracy_m
            .map(|a| format!(" (±{a} m)"))
            .unwrap_or_default();
        Some(format!(
            "{:.5}, {:.5}{accuracy}",
            f64::from(lat) / 1e6,
            f64::from(lng) / 1e6
        ))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub id: Uuid,
    pub kind: ActivityKind,
    pub subject: String,
    pub body: String,
    pub company_id: Uuid,
    pub contact_id: Option<Uuid>,
    pub deal_id: Option<Uuid>,
    /// Whose list it is on (and who sees it).
    pub owner_id: Uuid,
    /// On the owner's wall clock (see the migration): a date, and maybe a time.
    pub due_on: Option<NaiveDate>,
    pub due_time: Option<NaiveTime>,
    pub done_at: Option<DateTime<Utc>>,
    pub checkin: Option<CheckIn>,
    pub created_by: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// Where an activity stands for its owner, right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DueState {
    Done,
    Overdue,
    Today,
    Upcoming,
    /// Open, with no due date (a note to self, a task for "some time").
    Unscheduled,
}

/// Compares a due date (and maybe time) with the owner's local wall clock: a
/// dated task is overdue once its day has passed, a timed one once its minute has.
pub fn due_state(
    due_on: Option<NaiveDate>,
    due_time: Option<NaiveTime>,
    done: bool,
    local_now: NaiveDateTime,
) -> DueState {
    if done {
        return DueState::Done;
    }
    let Some(day) = due_on else {
        return DueState::Unscheduled;
    };
    let today = local_now.date();
    if day < today || (day == today && due_time.is_some_and(|t| t < local_now.time())) {
        DueState::Overdue
    } else if day == today {
        DueState::Today
    } else {
        DueState::Upcoming
    }
}

impl Activity {
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }

    pub fn due_state(&self, local_now: NaiveDateTime) -> DueState {
        due_state(
            self.due_on,
            self.due_time,
            self.done_at.is_some(),
            local_now,
        )
    }

    /// A next step: open and dated. Deals and customers without one get a nudge.
    pub fn is_scheduled(&self) -> bool {
        self.is_open() && self.due_on.is_some()
    }

    /// "Fri 27 Nov 10:00", "Today 10:00", "Tomorrow": in `locale`'s words
    /// (the dates) and as a message to put into words (`I18n::show`).
    pub fn due_label(&self, locale: Locale, today: NaiveDate) -> Text {
        let Some(day) = self.due_on else {
            return Text::new("activities-no-due-date");
        };
        let time = self.due_time.map(|t| format::time(locale, t));
        // The day in words near today, with and without a time.
        let near = if day == today {
            Some(("activities-due-today", "activities-due-today-at"))
        } else if day == today + Duration::days(1) {
            Some(("activities-due-tomorrow", "activities-due-tomorrow-at"))
        } else if day == today - Duration::days(1) {
            Some(("activities-due-yesterday", "activities-due-yesterday-at"))
        } else {
            None
        };
        match (near, time) {
            (Some((key, _)), None) => Text::new(key),
            (Some((_, key)), Some(time)) => Text::new(key).arg("time", time),
            (None, time) => {
                let date = if day.year() == today.year() {
                    format::weekday_date(locale, day)
                } else {
                    format::date(locale, day)
                };
                match time {
                    None => Text::new("activities-due-on").arg("date", date),
                    Some(time) => Text::new("activities-due-on-at")
                        .arg("date", date)
                        .arg("time", time),
                }
            }
        }
    }

    /// When it belongs on the timeline: when done, else when created.
    pub fn happened_at(&self) -> DateTime<Utc> {
        self.done_at.unwrap_or(self.created_at)
    }
}

/// When an activity is due: the whole of it is set at once (a reschedule).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Due {
    pub on: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
}

impl Due {
    /// Parses the form's date ("2026-11-27") and optional time ("10:30").
    pub fn parse(date: &str, time: &str) -> Result<Due, AppError> {
        let mut errors = FieldErrors::default();
        let on = match date.trim() {
            "" => None,
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(day) => Some(day),
                Err(_) => {
                    errors.add("due_on", Text::new("activities-date-format"));
                    None
                }
            },
        };
        let time = match time.trim() {
            "" => None,
            text => match NaiveTime::parse_from_str(text, "%H:%M")
                .or_else(|_| NaiveTime::parse_from_str(text, "%H:%M:%S"))
            {
                Ok(t) => Some(t),
                Err(_) => {
                    errors.add("due_time", Text::new("activities-due-time-format"));
                    None
                }
            },
        };
        errors.into_result()?;
        let due = Due { on, time };
        due.validate()?;
        Ok(due)
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if self.time.is_some() && self.on.is_none() {
            errors.add("due_on", Text::new("activities-date-for-time"));
        }
        if let Some(day) = self.on {
            validate::date_in_range(&mut errors, "due_on", day);
        }
        errors.into_result()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewActivity {
    pub id: Uuid,
    pub kind: ActivityKind,
    pub subject: String,
    pub body: String,
    pub company_id: Uuid,
    pub contact_id: Option<Uuid>,
    pub deal_id: Option<Uuid>,
    /// `None`: the customer's owner.
    pub owner_id: Option<Uuid>,
    pub due: Due,
    /// Logged after the fact (a call just made): done at once.
    pub done: bool,
    /// When a logged activity happened (a visit logged in the evening happened
    /// at 10:00); `None`: now. Edits queued before this field have none.
    #[serde(default)]
    pub done_at: Option<DateTime<Utc>>,
}

/// How far ahead of the server's clock a logged time may be: phone clocks drift.
pub const CLOCK_SKEW_MINUTES: i64 = 10;

impl NewActivity {
    pub fn blank(company_id: Uuid) -> Self {
        NewActivity {
            id: Uuid::new_v4(),
            kind: ActivityKind::Call,
            subject: String::new(),
            body: String::new(),
            company_id,
            contact_id: None,
            deal_id: None,
            owner_id: None,
            due: Due::default(),
            done: false,
            done_at: None,
        }
    }

    pub fn normalized(mut self) -> Self {
        self.subject = self.subject.trim().to_string();
        self.body = self.body.trim_end().to_string();
        self
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        validate::required(&mut errors, "subject", &self.subject, validate::MAX_NAME);
        validate::multi_line(&mut errors, "body", &self.body, validate::MAX_NOTES);
        if let Err(AppError::Validation(due)) = self.due.validate() {
            errors.0.extend(due.0);
        }
        if let Some(at) = self.done_at {
            if !self.done {
                errors.add("done_at", Text::new("activities-done-at-not-done"));
            } else if at > Utc::now() + Duration::minutes(CLOCK_SKEW_MINUTES) {
                errors.add("done_at", Text::new("activities-done-at-future"));
            } else {
                validate::time_in_range(&mut errors, "done_at", at);
            }
        }
        errors.into_result()
    }
}

/// Parses the log form's date and time of day, on the user's wall clock.
pub fn parse_local(date: &str, time: &str) -> Result<NaiveDateTime, AppError> {
    let mut errors = FieldErrors::default();
    let day = NaiveDate::parse_from_str(date.trim(), "%Y-%m-%d");
    if day.is_err() {
        errors.add("done_on", Text::new("activities-date-format"));
    }
    let time = NaiveTime::parse_from_str(time.trim(), "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(time.trim(), "%H:%M:%S"));
    if time.is_err() {
        errors.add("done_time", Text::new("activities-done-time-format"));
    }
    match (day, time) {
        (Ok(day), Ok(time)) => {
            errors.into_result()?;
            Ok(day.and_time(time))
        }
        _ => Err(AppError::Validation(errors)),
    }
}

/// An edit of an activity's words, kind or due date; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivityPatch {
    pub kind: Option<ActivityKind>,
    pub subject: Option<String>,
    pub body: Option<String>,
    pub due: Option<Due>,
}

impl ActivityPatch {
    pub fn reschedule(due: Due) -> Self {
        ActivityPatch {
            due: Some(due),
            ..Default::default()
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if let Some(subject) = &self.subject {
            validate::required(&mut errors, "subject", subject, validate::MAX_NAME);
        }
        if let Some(body) = &self.body {
            validate::multi_line(&mut errors, "body", body, validate::MAX_NOTES);
        }
        if let Some(Err(AppError::Validation(due))) = self.due.map(|d| d.validate()) {
            errors.0.extend(due.0);
        }
        errors.into_result()
    }

    /// What the server will store, applied to a local copy.
    pub fn apply_to(&self, activity: &mut Activity) {
        if let Some(kind) = self.kind {
            activity.kind = kind;
        }
        if let Some(subject) = &self.subject {
            activity.subject = subject.trim().to_string();
        }
        if let Some(body) = &self.body {
            activity.body = body.trim_end().to_string();
        }
        if let Some(due) = self.due {
            activity.due_on = due.on;
            activity.due_time = due.time;
        }
    }
}

/// A rep's day: what is late and what is due today, each soonest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agenda {
    pub overdue: Vec<Activity>,
    pub today: Vec<Activity>,
}

impl Agenda {
    /// Sorts a user's open activities into the agenda, given their local time.
    pub fn of<'a>(
        activities: impl IntoIterator<Item = &'a Activity>,
        local_now: NaiveDateTime,
    ) -> Self {
        let mut agenda = Agenda::default();
        for activity in activities {
            match activity.due_state(local_now) {
                DueState::Overdue => agenda.overdue.push(activity.clone()),
                DueState::Today => agenda.today.push(activity.clone()),
                _ => {}
            }
        }
        let key = |a: &Activity| (a.due_on, a.due_time.is_none(), a.due_time, a.created_at);
        agenda.overdue.sort_by_key(key);
        agenda.today.sort_by_key(key);
        agenda
    }
}

/// One entry of a customer's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimelineItem {
    Activity(Activity),
    Deal(DealEvent),
}

impl TimelineItem {
    pub fn at(&self) -> DateTime<Utc> {
        match self {
            TimelineItem::Activity(a) => a.happened_at(),
            TimelineItem::Deal(e) => e.entry.changed_at,
        }
    }
}

/// What happened with a customer, newest first: finished activities and deal
/// stage or status changes. Open activities are plans, listed apart as next steps.
pub fn timeline(activities: &[Activity], events: &[DealEvent]) -> Vec<TimelineItem> {
    let mut items: Vec<TimelineItem> = activities
        .iter()
        .filter(|a| !a.is_open())
        .cloned()
        .map(TimelineItem::Activity)
        .chain(events.iter().cloned().map(TimelineItem::Deal))
        .collect();
    items.sort_by_key(|item| std::cmp::Reverse(item.at()));
    items
}

// What a page asks the activity form to open (the customer card's "Log
// visit" opens it too, without knowing the form).

/// Whether the form records something done, or plans something to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormMode {
    Log,
    Plan,
}

/// A form to open: what for, and the kind of activity it starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormRequest {
    pub mode: FormMode,
    pub kind: ActivityKind,
}

impl FormRequest {
    pub fn log(kind: ActivityKind) -> Self {
        FormRequest {
            mode: FormMode::Log,
            kind,
        }
    }

    pub fn plan() -> Self {
        FormRequest {
            mode: FormMode::Plan,
            kind: ActivityKind::Task,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("valid")
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("valid")
    }

    #[test]
    fn a_dated_task_is_due_all_day_and_late_the_day_after() {
        let due = Some(day("2026-11-23"));
        for (on, done, now, expected) in [
            (due, false, "2026-11-23 23:59", DueState::Today),
            (due, false, "2026-11-24 00:00", DueState::Overdue),
            (due, false, "2026-11-22 12:00", DueState::Upcoming),
            (due, true, "2026-12-01 12:00", DueState::Done),
            (None, false, "2026-12-01 12:00", DueState::Unscheduled),
        ] {
            assert_eq!(
                due_state(on, None, done, at(now)),
                expected,
                "{on:?} at {now}"
            );
        }
    }

    #[test]
    fn a_timed_task_is_late_once_its_minute_has_passed() {
        let due = Some(day("2026-11-23"));
        let ten = NaiveTime::from_hms_opt(10, 0, 0);
        assert_eq!(
            due_state(due, ten, false, at("2026-11-23 09:59")),
            DueState::Today
        );
        assert_eq!(
            due_state(due, ten, false, at("2026-11-23 10:00")),
            DueState::Today
        );
        assert_eq!(
            due_state(due, ten, false, at("2026-11-23 10:01")),
            DueState::Overdue
        );
    }

    #[test]
    fn due_dates_parse_with_clear_messages() {
        let due = Due::parse("2026-11-27", "14:30").expect("valid");
        assert_eq!(due.on, Some(day("2026-11-27")));
        assert_eq!(due.time, NaiveTime::from_hms_opt(14, 30, 0));
        let err = Due::parse("", "14:30").expect_err("time without a date");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("due_on")),
            Some("activities-date-for-time")
        );
        let err = Due::parse("27/11", "2pm").expect_err("bad formats");
        let fields = err.field_errors().expect("fields");
        assert_eq!(fields.key("due_on"), Some("activities-date-format"));
        assert_eq!(fields.key("due_time"), Some("activities-due-time-format"));
    }

    #[test]
    fn due_labels_name_the_days_near_today_and_date_the_rest() {
        let today = day("2026-11-25");
        let label = |on: Option<&str>, time: Option<(u32, u32)>| {
            let a = Activity {
                id: Uuid::nil(),
                kind: ActivityKind::Call,
                subject: "Call".into(),
                body: String::new(),
                company_id: Uuid::nil(),
                contact_id: None,
                deal_id: None,
                owner_id: Uuid::nil(),
                due_on: on.map(day),
                due_time: time.and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0)),
                done_at: None,
                checkin: None,
                created_by: None,
                created_at: Utc::now(),
                updated_at: Utc::now(),
            };
            a.due_label(Locale::En, today)
        };
        assert_eq!(label(None, None), Text::new("activities-no-due-date"));
        assert_eq!(
            label(Some("2026-11-25"), None),
            Text::new("activities-due-today")
        );
        assert_eq!(
            label(Some("2026-11-26"), Some((10, 0))),
            Text::new("activities-due-tomorrow-at").arg("time", "10:00 AM")
        );
        assert_eq!(
            label(Some("2026-11-24"), None),
            Text::new("activities-due-yesterday")
        );
        let later = label(Some("2026-11-27"), Some((9, 30)));
        assert_eq!(later.key, "activities-due-on-at");
        assert!(later.args.contains(&(
            "date".to_string(),
            crate::i18n::Arg::Words(format::weekday_date(Locale::En, day("2026-11-27")))
        )));
        let next_year = label(Some("2027-01-05"), None);
        assert_eq!(
            next_year,
            Text::new("activities-due-on").arg("date", format::date(Locale::En, day("2027-01-05")))
        );
    }

    #[test]
    fn a_new_activity_needs_a_subject() {
        let mut new = NewActivity::blank(Uuid::new_v4());
        new.subject = "  ".into();
        let err = new.validate().expect_err("blank subject");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("subject")),
            Some("validation-required")
        );
    }

    #[test]
    fn the_timeline_interleaves_activities_and_deal_events_newest_first() {
        use crate::deals::model::{DealStatus, HistoryEntry};
        let t =
            |secs: i64| DateTime::<Utc>::from_timestamp(1_800_000_000 + secs, 0).expect("valid");
        let activity = |subject: &str, created: i64, done: Option<i64>| Activity {
            id: Uuid::new_v4(),
            kind: ActivityKind::Call,
            subject: subject.into(),
            body: String::new(),
            company_id: Uuid::nil(),
            contact_id: None,
            deal_id: None,
            owner_id: Uuid::nil(),
            due_on: None,
            due_time: None,
            done_at: done.map(t),
            checkin: None,
            created_by: None,
            created_at: t(created),
            updated_at: t(created),
        };
        let won = DealEvent {
            deal_id: Uuid::nil(),
            pipeline_id: Uuid::nil(),
            deal_title: "Fleet".into(),
            entry: HistoryEntry {
                from_stage_name: Some("Proposal".into()),
                to_stage_name: Some("Proposal".into()),
                from_status: Some(DealStatus::Open),
                to_status: DealStatus::Won,
                changed_by_name: None,
                changed_at: t(50),
            },
        };
        let items = timeline(
            &[
                activity("planned call", 0, None),
                activity("first call", 0, Some(10)),
                activity("follow-up call", 20, Some(90)),
            ],
            &[won],
        );
        let order: Vec<String> = items
            .iter()
            .map(|i| match i {
                TimelineItem::Activity(a) => a.subject.clone(),
                TimelineItem::Deal(e) => e.entry.describe(),
            })
            .collect();
        assert_eq!(order, ["follow-up call", "Marked won", "first call"]);
    }

    #[test]
    fn check_ins_accept_a_location_only_in_range() {
        let mut checkin = CheckIn {
            at: Utc::now(),
            lat_e6: Some(38_722_300),
            lng_e6: Some(-9_139_300),
            accuracy_m: Some(25),
        };
        assert!(checkin.validate().is_ok());
        assert_eq!(
            checkin.place().as_deref(),
            Some("38.72230, -9.13930 (±25 m)")
        );
        checkin.lat_e6 = Some(91_000_000);
        assert!(checkin.validate().is_err());
        checkin.lng_e6 = None;
        assert!(checkin.validate().is_err(), "half a location");
    }
}
