use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    auth::model::TeamMember,
    error::{AppError, FieldErrors},
    i18n::Text,
    pipelines::model::{Pipeline, PipelineRef, Stage},
    text_enum::text_enum,
    validate,
};

// Money and placing rules have files of their own; deals' callers read them here.
pub use super::{
    money::{format_amount, format_money, format_money_short, parse_amount},
    outcome::{reason_key, Outcome, LOST_REASONS, MAX_LOST_REASON, WON_REASONS},
    placing::{apply_move, position_between, respaced, Slot, POSITION_GAP},
};

text_enum!(DealStatus {
    Open => ("open", "Open"),
    Won => ("won", "Won"),
    Lost => ("lost", "Lost"),
});

/// A status's name as a message key (see `i18n`): `t(status_key(deal.status))`.
pub fn status_key(status: DealStatus) -> &'static str {
    match status {
        DealStatus::Open => "deals-status-open",
        DealStatus::Won => "deals-status-won",
        DealStatus::Lost => "deals-status-lost",
    }
}

/// 100 billion in minor units: far above any real deal, far below i64 overflow in sums.
pub const MAX_VALUE_CENTS: i64 = 10_000_000_000_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deal {
    pub id: Uuid,
    pub title: String,
    pub company_id: Uuid,
    pub company_name: String,
    pub contact_id: Option<Uuid>,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub pipeline_id: Uuid,
    /// `None` only for a closed deal whose stage was deleted since.
    pub stage_id: Option<Uuid>,
    pub value_cents: i64,
    pub currency: String,
    pub close_date: Option<NaiveDate>,
    /// `None`: the stage's default applies.
    pub probability: Option<i16>,
    pub status: DealStatus,
    /// Why it was won or lost (the name predates won reasons); empty while open.
    pub lost_reason: String,
    pub position: i32,
    pub stage_entered_at: DateTime<Utc>,
    pub closed_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl Deal {
    /// Won deals count in full, lost ones not at all, open ones at their (stage's) odds.
    pub fn effective_probability(&self, stage_probability: i16) -> i16 {
        match self.status {
            DealStatus::Won => 100,
            DealStatus::Lost => 0,
            DealStatus::Open => self.probability.unwrap_or(stage_probability),
        }
    }

    pub fn weighted_cents(&self, stage_probability: i16) -> i64 {
        self.value_cents * i64::from(self.effective_probability(stage_probability)) / 100
    }

    pub fn days_in_stage(&self, now: DateTime<Utc>) -> i64 {
        (now - self.stage_entered_at).num_days().max(0)
    }

    /// An open deal that has sat in its stage longer than the stage allows.
    pub fn is_rotting(&self, stage: &Stage, now: DateTime<Utc>) -> bool {
        self.status == DealStatus::Open
            && stage.rotting_days > 0
            && self.days_in_stage(now) > i64::from(stage.rotting_days)
    }

    /// The value of a field as an in-place editor shows it.
    pub fn field_value(&self, field: &str) -> String {
        match field {
            "title" => self.title.clone(),
            "value" => format_amount(self.value_cents),
            "currency" => self.currency.clone(),
            "close_date" => self.close_date.map(|d| d.to_string()).unwrap_or_default(),
            "probability" => self.probability.map(|p| p.to_string()).unwrap_or_default(),
            "owner_id" => self.owner_id.to_string(),
            "contact_id" => self.contact_id.map(|c| c.to_string()).unwrap_or_default(),
            _ => String::new(),
        }
    }
}

/// The open deals of a column, in order, with their sums per currency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnTotals {
    pub count: usize,
    /// (currency, total, weighted), largest total first.
    pub by_currency: Vec<(String, i64, i64)>,
}

pub fn column_totals<'a>(
    deals: impl IntoIterator<Item = &'a Deal>,
    stage_probability: i16,
) -> ColumnTotals {
    let mut totals = ColumnTotals::default();
    for deal in deals {
        totals.count += 1;
        let weighted = deal.weighted_cents(stage_probability);
        match totals
            .by_currency
            .iter_mut()
            .find(|(c, _, _)| *c == deal.currency)
        {
            Some((_, total, w)) => {
                *total += deal.value_cents;
                *w += weighted;
            }
            None => totals
                .by_currency
                .push((deal.currency.clone(), deal.value_cents, weighted)),
        }
    }
    totals.by_currency.sort_by_key(|c| std::cmp::Reverse(c.1));
    totals
}

