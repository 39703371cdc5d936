//! Customer pages: the list, the create form and the card.

mod card;
mod list;
mod new;

pub use card::{CardSections, CompanyCardPage};
pub use list::CustomerListPage;
pub use new::NewCompanyPage;

use super::model::{Classification, PaymentTerms, Source};
use crate::i18n::{use_i18n, I18n};
use leptos::prelude::*;

/// The message naming a classification.
pub fn classification_key(classification: Classification) -> &'static str {
    match classification {
        Classification::None => "customers-classification-none",
        Classification::KeyAccount => "customers-classification-key-account",
        Classification::Loyal => "customers-classification-loyal",
        Classification::Debtor => "customers-classification-debtor",
        Classification::LowMargin => "customers-classification-low-margin",
    }
}

/// The message naming where a customer came from.
pub fn source_key(source: Source) -> &'static str {
    match source {
        Source::Referral => "customers-source-referral",
        Source::Web => "customers-source-web",
        Source::Event => "customers-source-event",
        Source::ColdCall => "customers-source-cold-call",
        Source::Import => "customers-source-import",
        Source::Partner => "customers-source-partner",
        Source::Other => "customers-source-other",
    }
}

/// The message naming payment terms.
pub fn payment_terms_key(terms: PaymentTerms) -> &'static str {
    match terms {
        PaymentTerms::Prepaid => "customers-terms-prepaid",
        PaymentTerms::OnReceipt => "customers-terms-on-receipt",
        PaymentTerms::Net15 => "customers-terms-net-15",
        PaymentTerms::Net30 => "customers-terms-net-30",
        PaymentTerms::Net60 => "customers-terms-net-60",
        PaymentTerms::Net90 => "customers-terms-net-90",
    }
}

/// (value, label) pairs for a `<select>`, in the current language (tracked).
fn options<T: Copy>(
    i18n: I18n,
    all: &[T],
    value: fn(T) -> &'static str,
    key: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&v| (value(v).to_string(), i18n.text(key(v))))
        .collect()
}

fn classification_options(i18n: I18n) -> Vec<(String, String)> {
    options(
        i18n,
        Classification::ALL,
        Classification::as_str,
        classification_key,
    )
}

fn source_options(i18n: I18n) -> Vec<(String, String)> {
    options(i18n, Source::ALL, Source::as_str, source_key)
}

fn payment_terms_options(i18n: I18n) -> Vec<(String, String)> {
    options(
        i18n,
        PaymentTerms::ALL,
        PaymentTerms::as_str,
        payment_terms_key,
    )
}

#[component]
fn ClassificationBadge(classification: Classification) -> impl IntoView {
    let i18n = use_i18n();
    (classification != Classification::None).then(|| {
        view! {
            <span class=format!("badge badge-{}", classification.as_str())>
                {move || i18n.text(classification_key(classification))}
            </span>
        }
    })
}
