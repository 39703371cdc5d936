//! The new-deal form, opened over the board.

use leptos::prelude::*;
use uuid::Uuid;

use super::{state::BoardCtx, BoardLinks};
use crate::{
    auth::current::use_user,
    customers::model::CompanyQuery,
    deals::model::{parse_amount, NewDeal, CURRENCIES, DEFAULT_CURRENCY},
    error::{AppError, FieldErrors},
    i18n::{t, use_i18n, Text},
    sync::{client::use_sync, model::MutationOp},
    ui::{modal_focus, SelectInput, TextInput},
};

#[component]
pub fn NewDealPanel(company: Option<Uuid>) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let links = expect_context::<BoardLinks>();
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());

    let title = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let currency = RwSignal::new(DEFAULT_CURRENCY.to_string());
    let close_date = RwSignal::new(String::new());
    let first_stage = ctx
        .pipeline
        .with_value(|p| p.stages.first().map(|s| s.id.to_string()))
        .unwrap_or_default();
    let stage = RwSignal::new(first_stage);
    let owner = RwSignal::new(String::new());
    let company_id = RwSignal::new(company);
    let company_name = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<AppError>);
    let i18n = use_i18n();

    // Coming from a customer card: show whose deal this is.
    if let Some(id) = company {
        if let Some(Some(name)) = ctx
            .sync
            .with_view(|d| d.companies.get(&id).map(|c| c.name.clone()))
        {
            company_name.set(name);
        }
    }

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let mut local = FieldErrors::default();
        let value_cents = match parse_amount(&value.get_untracked()) {
            Ok(cents) => cents,
            Err(message) => {
                local.add("value", message);
                0
            }
        };
        let close = close_date.get_untracked();
        let close = if close.is_empty() {
            None
        } else {
            match chrono::NaiveDate::parse_from_str(&close, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    local.add("close_date", Text::new("deals-error-date"));
                    None
                }
            }
        };
        let deal = NewDeal {
            id: Uuid::new_v4(),
            title: title.get_untracked(),
            company_id: company_id.get_untracked(),
            contact_id: None,
            pipeline_id: Some(ctx.pipeline.with_value(|p| p.id)),
            stage_id: Uuid::parse_str(&stage.get_untracked()).ok(),
            value_cents,
            currency: currency.get_untracked(),
            close_date: close,
            probability: None,
            owner_id: Uuid::parse_str(&owner.get_untracked()).ok(),
        }
        .normalized();
        if let Err(AppError::Validation(more)) = deal.validate() {
            for (field, messages) in more.0 {
                for m in messages {
                    local.add(&field, m);
                }
            }
        }
        if !local.is_empty() {
            errors.set(local);
            return;
        }
        errors.set(FieldErrors::default());
        let title = deal.title.clone();
        match ctx.sync.submit(MutationOp::CreateDeal(deal)) {
            Ok(()) => {
                ctx.announce
                    .set(Some(Text::new("deals-created").arg("title", title)));
                links.close();
            }
            Err(AppError::Validation(fields)) => errors.set(fields),
            Err(other) => failure.set(Some(other)),
        }
    };

    let stage_options = ctx.pipeline.with_value(|p| {
        p.stages
            .iter()
            .map(|s| (s.id.to_string(), s.name.clone()))
            .collect::<Vec<_>>()
    });
    let currency_options = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect::<Vec<_>>();
    let owner_field = is_manager.then(|| {
        let mut options = vec![(String::new(), i18n.text("deals-owner-me-option"))];
        ctx.team.with_value(|team| {
            options.extend(
                team.iter()
                    .filter(|m| Some(m.id) != user.get_untracked().map(|u| u.id))
                    .map(|m| (m.id.to_string(), m.name.clone())),
            )
        });
        view! { <SelectInput label="deals-field-owner" name="owner_id" value=owner options errors /> }
    });

    let dialog = NodeRef::<leptos::html::Aside>::new();
    modal_focus(dialog, Callback::new(move |_| links.close()), None);
    view! {
        <div class="panel-backdrop" on:click=move |_| links.close()></div>
        <aside
            class="panel"
            role="dialog"
            aria-modal="true"
            aria-labelledby="new-deal-title"
            tabindex="-1"
            node_ref=dialog
        >
            <button type="button" class="btn btn-ghost panel-close" on:click=move |_| links.close() aria-label=t("deals-close")>
                "✕"
            </button>
            <h2 id="new-deal-title">{t("deals-new-deal")}</h2>
            <form class="form" on:submit=submit novalidate>
                <TextInput
                    label="deals-field-title"
                    name="title"
                    value=title
                    errors
                    required=true
                    placeholder="deals-new-title-placeholder"
                />
                <CompanyPicker company_id company_name errors />
                <div class="field-row">
                    <TextInput label="deals-field-value" name="value" value=value errors placeholder="deals-new-value-placeholder" />
                    <SelectInput label="deals-field-currency" name="currency" value=currency options=currency_options errors />
                </div>
                <TextInput label="deals-field-close-date" name="close_date" value=close_date errors kind="date" />
                <SelectInput label="deals-field-stage" name="stage_id" value=stage options=stage_options errors />
                {owner_field}
                {move || {
                    failure
                        .with(|f| f.as_ref().map(|f| i18n.show(&f.text())))
                        .map(|f| view! { <p class="notice notice-error" role="alert">{f}</p> })
                }}
                <div class="form-actions">
                    <button type="submit" class="btn btn-primary">{t("deals-create")}</button>
                    <button type="button" class="btn" on:click=move |_| links.close()>{t("deals-cancel")}</button>
                </div>
            </form>
        </aside>
    }
}