/// Which deals a board shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct BoardQuery {
    /// `None`: the first pipeline.
    pub pipeline_id: Option<Uuid>,
    /// Only this rep's deals (managers; reps always see their own).
    pub owner_id: Option<Uuid>,
    /// Only the signed-in user's deals.
    pub mine: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Board {
    pub pipelines: Vec<PipelineRef>,
    /// `None` when no pipeline exists yet.
    pub pipeline: Option<Pipeline>,
    /// Open deals, ordered by stage and position.
    pub deals: Vec<Deal>,
    pub team: Vec<TeamMember>,
    /// The server's clock when the board was read (deals rot relative to it).
    pub as_of: DateTime<Utc>,
    /// Whose deals are shown: `None` for the whole team.
    pub owner_filter: Option<Uuid>,
}

/// A stage or status change, as the deal panel lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub from_stage_name: Option<String>,
    pub to_stage_name: Option<String>,
    pub from_status: Option<DealStatus>,
    pub to_status: DealStatus,
    pub changed_by_name: Option<String>,
    pub changed_at: DateTime<Utc>,
}

impl HistoryEntry {
    /// What happened, in the reader's language (`I18n::show`).
    pub fn text(&self) -> Text {
        let to = self.to_stage_name.as_deref();
        match (self.from_status, self.to_status) {
            (None, _) => match to {
                Some(stage) => Text::new("deals-history-created").arg("stage", stage),
                None => Text::new("deals-history-created-somewhere"),
            },
            (Some(DealStatus::Open), DealStatus::Won) => Text::new("deals-history-won"),
            (Some(DealStatus::Open), DealStatus::Lost) => Text::new("deals-history-lost"),
            (Some(_), DealStatus::Open) if self.from_status != Some(DealStatus::Open) => match to {
                Some(stage) => Text::new("deals-history-reopened").arg("stage", stage),
                None => Text::new("deals-history-reopened-somewhere"),
            },
            _ => match (self.from_stage_name.as_deref(), to) {
                (Some(from), Some(to)) => Text::new("deals-history-moved")
                    .arg("from", from)
                    .arg("to", to),
                (None, Some(to)) => Text::new("deals-history-moved-from-deleted").arg("to", to),
                (Some(from), None) => Text::new("deals-history-moved-to-deleted").arg("from", from),
                (None, None) => Text::new("deals-history-moved-deleted"),
            },
        }
    }

    /// What happened, in English (logs, tests); people see `text`.
    pub fn describe(&self) -> String {
        match (self.from_status, self.to_status) {
            (None, _) => format!(
                "Created in {}",
                self.to_stage_name.as_deref().unwrap_or("a stage")
            ),
            (Some(DealStatus::Open), DealStatus::Won) => "Marked won".into(),
            (Some(DealStatus::Open), DealStatus::Lost) => "Marked lost".into(),
            (Some(_), DealStatus::Open) if self.from_status != Some(DealStatus::Open) => format!(
                "Reopened in {}",
                self.to_stage_name.as_deref().unwrap_or("a stage")
            ),
            _ => format!(
                "Moved from {} to {}",
                self.from_stage_name.as_deref().unwrap_or("a deleted stage"),
                self.to_stage_name.as_deref().unwrap_or("a deleted stage")
            ),
        }
    }
}

/// A deal's stage or status change on a customer's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealEvent {
    pub deal_id: Uuid,
    pub pipeline_id: Uuid,
    pub deal_title: String,
    pub entry: HistoryEntry,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealDetail {
    pub deal: Deal,
    pub history: Vec<HistoryEntry>,
    /// (id, name) of the customer's contacts, to pick the deal's contact from.
    pub contacts: Vec<(Uuid, String)>,
}

/// Where a dragged deal lands: its stage, and the deal it is dropped in front of
/// (`None`: the end of the column). Relative placement keeps working when the
/// board is filtered and other people's deals sit between the visible ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealMove {
    pub deal_id: Uuid,
    pub stage_id: Uuid,
    pub before_id: Option<Uuid>,
}

/// The create form; the id is made by the client so a queued offline create keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewDeal {
    pub id: Uuid,
    pub title: String,
    pub company_id: Option<Uuid>,
    pub contact_id: Option<Uuid>,
    pub pipeline_id: Option<Uuid>,
    /// `None`: the pipeline's first stage.
    pub stage_id: Option<Uuid>,
    pub value_cents: i64,
    pub currency: String,
    pub close_date: Option<NaiveDate>,
    pub probability: Option<i16>,
    /// `None` means "me".
    pub owner_id: Option<Uuid>,
}

impl NewDeal {
    pub fn blank() -> Self {
        NewDeal {
            id: Uuid::new_v4(),
            title: String::new(),
            company_id: None,
            contact_id: None,
            pipeline_id: None,
            stage_id: None,
            value_cents: 0,
            currency: DEFAULT_CURRENCY.into(),
            close_date: None,
            probability: None,
            owner_id: None,
        }
    }

