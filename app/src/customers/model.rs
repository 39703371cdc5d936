use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{
    error::{AppError, FieldErrors},
    i18n::Text,
    text_enum::text_enum,
    validate,
};

text_enum!(Classification {
    None => ("none", "Unclassified"),
    KeyAccount => ("key_account", "Key account"),
    Loyal => ("loyal", "Loyal"),
    Debtor => ("debtor", "Debtor"),
    LowMargin => ("low_margin", "Low margin"),
});

text_enum!(Source {
    Referral => ("referral", "Referral"),
    Web => ("web", "Website"),
    Event => ("event", "Event"),
    ColdCall => ("cold_call", "Cold call"),
    Import => ("import", "Import"),
    Partner => ("partner", "Partner"),
    Other => ("other", "Other"),
});

text_enum!(PaymentTerms {
    Prepaid => ("prepaid", "Prepaid"),
    OnReceipt => ("on_receipt", "Due on receipt"),
    Net15 => ("net_15", "Net 15"),
    Net30 => ("net_30", "Net 30"),
    Net60 => ("net_60", "Net 60"),
    Net90 => ("net_90", "Net 90"),
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    pub id: Uuid,
    pub name: String,
    pub industry: String,
    pub segment: String,
    pub tags: Vec<String>,
    pub classification: Classification,
    pub source: Source,
    pub payment_terms: PaymentTerms,
    pub address: String,
    pub phone: String,
    pub website: String,
    pub owner_id: Uuid,
    pub owner_name: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// One row of the customer list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySummary {
    pub id: Uuid,
    pub name: String,
    pub industry: String,
    pub classification: Classification,
    pub phone: String,
    pub owner_name: String,
    /// `None` where this device does not keep the customer's contacts (a
    /// colleague's customer on a manager's phone; see `sync::scope`).
    pub contact_count: Option<i64>,
}

pub const PAGE_SIZE: i64 = 50;

/// The key two company names clash on, as the database's unique index has
/// it (`lower(btrim(name))`, lowered by ICU in every alphabet): the device
/// refuses what the server would.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// A `tel:` link for a phone number as people write it ("+371 21 017 0483"):
/// digits and a leading `+` only, or `None` when there are no digits.
pub fn tel_href(phone: &str) -> Option<String> {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    let plus = if phone.trim_start().starts_with('+') {
        "+"
    } else {
        ""
    };
    Some(format!("tel:{plus}{digits}"))
}

/// Which maps app an address opens in: Android's `geo:` intent, Apple Maps on
/// iPhones and Macs, Google Maps in a browser tab elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapsApp {
    Geo,
    Apple,
    Web,
}

impl MapsApp {
    /// Picks by the browser's user agent.
    pub fn for_agent(user_agent: &str) -> Self {
        if user_agent.contains("Android") {
            MapsApp::Geo
        } else if ["iPhone", "iPad", "Macintosh"]
            .iter()
            .any(|k| user_agent.contains(k))
        {
            MapsApp::Apple
        } else {
            MapsApp::Web
        }
    }

