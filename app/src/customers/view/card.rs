use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use super::ClassificationBadge;
use crate::{
    activities::view::CompanyActivities,
    archive::{model::count, view::ArchiveCompany},
    contacts::view::ContactList,
    customers::{
        api::get_company_card,
        model::{Classification, Company, CompanyPatch, PaymentTerms, Source},
    },
    deals::{model::DealStatus, view::CompanyDeals},
    error::AppError,
    shell::use_user,
    sync::{client::use_sync, model::MutationOp},
    ui::{EditableField, ErrorNotice, InputKind, Loading},
};

#[component]
pub fn CompanyCardPage() -> impl IntoView {
    let params = use_params_map();
    let sync = use_sync();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|s| Uuid::parse_str(&s).ok())
    });
    // The card as on this device: `None` while loading, `Some(None)` when not here.
    let company = Memo::new(move |_| {
        let id = id.get();
        sync.with_view(|d| id.and_then(|id| d.companies.get(&id).cloned()))
    });
    // Rebuilt when another company opens; edits flow into the open card.
    let shown = Memo::new(move |_| company.with(|c| c.as_ref().map(|c| c.as_ref().map(|c| c.id))));
    view! {
        {move || match shown.get() {
            None => view! { <Loading label="Loading customer…" /> }.into_any(),
            Some(None) => view! { <NotOnDevice id=id.get_untracked() /> }.into_any(),
            Some(Some(_)) => view! { <CompanyCardView company /> }.into_any(),
        }}
    }
}

