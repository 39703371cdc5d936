use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;
use uuid::Uuid;

use super::{classification_options, payment_terms_options, source_options};
use crate::{
    auth::current::use_user,
    customers::api::company_name_free,
    customers::model::{parse_tags, Classification, NewCompany, PaymentTerms, Source},
    error::{AppError, FieldErrors},
    i18n::{t, use_i18n, Text},
    sync::{client::use_sync, model::MutationOp},
    ui::{ErrorNotice, SelectInput, TextInput},
};

#[component]
pub fn NewCompanyPage() -> impl IntoView {
    let user = use_user();
    let i18n = use_i18n();
    let is_manager = move || user.get().is_some_and(|u| u.is_manager());
    let defaults = NewCompany::blank();
    let text = |v: &str| RwSignal::new(v.to_string());
    let name = text("");
    let industry = text("");
    let segment = text("");
    let tags = text("");
    let classification = text(defaults.classification.as_str());
    let source = text(defaults.source.as_str());
    let payment_terms = text(defaults.payment_terms.as_str());
    let phone = text("");
    let website = text("");
    let address = text("");
    let owner = text("");
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<AppError>);
    let sync = use_sync();
    let team = Memo::new(move |_| sync.with_view(|d| d.team.clone()).unwrap_or_default());
    // One id per form, so a double submit cannot create the company twice.
    let id = StoredValue::new(defaults.id);

    let navigate = use_navigate();

    let checking = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if checking.get_untracked() {
            return;
        }
        failure.set(None);
        let company = NewCompany {
            id: id.get_value(),
            name: name.get_untracked(),
            industry: industry.get_untracked(),
            segment: segment.get_untracked(),
            tags: parse_tags(&tags.get_untracked()),
            classification: Classification::parse(&classification.get_untracked())
                .unwrap_or(Classification::None),
            source: Source::parse(&source.get_untracked()).unwrap_or(Source::Other),
            payment_terms: PaymentTerms::parse(&payment_terms.get_untracked())
                .unwrap_or(PaymentTerms::Net30),
            address: address.get_untracked(),
            phone: phone.get_untracked(),
            website: website.get_untracked(),
            owner_id: Uuid::parse_str(&owner.get_untracked()).ok(),
        }
        .normalized();
        if let Err(error) = company.validate() {
            match error {
                AppError::Validation(fields) => errors.set(fields),
                other => failure.set(Some(other)),
            }
            return;
        }
        let taken_here = sync
            .with_view(|d| d.company_name_taken(&company.name, None))
            .unwrap_or(false);
        let refuse = move || {
            errors.set(FieldErrors::default());
            errors.update(|e| e.add("name", Text::new("customers-name-taken")));
        };
        if taken_here {
            refuse();
            return;
        }
        let navigate = navigate.clone();
        let create = move |company: NewCompany| {
            let id = company.id;
            match sync.submit(MutationOp::CreateCompany(company)) {
                Ok(()) => {
                    errors.set(FieldErrors::default());
                    navigate(&format!("/customers/{id}"), Default::default());
                }
                Err(AppError::Validation(fields)) => errors.set(fields),
                Err(other) => failure.set(Some(other)),
            }
        };
        // A colleague's customer is not on this device: online, ask the server
        // first, so a clash keeps the form as typed. Offline (or no answer), the
        // create is queued and the server has the last word.
        if !sync.online.get_untracked() {
            create(company);
            return;
        }
        checking.set(true);
        leptos::task::spawn_local(async move {
            let free = company_name_free(company.name.clone()).await;
            checking.set(false);
            match free {
                Ok(false) => refuse(),
                _ => create(company),
            }
        });
    };

    view! {
        <Title text=t("customers-new") />
        <div class="page-header">
            <h1>{t("customers-new")}</h1>
            <a class="btn btn-ghost" href="/customers">{t("customers-cancel")}</a>
        </div>
        <form class="form card" on:submit=submit novalidate>
            {move || failure.get().map(|error| view! { <ErrorNotice error /> })}
            <TextInput label="customers-field-name" name="name" value=name errors required=true autocomplete="organization" />
            <div class="form-grid">
                <TextInput label="customers-field-industry" name="industry" value=industry errors placeholder="customers-industry-placeholder" />
                <TextInput label="customers-field-segment" name="segment" value=segment errors placeholder="customers-segment-placeholder" />
                // Options in the current language: rebuilt when it changes.
                {move || view! {
                    <SelectInput label="customers-field-classification" name="classification" value=classification options=classification_options(i18n) errors />
                }}
                {move || view! {
                    <SelectInput label="customers-field-source" name="source" value=source options=source_options(i18n) errors />
                }}
                {move || view! {
                    <SelectInput label="customers-field-payment-terms" name="payment_terms" value=payment_terms options=payment_terms_options(i18n) errors />
                }}
                <TextInput label="customers-field-tags" name="tags" value=tags errors placeholder="customers-tags-placeholder" />
                <TextInput label="customers-field-phone" name="phone" value=phone errors kind="tel" autocomplete="tel" />
                <TextInput label="customers-field-website" name="website" value=website errors kind="url" placeholder="customers-website-placeholder" />
            </div>
            <TextInput label="customers-field-address" name="address" value=address errors multiline=true autocomplete="street-address" />
            <Show when=is_manager>
                {move || {
                    let mut options = vec![(String::new(), i18n.text("customers-owner-me"))];
                    options.extend(team.get().into_iter().map(|m| (m.id.to_string(), m.name)));
                    view! { <SelectInput label="customers-field-owner" name="owner_id" value=owner options errors /> }
                }}
            </Show>
            <div class="form-actions">
                <button type="submit" class="btn btn-primary" disabled=move || checking.get()>
                    {t("customers-create")}
                </button>
            </div>
        </form>
    }
}
