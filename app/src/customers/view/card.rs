use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_params_map};
use uuid::Uuid;

use super::ClassificationBadge;
use crate::{
    auth::api::team,
    contacts::view::ContactList,
    customers::{
        api::{delete_company, get_company_card, update_company, CompanyCard},
        model::{Classification, CompanyPatch, PaymentTerms, Source},
    },
    deals::view::CompanyDeals,
    error::AppError,
    shell::use_user,
    ui::{EditableField, ErrorNotice, InputKind, Loading},
};

#[component]
pub fn CompanyCardPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| Uuid::parse_str(&s).ok())
    };
    let card = Resource::new(id, |id| async move {
        match id {
            Some(id) => get_company_card(id).await,
            None => Err(AppError::NotFound("This company".into())),
        }
    });
    view! {
        <Suspense fallback=|| view! { <Loading label="Loading customer…" /> }>
            {move || Suspend::new(async move {
                match card.await {
                    Ok(card) => view! { <CompanyCardView card /> }.into_any(),
                    Err(error) => view! { <Title text="Customer" /> <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Saves one field of the company and returns its stored value.
async fn save_field(id: Uuid, field: &'static str, value: String) -> Result<String, AppError> {
    let patch = CompanyPatch::single(field, &value)?;
    patch.validate()?;
    let company = update_company(id, patch).await?;
    Ok(company.field_value(field))
}

#[component]
fn CompanyCardView(card: CompanyCard) -> impl IntoView {
    let CompanyCard { company, contacts } = card;
    let id = company.id;
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let title = RwSignal::new(company.name.clone());
    let field = move |name: &'static str| {
        move |value: String| async move {
            let saved = save_field(id, name, value).await;
            if let (Ok(v), "name") = (&saved, name) {
                title.set(v.clone());
            }
            saved
        }
    };
    let team = Resource::new(|| (), |_| team());

    let delete = Action::new_unsync(move |_: &()| delete_company(id));
    let navigate = use_navigate();
    Effect::new(move || {
        if let Some(Ok(())) = delete.value().get() {
            navigate("/customers", Default::default());
        }
    });
    let confirm_delete = move |_| {
        let sure = window()
            .confirm_with_message(
                "Delete this company and all its contacts? This cannot be undone.",
            )
            .unwrap_or(false);
        if sure {
            delete.dispatch(());
        }
    };

    view! {
        <Title text=move || title.get() />
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <a href="/customers">"Customers"</a>
        </nav>
        <header class="card-header">
            <h1>{move || title.get()}</h1>
            <ClassificationBadge classification=company.classification />
            <span class="muted">{format!("Owner: {}", company.owner_name)}</span>
        </header>
        <section class="card" aria-labelledby="company-details">
            <h2 id="company-details">"Details"</h2>
            <dl class="fields">
                <EditableField label="Name" field="name" value=company.name.clone() save=field("name") />
                <EditableField label="Industry" field="industry" value=company.industry.clone() save=field("industry") />
                <EditableField label="Segment" field="segment" value=company.segment.clone() save=field("segment") />
                <EditableField
                    label="Classification"
                    field="classification"
                    value=company.classification.as_str().to_string()
                    kind=InputKind::Select(Classification::options())
                    save=field("classification")
                />
                <EditableField
                    label="Source"
                    field="source"
                    value=company.source.as_str().to_string()
                    kind=InputKind::Select(Source::options())
                    save=field("source")
                />
                <EditableField
                    label="Payment terms"
                    field="payment_terms"
                    value=company.payment_terms.as_str().to_string()
                    kind=InputKind::Select(PaymentTerms::options())
                    save=field("payment_terms")
                />
                <EditableField label="Tags" field="tags" value=company.tags.join(", ") save=field("tags") empty_label="No tags" />
                <EditableField label="Phone" field="phone" value=company.phone.clone() kind=InputKind::Tel save=field("phone") />
                <EditableField label="Website" field="website" value=company.website.clone() kind=InputKind::Url save=field("website") />
                <EditableField label="Address" field="address" value=company.address.clone() kind=InputKind::Multiline save=field("address") />
                {if is_manager {
                    let owner_id = company.owner_id.to_string();
                    view! {
                        <Suspense fallback=|| view! { <Loading /> }>
                            {
                                let owner_id = owner_id.clone();
                                move || {
                                    let owner_id = owner_id.clone();
                                    Suspend::new(async move {
                                        let options: Vec<(String, String)> = team
                                            .await
                                            .unwrap_or_default()
                                            .into_iter()
                                            .map(|m| (m.id.to_string(), m.name))
                                            .collect();
                                        view! {
                                            <EditableField
                                                label="Owner"
                                                field="owner_id"
                                                value=owner_id
                                                kind=InputKind::Select(options)
                                                save=field("owner_id")
                                            />
                                        }
                                    })
                                }
                            }
                        </Suspense>
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="editable">
                            <dt>"Owner"</dt>
                            <dd><span class="editable-value readonly">{company.owner_name.clone()}</span></dd>
                        </div>
                    }
                    .into_any()
                }}
            </dl>
            <p class="muted small">
                {format!(
                    "Created {} · Updated {}",
                    company.created_at.format("%Y-%m-%d"),
                    company.updated_at.format("%Y-%m-%d %H:%M UTC"),
                )}
            </p>
        </section>
        <ContactList company_id=id contacts />
        <CompanyDeals company_id=id />
        <section class="card danger-zone">
            <h2>"Delete company"</h2>
            <p class="muted">"Removes the company and its contacts for everyone."</p>
            {move || {
                delete.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })
            }}
            <button type="button" class="btn btn-danger" on:click=confirm_delete disabled=move || delete.pending().get()>
                "Delete company"
            </button>
        </section>
    }
}
