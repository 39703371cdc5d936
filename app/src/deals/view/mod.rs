//! Deal pages: the kanban board, the deal panel, the new-deal form, and the
//! deals list on a customer card.

mod board;
mod column;
mod company;
mod drag;
mod new;
mod panel;
mod state;

pub use board::BoardPage;
pub use company::CompanyDeals;
pub use panel::DealSections;

use leptos::prelude::*;
use uuid::Uuid;

use crate::{deals::model::reason_key, i18n::I18n};

/// Why a deal closed, in the reader's language when it is a listed reason
/// (stored in English, see `LOST_REASONS`), else as the rep wrote it.
pub fn show_reason(i18n: I18n, stored: &str) -> String {
    match reason_key(stored) {
        Some((key, "")) => i18n.text(key),
        Some((key, detail)) => i18n.text_with(
            "deals-reason-with-detail",
            &[("reason", i18n.text(key).into()), ("detail", detail.into())],
        ),
        None => stored.to_string(),
    }
}

/// Links within the board that keep its filters: opening a deal or the new-deal form.
#[derive(Clone, Copy)]
pub struct BoardLinks {
    /// `/deals?pipeline=…&owner=…`
    base: StoredValue<String>,
    go: Callback<String>,
}

impl BoardLinks {
    pub fn base_url(pipeline: Uuid, owner: &str) -> String {
        Self::base_url_parsed(&pipeline.to_string(), owner)
    }

    pub fn base_url_parsed(pipeline: &str, owner: &str) -> String {
        let mut url = format!("/deals?pipeline={pipeline}");
        if !owner.is_empty() {
            url.push_str("&owner=");
            url.push_str(owner);
        }
        url
    }

    pub fn open_deal(&self, id: Uuid) {
        self.go.run(format!("{}&deal={id}", self.base.get_value()));
    }

    pub fn open_new(&self, company: Option<Uuid>) {
        let company = company.map(|c| format!("&company={c}")).unwrap_or_default();
        self.go
            .run(format!("{}&new=1{company}", self.base.get_value()));
    }

    pub fn close(&self) {
        self.go.run(self.base.get_value());
    }
}