/// Search-as-you-type over the customers the user may see.
#[component]
fn CompanyPicker(
    company_id: RwSignal<Option<Uuid>>,
    company_name: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let search = RwSignal::new(String::new());
    let results = Memo::new(move |_| {
        let search = search.get();
        if search.trim().is_empty() {
            return Some(Ok::<_, AppError>(Vec::new()));
        }
        sync.with_view(|d| {
            Ok(d.company_page(&CompanyQuery {
                search,
                ..Default::default()
            })
            .items
            .into_iter()
            .take(8)
            .collect::<Vec<_>>())
        })
    });
    let error = move || errors.with(|e| e.get("company_id").map(|text| i18n.show(text)));
    view! {
        <div class="field" class:has-error=move || error().is_some()>
            <label for="field-company">{t("deals-field-customer")} <span class="required">" *"</span></label>
            {move || {
                if company_id.get().is_some() {
                    view! {
                        <div class="picked">
                            <span data-testid="picked-company">
                                {move || {
                                    let name = company_name.get();
                                    if name.is_empty() { i18n.text("deals-selected-customer") } else { name }
                                }}
                            </span>
                            <button type="button" class="btn btn-ghost" on:click=move |_| company_id.set(None)>
                                {t("deals-change-customer")}
                            </button>
                        </div>
                    }
                        .into_any()
                } else {
                    view! {
                        <input
                            id="field-company"
                            type="search"
                            placeholder=t("deals-customer-search-placeholder")
                            autocomplete="off"
                            prop:value=move || search.get()
                            on:input=move |ev| search.set(event_target_value(&ev))
                        />
                        <ul class="picker-results">
                                {move || {
                                    results
                                        .get()
                                        .map(|r| match r {
                                            Ok(items) => items
                                                .into_iter()
                                                .map(|c| {
                                                    let name = c.name.clone();
                                                    view! {
                                                        <li>
                                                            <button
                                                                type="button"
                                                                class="picker-option"
                                                                on:click=move |_| {
                                                                    company_name.set(name.clone());
                                                                    company_id.set(Some(c.id));
                                                                }
                                                            >
                                                                {c.name.clone()}
                                                            </button>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()
                                                .into_any(),
                                            Err(e) => view! { <li class="field-error">{i18n.show(&e.text())}</li> }.into_any(),
                                        })
                                }}
                        </ul>
                    }
                        .into_any()
                }
            }}
            <p class="field-error">{error}</p>
        </div>
    }
}
