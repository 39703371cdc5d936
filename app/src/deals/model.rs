use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    auth::model::TeamMember,
    error::{AppError, FieldErrors},
    pipelines::model::{Pipeline, PipelineRef, Stage},
    text_enum::text_enum,
    validate,
};

text_enum!(DealStatus {
    Open => ("open", "Open"),
    Won => ("won", "Won"),
    Lost => ("lost", "Lost"),
});

/// Reasons offered when a deal is lost; "Other" asks for words.
pub const LOST_REASONS: &[&str] = &[
    "Price too high",
    "Chose a competitor",
    "No budget",
    "No decision / went quiet",
    "Timing not right",
    "Product gap",
];

/// Reasons offered when a deal is won; "Other" asks for words.
pub const WON_REASONS: &[&str] = &[
    "Best price",
    "Product fit",
    "Relationship",
    "Service and support",
    "Delivery time",
    "Referral",
];

/// The longest close reason, won or lost.
pub const MAX_LOST_REASON: usize = 300;
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

/// How a deal closed, and why: a reason is asked for either way (a team learns
/// from its wins as much as from its losses). Both are kept in the deal's
/// `lost_reason` column, the one place a close reason has always been stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "OutcomeWire")]
pub enum Outcome {
    Won { reason: String },
    Lost { reason: String },
}

/// What a stored outbox may hold: edits queued before won reasons were asked
/// for say just `"Won"`. They still load (an outbox that fails to parse would
/// lose every edit in it); the server then refuses them for want of a reason.
#[derive(Deserialize)]
#[serde(untagged)]
enum OutcomeWire {
    Legacy(LegacyOutcome),
    Current(CurrentOutcome),
}

#[derive(Deserialize)]
enum LegacyOutcome {
    Won,
}

#[derive(Deserialize)]
enum CurrentOutcome {
    Won { reason: String },
    Lost { reason: String },
}

impl From<OutcomeWire> for Outcome {
    fn from(wire: OutcomeWire) -> Self {
        match wire {
            OutcomeWire::Legacy(LegacyOutcome::Won) => Outcome::Won {
                reason: String::new(),
            },
            OutcomeWire::Current(CurrentOutcome::Won { reason }) => Outcome::Won { reason },
            OutcomeWire::Current(CurrentOutcome::Lost { reason }) => Outcome::Lost { reason },
        }
    }
}

impl Outcome {
    pub fn status(&self) -> DealStatus {
        match self {
            Outcome::Won { .. } => DealStatus::Won,
            Outcome::Lost { .. } => DealStatus::Lost,
        }
    }

    /// The reason as stored: trimmed.
    pub fn reason(&self) -> &str {
        match self {
            Outcome::Won { reason } | Outcome::Lost { reason } => reason.trim(),
        }
    }

    /// The form field its reason is asked in (and its errors are keyed by).
    pub fn field(&self) -> &'static str {
        match self {
            Outcome::Won { .. } => "won_reason",
            Outcome::Lost { .. } => "lost_reason",
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        let (field, reason) = (self.field(), self.reason());
        if reason.is_empty() {
            let why = match self {
                Outcome::Won { .. } => "Say why the deal was won.",
                Outcome::Lost { .. } => "Say why the deal was lost.",
            };
            errors.add(field, why);
        } else {
            validate::multi_line(&mut errors, field, reason, MAX_LOST_REASON);
        }
        errors.into_result()
    }
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
            errors.add("company_id", "Choose the customer this deal is with.");
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
        let invalid = |message: &str| Err(AppError::validation(field, message));
        match field {
            "title" => patch.title = Some(value.to_string()),
            "value" => match parse_amount(value) {
                Ok(cents) => patch.value_cents = Some(cents),
                Err(message) => return invalid(message),
            },
            "currency" => patch.currency = Some(value.to_uppercase()),
            "close_date" if value.is_empty() => patch.close_date = Some(None),
            "close_date" => match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
                Ok(date) => patch.close_date = Some(Some(date)),
                Err(_) => return invalid("Enter a date like 2026-12-31."),
            },
            "probability" if value.is_empty() => patch.probability = Some(None),
            "probability" => match value.trim_end_matches('%').trim().parse::<i16>() {
                Ok(p) => patch.probability = Some(Some(p)),
                Err(_) => return invalid("Enter a probability from 0 to 100."),
            },
            "owner_id" => match Uuid::parse_str(value) {
                Ok(id) => patch.owner_id = Some(id),
                Err(_) => return invalid("Choose one of the listed values."),
            },
            "contact_id" if value.is_empty() => patch.contact_id = Some(None),
            "contact_id" => match Uuid::parse_str(value) {
                Ok(id) => patch.contact_id = Some(Some(id)),
                Err(_) => return invalid("Choose one of the listed values."),
            },
            _ => return invalid("This field cannot be edited."),
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
        errors.add("value", "Enter an amount of zero or more.");
    }
}