    /// The link that opens `address` (lines joined), or `None` for no address.
    pub fn href(self, address: &str) -> Option<String> {
        let one_line = address.split_whitespace().collect::<Vec<_>>().join(" ");
        if one_line.is_empty() {
            return None;
        }
        let q = url_encode(&one_line);
        Some(match self {
            MapsApp::Geo => format!("geo:0,0?q={q}"),
            MapsApp::Apple => format!("https://maps.apple.com/?q={q}"),
            MapsApp::Web => format!("https://www.google.com/maps/search/?api=1&query={q}"),
        })
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CompanyQuery {
    /// Matches company name, tags, industry, address, phone (by digits) and
    /// website, and its contacts' name, email and phone (see `search::model`).
    pub search: String,
    pub classification: Option<Classification>,
    /// Only customers with this tag (tags are stored lowercased).
    pub tag: Option<String>,
    pub owner_id: Option<Uuid>,
    pub page: i64,
    /// Names are sorted as the reader's language sorts them.
    #[serde(skip)]
    pub locale: crate::i18n::Locale,
    /// Who reads the list: a manager's device counts the contacts of their
    /// own customers and of those kept whole, and no others.
    #[serde(skip)]
    pub reader: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyPage {
    pub items: Vec<CompanySummary>,
    pub total: i64,
    pub page: i64,
}

impl CompanyPage {
    pub fn page_count(&self) -> i64 {
        ((self.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1)
    }
}

/// The create form. The id is made by the client so a queued offline create keeps its identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewCompany {
    pub id: Uuid,
    pub name: String,
    pub industry: String,
    pub segment: String,
    pub tags: Vec<String>,
    pub classification: Classification,
    pub source: Source,
    pub payment_terms: PaymentTerms,
    pub address: String,
    pub phone: String,
    pub website: String,
    /// `None` means "me".
    pub owner_id: Option<Uuid>,
}

impl NewCompany {
    pub fn blank() -> Self {
        NewCompany {
            id: Uuid::new_v4(),
            name: String::new(),
            industry: String::new(),
            segment: String::new(),
            tags: Vec::new(),
            classification: Classification::None,
            source: Source::Other,
            payment_terms: PaymentTerms::Net30,
            address: String::new(),
            phone: String::new(),
            website: String::new(),
            owner_id: None,
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        validate::required(&mut errors, "name", &self.name, validate::MAX_NAME);
        check_free_text(&mut errors, "industry", &self.industry);
        check_free_text(&mut errors, "segment", &self.segment);
        validate::multi_line(&mut errors, "address", &self.address, validate::MAX_TEXT);
        check_tags(&mut errors, &self.tags);
        validate::optional_phone(&mut errors, "phone", &self.phone);
        validate::optional_website(&mut errors, "website", &self.website);
        errors.into_result()
    }

    /// Trims what people paste in, so "  Acme " and "Acme" are one customer.
    pub fn normalized(mut self) -> Self {
        for field in [
            &mut self.name,
            &mut self.industry,
            &mut self.segment,
            &mut self.address,
            &mut self.phone,
            &mut self.website,
        ] {
            *field = field.trim().to_string();
        }
        self.tags = normalize_tags(&self.tags);
        self
    }
}

/// An edit of some fields; the rest stay as they are (so two people editing
/// different fields of one card never overwrite each other).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyPatch {
    pub name: Option<String>,
    pub industry: Option<String>,
    pub segment: Option<String>,
    pub tags: Option<Vec<String>>,
    pub classification: Option<Classification>,
    pub source: Option<Source>,
    pub payment_terms: Option<PaymentTerms>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub website: Option<String>,
    pub owner_id: Option<Uuid>,
}

/// The card's editable fields, by the names forms and errors use.
pub const EDITABLE_FIELDS: &[&str] = &[
    "name",
    "industry",
    "segment",
    "tags",
    "classification",
    "source",
    "payment_terms",
    "address",
    "phone",
    "website",
    "owner_id",
];

impl CompanyPatch {
    /// Builds a one-field patch from an in-place edit (value as typed in the input).
    pub fn single(field: &str, value: &str) -> Result<Self, AppError> {
        let text = || Some(value.trim().to_string());
        let pick = |parsed: bool| {
            if parsed {
                Ok(())
            } else {
                Err(AppError::validation(
                    field,
                    Text::new("customers-choose-listed"),
                ))
            }
        };
        let mut patch = CompanyPatch::default();
        match field {
            "name" => patch.name = text(),
            "industry" => patch.industry = text(),
            "segment" => patch.segment = text(),
            "address" => patch.address = text(),
            "phone" => patch.phone = text(),
            "website" => patch.website = text(),
            "tags" => patch.tags = Some(parse_tags(value)),
            "classification" => {
                patch.classification = Classification::parse(value);
                pick(patch.classification.is_some())?;
            }
            "source" => {
                patch.source = Source::parse(value);
                pick(patch.source.is_some())?;
            }
            "payment_terms" => {
                patch.payment_terms = PaymentTerms::parse(value);
                pick(patch.payment_terms.is_some())?;
            }
            "owner_id" => {
                patch.owner_id = Uuid::parse_str(value).ok();
                pick(patch.owner_id.is_some())?;
            }
            _ => {
                return Err(AppError::validation(
                    field,
                    Text::new("customers-field-not-editable"),
                ))
            }
        }
        Ok(patch)
    }

    pub fn is_empty(&self) -> bool {
        *self == CompanyPatch::default()
    }

    /// What the server will store, applied to a local copy (owner name aside).
    pub fn apply_to(&self, company: &mut Company) {
        let set = |field: &mut String, value: &Option<String>| {
            if let Some(value) = value {
                *field = value.trim().to_string();
            }
        };
        set(&mut company.name, &self.name);
        set(&mut company.industry, &self.industry);
        set(&mut company.segment, &self.segment);
        set(&mut company.address, &self.address);
        set(&mut company.phone, &self.phone);
        set(&mut company.website, &self.website);
        if let Some(tags) = &self.tags {
            company.tags = normalize_tags(tags);
        }
        if let Some(c) = self.classification {
            company.classification = c;
        }
        if let Some(s) = self.source {
            company.source = s;
        }
        if let Some(t) = self.payment_terms {
            company.payment_terms = t;
        }
        if let Some(owner) = self.owner_id {
            company.owner_id = owner;
        }
    }

    pub fn validate(&self) -> Result<(), AppError> {
        let mut errors = FieldErrors::default();
        if let Some(name) = &self.name {
            validate::required(&mut errors, "name", name, validate::MAX_NAME);
        }
        for (field, value) in [("industry", &self.industry), ("segment", &self.segment)] {
            if let Some(value) = value {
                check_free_text(&mut errors, field, value);
            }
        }
        if let Some(address) = &self.address {
            validate::multi_line(&mut errors, "address", address, validate::MAX_TEXT);
        }
        if let Some(tags) = &self.tags {
            check_tags(&mut errors, tags);
        }
        if let Some(phone) = &self.phone {
            validate::optional_phone(&mut errors, "phone", phone);
        }
        if let Some(website) = &self.website {
            validate::optional_website(&mut errors, "website", website);
        }
        errors.into_result()
    }
}

impl Company {
    /// The value of a field as an in-place editor shows it.
    pub fn field_value(&self, field: &str) -> String {
        match field {
            "name" => self.name.clone(),
            "industry" => self.industry.clone(),
            "segment" => self.segment.clone(),
            "tags" => self.tags.join(", "),
            "classification" => self.classification.as_str().into(),
            "source" => self.source.as_str().into(),
            "payment_terms" => self.payment_terms.as_str().into(),
            "address" => self.address.clone(),
            "phone" => self.phone.clone(),
            "website" => self.website.clone(),
            "owner_id" => self.owner_id.to_string(),
            _ => String::new(),
        }
    }
}

const MAX_TAGS: usize = 20;
const MAX_TAG: usize = 40;

/// "vip, retail ,, VIP" -> ["vip", "retail"]: tags are typed as one comma-separated line.
pub fn parse_tags(value: &str) -> Vec<String> {
    normalize_tags(&value.split(',').map(str::to_string).collect::<Vec<_>>())
}

fn normalize_tags(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = tag.trim().to_lowercase();
        if !tag.is_empty() && !out.contains(&tag) {
            out.push(tag);
        }
    }
    out
}

fn check_free_text(errors: &mut FieldErrors, field: &str, value: &str) {
    validate::max_len(errors, field, value, validate::MAX_TEXT);
}

fn check_tags(errors: &mut FieldErrors, tags: &[String]) {
    if tags.len() > MAX_TAGS {
        errors.add(
            "tags",
            Text::new("customers-tags-too-many").num("max", MAX_TAGS as i64),
        );
    }
    if tags.iter().any(|t| t.chars().count() > MAX_TAG) {
        errors.add(
            "tags",
            Text::new("customers-tag-too-long").num("max", MAX_TAG as i64),
        );
    } else if tags.iter().any(|t| t.chars().any(char::is_control)) {
        errors.add("tags", Text::new("customers-tags-control"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_company_needs_a_name_and_a_valid_website() {
        let mut company = NewCompany::blank();
        company.website = "not a site".into();
        let err = company.validate().expect_err("invalid");
        let fields = err.field_errors().expect("field errors");
        assert!(fields.get("name").is_some());
        assert!(fields.get("website").is_some());
        assert!(fields.get("phone").is_none());
    }

    #[test]
    fn company_names_clash_whatever_their_case_and_spaces() {
        assert_eq!(name_key("  ACME Ltd "), name_key("acme ltd"));
        assert_eq!(name_key("Rīgas Ūdens"), name_key("RĪGAS ŪDENS"));
        assert_ne!(name_key("Acme"), name_key("Acme Ltd"));
    }

    #[test]
    fn phone_numbers_become_tel_links_of_their_digits() {
        assert_eq!(
            tel_href("+371 21 017 0483").as_deref(),
            Some("tel:+371210170483")
        );
        assert_eq!(
            tel_href("(021) 555-0100").as_deref(),
            Some("tel:0215550100")
        );
        assert_eq!(tel_href(" - "), None);
    }

    #[test]
    fn an_address_opens_the_phones_maps_app() {
        let address = "Brīvības iela 1\nRīga";
        let android = "Mozilla/5.0 (Linux; Android 14; Pixel 8)";
        assert_eq!(
            MapsApp::for_agent(android).href(address).as_deref(),
            Some("geo:0,0?q=Br%C4%ABv%C4%ABbas%20iela%201%20R%C4%ABga")
        );
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)";
        assert!(MapsApp::for_agent(iphone)
            .href(address)
            .is_some_and(|h| h.starts_with("https://maps.apple.com/?q=Br")));
        assert!(MapsApp::Web
            .href("1 Main St")
            .is_some_and(|h| h.ends_with("query=1%20Main%20St")));
        assert_eq!(MapsApp::Geo.href("  \n "), None);
    }

    #[test]
    fn tags_are_trimmed_lowercased_and_deduplicated() {
        assert_eq!(parse_tags(" VIP, retail,,vip "), vec!["vip", "retail"]);
    }

    #[test]
    fn too_many_or_too_long_tags_are_refused_with_their_limit() {
        let mut company = NewCompany::blank();
        company.name = "Acme".into();
        company.tags = (0..=MAX_TAGS).map(|n| format!("tag{n}")).collect();
        let err = company.validate().expect_err("too many tags");
        let text = err.field_errors().and_then(|f| f.get("tags")).cloned();
        assert_eq!(
            text,
            Some(Text::new("customers-tags-too-many").num("max", MAX_TAGS as i64))
        );
        company.tags = vec!["x".repeat(MAX_TAG + 1)];
        let err = company.validate().expect_err("too long");
        assert_eq!(
            err.field_errors().and_then(|f| f.key("tags")),
            Some("customers-tag-too-long")
        );
    }

    #[test]
    fn a_single_field_edit_becomes_a_patch_of_that_field_only() {
        let patch = CompanyPatch::single("classification", "key_account").expect("valid");
        assert_eq!(patch.classification, Some(Classification::KeyAccount));
        assert_eq!(patch.name, None);
        let key = |err: AppError, field: &str| {
            err.field_errors()
                .and_then(|f| f.key(field))
                .map(str::to_string)
        };
        assert_eq!(
            key(
                CompanyPatch::single("classification", "vip").expect_err("unlisted"),
                "classification"
            )
            .as_deref(),
            Some("customers-choose-listed")
        );
        assert_eq!(
            key(
                CompanyPatch::single("created_at", "x").expect_err("not editable"),
                "created_at"
            )
            .as_deref(),
            Some("customers-field-not-editable")
        );
    }

    #[test]
    fn every_editable_field_round_trips_through_its_display_value() {
        for field in EDITABLE_FIELDS {
            assert!(
                CompanyPatch::single(field, "").is_ok()
                    || ["classification", "source", "payment_terms", "owner_id"].contains(field),
                "{field} should accept text"
            );
        }
    }

    #[test]
    fn page_count_rounds_up_and_is_never_zero() {
        let page = |total| CompanyPage {
            items: vec![],
            total,
            page: 0,
        };
        assert_eq!(page(0).page_count(), 1);
        assert_eq!(page(50).page_count(), 1);
        assert_eq!(page(51).page_count(), 2);
    }
}
