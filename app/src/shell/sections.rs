//! Where pages of one domain show another's sections: the customer card
//! (next steps, contacts, deals, timeline, archiving) and the deal panel (the
//! next step). Only the app's frame knows every domain's views; the domains
//! take these through context and know none of each other's.

use leptos::prelude::*;

use crate::{
    activities::view::{CompanyActivities, CompanyTimeline, DealNextStep},
    archive::view::ArchiveCompany,
    contacts::view::ContactList,
    customers::view::CardSections,
    deals::view::{CompanyDeals, DealSections},
};

pub fn provide_sections() {
    provide_context(CardSections {
        next_steps: |company_id, form| view! { <CompanyActivities company_id form /> }.into_any(),
        contacts: |company_id, contacts| view! { <ContactList company_id contacts /> }.into_any(),
        deals: |company_id| view! { <CompanyDeals company_id /> }.into_any(),
        timeline: |company_id| view! { <CompanyTimeline company_id /> }.into_any(),
        archive: |id, name| view! { <ArchiveCompany id name /> }.into_any(),
    });
    provide_context(DealSections {
        next_step: |deal_id, company_id| view! { <DealNextStep deal_id company_id /> }.into_any(),
    });
}
