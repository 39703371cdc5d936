//! Customer pages: the list, the create form and the card.

mod card;
mod list;
mod new;

pub use card::{CardSections, CompanyCardPage};
pub use list::CustomerListPage;
pub use new::NewCompanyPage;

use super::model::Classification;
use leptos::prelude::*;

#[component]
fn ClassificationBadge(classification: Classification) -> impl IntoView {
    (classification != Classification::None).then(|| {
        view! {
            <span class=format!("badge badge-{}", classification.as_str())>
                {classification.label()}
            </span>
        }
    })
}