fn check_currency(errors: &mut FieldErrors, currency: &str) {
    if currency.len() != 3 || !currency.chars().all(|c| c.is_ascii_uppercase()) {
        errors.add("currency", "Use a three-letter currency code like EUR.");
    }
}

fn check_probability(errors: &mut FieldErrors, p: i16) {
    if !(0..=100).contains(&p) {
        errors.add("probability", "Enter a probability from 0 to 100.");
    }
}

/// "12 500,50", "12,500.50", "12500" -> minor units. Accepts the separators people type.
pub fn parse_amount(input: &str) -> Result<i64, &'static str> {
    const MESSAGE: &str = "Enter an amount like 12500 or 12500.50.";
    let cleaned: String = input
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\'' && *c != '_')
        .collect();
    if cleaned.is_empty() {
        return Ok(0);
    }
    if cleaned.starts_with('-') {
        return Err("Enter an amount of zero or more.");
    }
    // The last '.' or ',' followed by one or two digits is the decimal mark; others group thousands.
    let (whole, fraction) = match cleaned.rfind(['.', ',']) {
        Some(i) if (1..=2).contains(&(cleaned.len() - i - 1)) => (&cleaned[..i], &cleaned[i + 1..]),
        _ => (cleaned.as_str(), ""),
    };
    let whole: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    if whole.is_empty() && fraction.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !fraction.chars().all(|c| c.is_ascii_digit())
    {
        return Err(MESSAGE);
    }
    let units: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| MESSAGE)?
    };
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<i64>().map_err(|_| MESSAGE)? * 10,
        _ => fraction.parse().map_err(|_| MESSAGE)?,
    };
    units
        .checked_mul(100)
        .and_then(|u| u.checked_add(cents))
        .filter(|v| *v <= MAX_VALUE_CENTS)
        .ok_or("This amount is too large.")
}

/// 1250050 -> "12,500.50"; whole amounts drop the cents.
pub fn format_amount(cents: i64) -> String {
    let units = cents / 100;
    let rest = cents % 100;
    let digits = units.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if rest == 0 {
        grouped
    } else {
        format!("{grouped}.{rest:02}")
    }
}

/// "€12,500"; unknown currencies show their code.
pub fn format_money(cents: i64, currency: &str) -> String {
    let amount = format_amount(cents);
    match currency {
        "EUR" => format!("€{amount}"),
        "USD" => format!("${amount}"),
        "GBP" => format!("£{amount}"),
        other => format!("{other} {amount}"),
    }
}

/// "€1.2M", "€350k": column headers have room for a few characters only.
pub fn format_money_short(cents: i64, currency: &str) -> String {
    let units = cents as f64 / 100.0;
    let short = if units >= 1_000_000.0 {
        format!("{:.1}M", units / 1_000_000.0)
    } else if units >= 10_000.0 {
        format!("{:.0}k", units / 1_000.0)
    } else if units >= 1_000.0 {
        format!("{:.1}k", units / 1_000.0)
    } else {
        format!("{units:.0}")
    };
    match currency {
        "EUR" => format!("€{short}"),
        "USD" => format!("${short}"),
        "GBP" => format!("£{short}"),
        other => format!("{other} {short}"),
    }
}