    pub fn normalized(mut self) -> Self {
        self.title = self.title.trim().to_string();
        self.currency = self.currency.trim().to_uppercase();
        self
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        validate::required(&mut errors, "title", &self.title, validate::MAX_NAME);
        if self.company_id.is_none() {
            errors.add("company_id", Text::new("deals-error-company-required"));
        }
        check_value(&mut errors, self.value_cents);
        check_currency(&mut errors, &self.currency);
        if let Some(day) = self.close_date {
            validate::date_in_range(&mut errors, "close_date", day);
        }
        if let Some(p) = self.probability {
            check_probability(&mut errors, p);
        }
        errors.into_result()
    }
}

pub const DEFAULT_CURRENCY: &str = "EUR";
pub const CURRENCIES: &[&str] = &["EUR", "USD", "GBP", "CHF", "PLN", "SEK"];

/// An edit of some fields of a deal; the rest stay as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealPatch {
    pub title: Option<String>,
    pub value_cents: Option<i64>,
    pub currency: Option<String>,
    /// `Some(None)` clears the date.
    pub close_date: Option<Option<NaiveDate>>,
    /// `Some(None)` goes back to the stage's default.
    pub probability: Option<Option<i16>>,
    pub owner_id: Option<Uuid>,
    pub contact_id: Option<Option<Uuid>>,
}

pub const EDITABLE_FIELDS: &[&str] = &[
    "title",
    "value",
    "currency",
    "close_date",
    "probability",
    "owner_id",
    "contact_id",
];

impl DealPatch {
    /// Builds a one-field patch from an in-place edit (value as typed).
    pub fn single(field: &str, value: &str) -> Result<Self, AppError> {
        let value = value.trim();
        let mut patch = DealPatch::default();
        let invalid = |key: &str| Err(AppError::validation(field, Text::new(key)));
        match field {
            "title" => patch.title = Some(value.to_string()),
            "value" => match parse_amount(value) {
                Ok(cents) => patch.value_cents = Some(cents),
                Err(message) => return Err(AppError::validation(field, message)),
            },
            "currency" => patch.currency = Some(value.to_uppercase()),
            "close_date" if value.is_empty() => patch.close_date = Some(None),
            "close_date" => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
                Ok(date) => patch.close_date = Some(Some(date)),
                Err(_) => return invalid("deals-error-date"),
            },
            "probability" if value.is_empty() => patch.probability = Some(None),
            "probability" => match value.trim_end_matches('%').trim().parse::<i16>() {
                Ok(p) => patch.probability = Some(Some(p)),
                Err(_) => return invalid("deals-error-probability"),
            },
            "owner_id" => match Uuid::parse_str(value) {
                Ok(id) => patch.owner_id = Some(id),
                Err(_) => return invalid("deals-error-choose-listed"),
            },
            "contact_id" if value.is_empty() => patch.contact_id = Some(None),
            "contact_id" => match Uuid::parse_str(value) {
                Ok(id) => patch.contact_id = Some(Some(id)),
                Err(_) => return invalid("deals-error-choose-listed"),
            },
            _ => return invalid("deals-error-not-editable"),
        }
        Ok(patch)
    }

    /// What the server will store, applied to a local copy (owner name aside).
    pub fn apply_to(&self, deal: &mut Deal) {
        if let Some(title) = &self.title {
            deal.title = title.trim().to_string();
        }
        if let Some(value) = self.value_cents {
            deal.value_cents = value;
        }
        if let Some(currency) = &self.currency {
            deal.currency = currency.trim().to_uppercase();
        }
        if let Some(date) = self.close_date {
            deal.close_date = date;
        }
        if let Some(p) = self.probability {
            deal.probability = p;
        }
        if let Some(owner) = self.owner_id {
            deal.owner_id = owner;
        }
        if let Some(contact) = self.contact_id {
            deal.contact_id = contact;
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if let Some(title) = &self.title {
            validate::required(&mut errors, "title", title, validate::MAX_NAME);
        }
        if let Some(cents) = self.value_cents {
            check_value(&mut errors, cents);
        }
        if let Some(currency) = &self.currency {
            check_currency(&mut errors, currency);
        }
        if let Some(Some(day)) = self.close_date {
            validate::date_in_range(&mut errors, "close_date", day);
        }
        if let Some(Some(p)) = self.probability {
            check_probability(&mut errors, p);
        }
        errors.into_result()
    }
}

fn check_value(errors: &mut FieldErrors, cents: i64) {
    if !(0..=MAX_VALUE_CENTS).contains(&cents) {
        errors.add("value", Text::new("deals-error-amount-negative"));
    }
}

fn check_currency(errors: &mut FieldErrors, currency: &str) {
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        errors.add("currency", Text::new("deals-error-currency"));
    }
}