/// A card this device does not have: someone else's customer, a deleted one, or
/// one created since the last sync. The server says which.
#[component]
fn NotOnDevice(id: Option<Uuid>) -> impl IntoView {
    let sync = use_sync();
    let answer = Resource::new(
        move || id,
        |id| async move {
            match id {
                Some(id) => get_company_card(id).await.map(drop),
                None => Err(AppError::NotFound("This company".into())),
            }
        },
    );
    view! {
        <Title text="Customer" />
        <Suspense fallback=|| view! { <Loading label="Loading customer…" /> }>
            {move || Suspend::new(async move {
                match answer.await {
                    // It exists and is ours: it arrives with the next sync.
                    Ok(()) => {
                        sync.schedule();
                        view! { <Loading label="Loading customer…" /> }.into_any()
                    }
                    Err(AppError::Network(_)) => view! {
                        <section class="empty-state">
                            <h1>"Not on this device yet"</h1>
                            <p>"This customer has not been synced to this device. It appears once you are online."</p>
                            <a class="btn" href="/customers">"Back to customers"</a>
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CompanyCardView(company: Memo<Option<Option<Company>>>) -> impl IntoView {
    let sync = use_sync();
    let current = move || company.get().flatten();
    let Some(initial) = company.get_untracked().flatten() else {
        return ().into_any();
    };
    let id = initial.id;
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let field = move |name: &'static str| {
        move |value: String| async move {
            let patch = CompanyPatch::single(name, &value)?;
            sync.submit(MutationOp::UpdateCompany { id, patch })?;
            Ok(value.trim().to_string())
        }
    };
    let team = Memo::new(move |_| sync.with_view(|d| d.team.clone()).unwrap_or_default());
    // Handing a customer over moves its open deals and the previous owner's
    // activities with it: say so before saving.
    let save_owner = move |value: String| async move {
        let Some(company) = current() else {
            return Err(AppError::NotFound("This company".into()));
        };
        let previous = company.owner_id;
        if value == previous.to_string() {
            return Ok(value);
        }
        let (deals, activities) = sync
            .with_view(|d| {
                let deals = d
                    .deals
                    .values()
                    .filter(|x| x.company_id == id && x.owner_id == previous)
                    .filter(|x| x.status == DealStatus::Open)
                    .count();
                let activities = d
                    .activities
                    .values()
                    .filter(|a| a.company_id == id && a.owner_id == previous)
                    .count();
                (deals as i64, activities as i64)
            })
            .unwrap_or_default();
        if deals + activities > 0 {
            let to = team
                .get_untracked()
                .into_iter()
                .find(|m| m.id.to_string() == value)
                .map(|m| m.name)
                .unwrap_or_else(|| "the new owner".into());
            let question = format!(
                "{}'s {} and {} here move to {to} with the customer. Change the owner?",
                company.owner_name,
                count(deals, "open deal", "open deals"),
                count(activities, "activity", "activities"),
            );
            if !window().confirm_with_message(&question).unwrap_or(false) {
                return Ok(previous.to_string());
            }
        }
        field("owner_id")(value).await
    };
    // Each field follows the stored value, so a colleague's edit shows up live.
    let val = move |name: &'static str| {
        Signal::derive(move || current().map(|c| c.field_value(name)).unwrap_or_default())
    };
    let contacts = Memo::new(move |_| sync.with_view(|d| d.contacts_of(id)).unwrap_or_default());

    let name = Signal::derive(move || current().map(|c| c.name).unwrap_or_default());

    view! {
        <Title text=move || current().map(|c| c.name).unwrap_or_default() />
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href="/customers">"Customers"</a>
        </nav>
        <header class="card-header">
            <h1>{move || current().map(|c| c.name).unwrap_or_default()}</h1>
            {move || current().map(|c| view! { <ClassificationBadge classification=c.classification /> })}
            <span class="muted">
                {move || current().map(|c| format!("Owner: {}", c.owner_name)).unwrap_or_default()}
            </span>
        </header>
        <section class="card" aria-labelledby="company-details">
            <h2 id="company-details">"Details"</h2>
            <dl class="fields">
                <EditableField label="Name" field="name" value=val("name") save=field("name") />
                <EditableField label="Industry" field="industry" value=val("industry") save=field("industry") />
                <EditableField label="Segment" field="segment" value=val("segment") save=field("segment") />
                <EditableField
                    label="Classification"
                    field="classification"
                    value=val("classification")
                    kind=InputKind::Select(Classification::options())
                    save=field("classification")
                />
                <EditableField
                    label="Source"
                    field="source"
                    value=val("source")
                    kind=InputKind::Select(Source::options())
                    save=field("source")
                />
                <EditableField
                    label="Payment terms"
                    field="payment_terms"
                    value=val("payment_terms")
                    kind=InputKind::Select(PaymentTerms::options())
                    save=field("payment_terms")
                />
                <EditableField label="Tags" field="tags" value=val("tags") save=field("tags") empty_label="No tags" />
                <EditableField label="Phone" field="phone" value=val("phone") kind=InputKind::Tel save=field("phone") />
                <EditableField label="Website" field="website" value=val("website") kind=InputKind::Url save=field("website") />
                <EditableField label="Address" field="address" value=val("address") kind=InputKind::Multiline save=field("address") />
                {if is_manager {
                    let options: Vec<(String, String)> = team
                        .get_untracked()
                        .into_iter()
                        .map(|m| (m.id.to_string(), m.name))
                        .collect();
                    view! {
                        <EditableField
                            label="Owner"
                            field="owner_id"
                            value=val("owner_id")
                            kind=InputKind::Select(options)
                            save=save_owner
                        />
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="editable">
                            <dt>"Owner"</dt>
                            <dd><span class="editable-value readonly">{initial.owner_name.clone()}</span></dd>
                        </div>
                    }
                    .into_any()
                }}
            </dl>
            <p class="muted small">
                {format!(
                    "Created {} · Updated {}",
                    initial.created_at.format("%Y-%m-%d"),
                    initial.updated_at.format("%Y-%m-%d %H:%M UTC"),
                )}
            </p>
        </section>
        <CompanyActivities company_id=id />
        <ContactList company_id=id contacts />
        <CompanyDeals company_id=id />
        <ArchiveCompany id name />
    }
    .into_any()
}