/// Room left between neighbouring cards' positions in a column. A move then
/// writes one row, the moved deal's, instead of shifting the column: on a
/// 2,000-deal board that was hundreds of rows per drop, each one pulled again by
/// every device that shows the pipeline.
pub const POSITION_GAP: i32 = 1024;

/// The position of a card going between two neighbours (`None`: the column's
/// edge), or `None` when they have no room left and the column must be respaced
/// with [`respaced`]. The server and the device both place cards this way.
pub fn position_between(before: Option<i32>, after: Option<i32>) -> Option<i32> {
    match (before, after) {
        (None, None) => Some(0),
        (Some(b), None) => b.checked_add(POSITION_GAP),
        (None, Some(a)) => a.checked_sub(POSITION_GAP),
        (Some(b), Some(a)) => {
            let mid = i32::try_from((i64::from(b) + i64::from(a)).div_euclid(2)).ok()?;
            (b < mid && mid < a).then_some(mid)
        }
    }
}

/// Positions for a whole column, in order, evenly spaced.
pub fn respaced(len: usize) -> impl Iterator<Item = i32> {
    (0..len).map(|i| {
        i32::try_from(i)
            .unwrap_or(i32::MAX)
            .saturating_mul(POSITION_GAP)
    })
}

/// Applies a move to a list of columns the way the server does, so the board can
/// show it before the server answers. Returns false when the deal is not on the board.
pub fn apply_move(deals: &mut Vec<Deal>, mv: &DealMove, now: DateTime<Utc>) -> bool {
    let Some(from) = deals.iter().position(|d| d.id == mv.deal_id) else {
        return false;
    };
    let mut deal = deals.remove(from);
    if deal.stage_id != Some(mv.stage_id) {
        deal.stage_id = Some(mv.stage_id);
        deal.stage_entered_at = now;
    }
    let at = mv
        .before_id
        .and_then(|before| deals.iter().position(|d| d.id == before))
        .filter(|&i| deals[i].stage_id == Some(mv.stage_id))
        .unwrap_or_else(|| {
            // The end of the target column: after its last deal, or where it would start.
            deals
                .iter()
                .rposition(|d| d.stage_id == Some(mv.stage_id))
                .map(|i| i + 1)
                .unwrap_or(deals.len())
        });
    deals.insert(at, deal);
    true
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

    fn ids(deals: &[Deal]) -> Vec<(u128, u128)> {
        deals
            .iter()
            .map(|d| (d.id.as_u128(), d.stage_id.expect("open").as_u128()))
            .collect()
    }

    #[test]
    fn cards_go_between_their_neighbours_until_there_is_no_room() {
        assert_eq!(position_between(None, None), Some(0));
        assert_eq!(position_between(Some(0), None), Some(POSITION_GAP));
        assert_eq!(position_between(None, Some(0)), Some(-POSITION_GAP));
        assert_eq!(position_between(Some(0), Some(POSITION_GAP)), Some(512));
        assert_eq!(position_between(Some(-3), Some(0)), Some(-2));
        // Dense neighbours (columns from before the gaps) have no room.
        assert_eq!(position_between(Some(4), Some(5)), None);
        assert_eq!(position_between(Some(i32::MAX - 1), None), None);
        // Ten cards dropped on the same spot fit before a respace is needed.
        let mut after = POSITION_GAP;
        for _ in 0..10 {
            after = position_between(Some(0), Some(after)).expect("room");
        }
        assert_eq!(position_between(Some(0), Some(after)), None);
        assert_eq!(
            respaced(3).collect::<Vec<_>>(),
            [0, POSITION_GAP, 2 * POSITION_GAP]
        );
    }

    #[test]
    fn amounts_parse_with_the_separators_people_type() {
        assert_eq!(parse_amount("12500"), Ok(1_250_000));
        assert_eq!(parse_amount("12 500,5"), Ok(1_250_050));
        assert_eq!(parse_amount("12,500.50"), Ok(1_250_050));
        assert_eq!(parse_amount("1.250.000"), Ok(125_000_000));
        assert_eq!(parse_amount(""), Ok(0));
        assert!(parse_amount("-5").is_err());
        assert!(parse_amount("ten").is_err());
        assert!(parse_amount("99999999999999999999").is_err());
    }

    #[test]
    fn amounts_format_with_grouping_and_currency() {
        assert_eq!(format_amount(1_250_050), "12,500.50");
        assert_eq!(format_money(100_000_000, "EUR"), "€1,000,000");
        assert_eq!(format_money(5, "CHF"), "CHF 0.05");
        assert_eq!(format_money_short(35_000_000, "USD"), "$350k");
        assert_eq!(format_money_short(120_000_000, "EUR"), "€1.2M");
    }

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
    fn lost_needs_a_reason() {
        let lost = Outcome::Lost {
            reason: "  ".into(),
        };
        let err = lost.validate().expect_err("no reason");
        assert!(err
            .field_errors()
            .and_then(|f| f.get("lost_reason"))
            .is_some());
    }

    #[test]
    fn won_needs_a_reason_too() {
        let won = Outcome::Won {
            reason: " \n ".into(),
        };
        let err = won.validate().expect_err("no reason");
        assert_eq!(
            err.field_errors().and_then(|f| f.get("won_reason")),
            Some("Say why the deal was won.")
        );
        let won = Outcome::Won {
            reason: "Best price: beat the incumbent".into(),
        };
        assert!(won.validate().is_ok());
        assert_eq!(won.status(), DealStatus::Won);
        let long = Outcome::Won {
            reason: "x".repeat(MAX_LOST_REASON + 1),
        };
        assert!(long.validate().is_err(), "as long as a lost reason may be");
        let control = Outcome::Won {
            reason: "ok\u{7}".into(),
        };
        assert!(control.validate().is_err(), "no control characters");
    }

    #[test]
    fn a_won_queued_before_reasons_still_loads_and_is_then_refused() {
        let legacy: Outcome = serde_json::from_str("\"Won\"").expect("the old format");
        assert_eq!(
            legacy,
            Outcome::Won {
                reason: String::new()
            }
        );
        assert!(legacy.validate().is_err());
        let current = Outcome::Won {
            reason: "Relationship".into(),
        };
        let json = serde_json::to_string(&current).expect("json");
        assert_eq!(json, r#"{"Won":{"reason":"Relationship"}}"#);
        assert_eq!(
            serde_json::from_str::<Outcome>(&json).expect("round trip"),
            current
        );
        let lost: Outcome =
            serde_json::from_str(r#"{"Lost":{"reason":"No budget"}}"#).expect("lost");
        assert_eq!(lost.reason(), "No budget");
    }

    #[test]
    fn moves_land_before_the_given_deal_or_at_the_end_of_the_column() {
        let now = Utc::now();
        let mut deals = vec![
            sample_deal(1, 10),
            sample_deal(2, 10),
            sample_deal(3, 20),
            sample_deal(4, 20),
        ];
        let mv = |deal_id, stage, before: Option<u128>| DealMove {
            deal_id: Uuid::from_u128(deal_id),
            stage_id: Uuid::from_u128(stage),
            before_id: before.map(Uuid::from_u128),
        };
        assert!(apply_move(&mut deals, &mv(1, 20, Some(4)), now));
        assert_eq!(ids(&deals), vec![(2, 10), (3, 20), (1, 20), (4, 20)]);
        assert_eq!(deals[2].stage_entered_at, now);
        assert!(apply_move(&mut deals, &mv(4, 10, None), now));
        assert_eq!(ids(&deals), vec![(2, 10), (4, 10), (3, 20), (1, 20)]);
        // Into an empty column.
        assert!(apply_move(&mut deals, &mv(2, 30, None), now));
        assert_eq!(ids(&deals).last(), Some(&(2, 30)));
        assert!(!apply_move(&mut deals, &mv(99, 10, None), now));
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