fn check_probability(errors: &mut FieldErrors, p: i16) {
    if !(0..=100).contains(&p) {
        errors.add("probability", Text::new("deals-error-probability"));
    }
}

/// An open deal "Deal {id}" in stage `stage`, for tests.
#[cfg(test)]
pub(crate) fn sample_deal(id: u128, stage: u128) -> Deal {
    let t = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).expect("valid");
    Deal {
        id: Uuid::from_u128(id),
        title: format!("Deal {id}"),
        company_id: Uuid::nil(),
        company_name: "Acme".into(),
        contact_id: None,
        owner_id: Uuid::nil(),
        owner_name: "Ana Lopez".into(),
        pipeline_id: Uuid::nil(),
        stage_id: Some(Uuid::from_u128(stage)),
        value_cents: 10_000,
        currency: "EUR".into(),
        close_date: None,
        probability: None,
        status: DealStatus::Open,
        lost_reason: String::new(),
        position: 0,
        stage_entered_at: t,
        closed_at: None,
        created_at: t,
        updated_at: t,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probability_follows_status_then_override_then_stage() {
        let mut d = sample_deal(1, 1);
        assert_eq!(d.effective_probability(40), 40);
        assert_eq!(d.weighted_cents(40), 4_000);
        d.probability = Some(90);
        assert_eq!(d.effective_probability(40), 90);
        d.status = DealStatus::Won;
        assert_eq!(d.effective_probability(40), 100);
        d.status = DealStatus::Lost;
        assert_eq!(d.weighted_cents(40), 0);
    }

    #[test]
    fn a_deal_rots_after_the_stage_threshold_only_while_open() {
        let mut d = sample_deal(1, 1);
        let stage = Stage {
            id: Uuid::from_u128(1),
            pipeline_id: Uuid::nil(),
            name: "Proposal".into(),
            position: 0,
            probability: 50,
            rotting_days: 7,
        };
        let now = d.stage_entered_at + chrono::Duration::days(8);
        assert!(d.is_rotting(&stage, now));
        assert!(!d.is_rotting(&stage, d.stage_entered_at + chrono::Duration::days(7)));
        d.status = DealStatus::Won;
        assert!(!d.is_rotting(&stage, now));
        let never = Stage {
            rotting_days: 0,
            ..stage
        };
        d.status = DealStatus::Open;
        assert!(!d.is_rotting(&never, now));
    }

    #[test]
    fn statuses_and_listed_reasons_have_words_in_every_language() {
        use crate::i18n::{source, Locale, Messages};
        let keys: Vec<&str> = DealStatus::ALL
            .iter()
            .map(|s| status_key(*s))
            .chain(LOST_REASONS.iter().chain(WON_REASONS).map(|(_, key)| *key))
            .collect();
        for locale in Locale::ALL {
            let messages = Messages::parse(locale, source(locale));
            for key in &keys {
                assert!(messages.has(key), "{} lacks {key}", locale.tag());
            }
        }
    }

    #[test]
    fn history_entries_name_their_stages_or_say_they_are_gone() {
        let t = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).expect("valid");
        let entry = |from: Option<&str>, to: Option<&str>, from_status, to_status| HistoryEntry {
            from_stage_name: from.map(Into::into),
            to_stage_name: to.map(Into::into),
            from_status,
            to_status,
            changed_by_name: None,
            changed_at: t,
        };
        let open = Some(DealStatus::Open);
        assert_eq!(
            entry(None, Some("Lead"), None, DealStatus::Open).text(),
            Text::new("deals-history-created").arg("stage", "Lead")
        );
        assert_eq!(
            entry(Some("Lead"), Some("Lead"), open, DealStatus::Won).text(),
            Text::new("deals-history-won")
        );
        assert_eq!(
            entry(Some("Lead"), None, Some(DealStatus::Lost), DealStatus::Open).text(),
            Text::new("deals-history-reopened-somewhere")
        );
        assert_eq!(
            entry(None, Some("Proposal"), open, DealStatus::Open).text(),
            Text::new("deals-history-moved-from-deleted").arg("to", "Proposal")
        );
        assert_eq!(
            entry(Some("Lead"), Some("Proposal"), open, DealStatus::Open).describe(),
            "Moved from Lead to Proposal"
        );
    }

    #[test]
    fn column_totals_sum_per_currency() {
        let mut a = sample_deal(1, 1);
        a.value_cents = 100_000;
        let mut b = sample_deal(2, 1);
        b.value_cents = 50_000;
        b.currency = "USD".into();
        let totals = column_totals([&a, &b], 50);
        assert_eq!(totals.count, 2);
        assert_eq!(
            totals.by_currency,
            vec![
                ("EUR".into(), 100_000, 50_000),
                ("USD".into(), 50_000, 25_000)
            ]
        );
    }
}
