use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;
use uuid::Uuid;

use super::{
    classification_key, classification_options, payment_terms_key, payment_terms_options,
    source_key, source_options, ClassificationBadge,
};
use crate::{
    activities::model::{ActivityKind, FormRequest},
    auth::current::use_user,
    contacts::model::Contact,
    customers::{
        api::get_company_card,
        model::{tel_href, Company, CompanyPatch, MapsApp},
    },
    deals::model::DealStatus,
    error::AppError,
    i18n::{format, t, use_i18n, Locale},
    sync::{client::use_sync, model::MutationOp},
    ui::{EditableField, ErrorNotice, InputKind, Loading},
};

/// A stored moment on the device's wall clock, in `locale`.
fn moment(locale: Locale, at: chrono::DateTime<chrono::Utc>) -> String {
    format::date_time(locale, at.with_timezone(&chrono::Local).naive_local())
}

/// What other domains show on a customer's card. The app's shell gives them
/// (`shell::sections`), so customers knows none of the other domains' views.
#[derive(Clone, Copy)]
pub struct CardSections {
    /// Next steps, with the forms that log and plan; the card's quick
    /// actions open a form through `form`.
    pub next_steps: fn(Uuid, RwSignal<Option<FormRequest>>) -> AnyView,
    pub contacts: fn(Uuid, Memo<Vec<Contact>>) -> AnyView,
    pub deals: fn(Uuid) -> AnyView,
    /// Everything that happened, folded on the card.
    pub timeline: fn(Uuid) -> AnyView,
    /// Archiving the customer, under the details.
    pub archive: fn(Uuid, Signal<String>) -> AnyView,
}

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
            None => view! { <Loading label="customers-card-loading" /> }.into_any(),
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
        <Title text=t("customers-card-title") />
        <Suspense fallback=|| view! { <Loading label="customers-card-loading" /> }>
            {move || Suspend::new(async move {
                match answer.await {
                    // It exists and is ours: it arrives with the next sync.
                    Ok(()) => {
                        sync.schedule();
                        view! { <Loading label="customers-card-loading" /> }.into_any()
                    }
                    Err(AppError::Network(_)) => view! {
                        <section class="empty-state">
                            <h1>{t("customers-not-on-device")}</h1>
                            <p>{t("customers-not-on-device-hint")}</p>
                            <a class="btn" href="/customers">{t("customers-back")}</a>
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
    let i18n = use_i18n();
    let current = move || company.get().flatten();
    let Some(initial) = company.get_untracked().flatten() else {
        return ().into_any();
    };
    let id = initial.id;
    let sections = expect_context::<CardSections>();
    let contacts = Memo::new(move |_| {
        let locale = i18n.locale();
        sync.with_view(|d| d.contacts_of(id, locale))
            .unwrap_or_default()
    });
    let name = Signal::derive(move || current().map(|c| c.name).unwrap_or_default());
    // The activity form open on the card: "Log visit" above opens one too.
    let form = RwSignal::new(None::<FormRequest>);
    // A manager's device keeps a customer whole once its card is opened
    // online (see `sync::scope`).
    Effect::new(move |_| sync.keep_whole(id));

    // Phone first: who it is, the one-tap actions, what to do next, the
    // people and the open deals; what happened and the details are folded.
    view! {
        <Title text=move || current().map(|c| c.name).unwrap_or_default() />
        <nav class="breadcrumbs" aria-label=t("customers-breadcrumb")>
            <a href="/customers">{t("customers-title")}</a>
        </nav>
        <header class="card-header">
            <h1>{move || current().map(|c| c.name).unwrap_or_default()}</h1>
            {move || current().map(|c| view! { <ClassificationBadge classification=c.classification /> })}
            <span class="muted card-owner">
                {move || {
                    current()
                        .map(|c| i18n.text_with("customers-owner-line", &[("name", c.owner_name.into())]))
                        .unwrap_or_default()
                }}
            </span>
        </header>
        <QuickActions company contacts form />
        <PartlyOnDevice id />
        {(sections.next_steps)(id, form)}
        {(sections.contacts)(id, contacts)}
        {(sections.deals)(id)}
        <details class="card fold" id="timeline">
            <summary><h2>{t("customers-timeline")}</h2></summary>
            {(sections.timeline)(id)}
        </details>
        <details class="card fold" id="details">
            <summary><h2 id="company-details">{t("customers-details")}</h2></summary>
            <CompanyDetails company initial />
        </details>
        {(sections.archive)(id, name)}
    }
    .into_any()
}

/// On a manager's device, a customer not kept whole yet: that the rest is
/// being read (online), or what is missing until it can be (offline).
#[component]
fn PartlyOnDevice(id: Uuid) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let since = move || sync.with_view(|d| d.scope.map(|s| s.since)).flatten();
    move || {
        if sync.has_whole(id) {
            return None;
        }
        let text = if sync.online.get() {
            i18n.text("customers-card-reading-rest")
        } else {
            let date = since()
                .map(|at| format::date(i18n.locale(), at.date_naive()))
                .unwrap_or_default();
            i18n.text_with("customers-card-rest-offline", &[("date", date.into())])
        };
        Some(view! { <p class="notice" role="status" data-testid="partly-on-device">{text}</p> })
    }
}

/// Call, e-mail, navigate and log a visit, one tap each. The company's phone,
/// else its first contact's; the first contact with an e-mail address.
#[component]
fn QuickActions(
    company: Memo<Option<Option<Company>>>,
    contacts: Memo<Vec<Contact>>,
    form: RwSignal<Option<FormRequest>>,
) -> impl IntoView {
    let maps = maps_app();
    let i18n = use_i18n();
    let call = move || {
        let own = company.with(|c| c.clone().flatten().map(|c| c.phone).unwrap_or_default());
        tel_href(&own)
            .or_else(|| contacts.with(|list| list.iter().find_map(|c| tel_href(&c.phone))))
    };
    let mail = move || {
        contacts.with(|list| {
            list.iter()
                .find(|c| !c.email.is_empty())
                .map(|c| format!("mailto:{}", c.email))
        })
    };
    let navigate = move || {
        company.with(|c| {
            c.as_ref()
                .and_then(|c| c.as_ref())
                .and_then(|c| maps.href(&c.address))
        })
    };
    let action = move |label: &'static str,
                       icon: &'static str,
                       href: Option<String>,
                       missing: &'static str| {
        match href {
            Some(href) => {
                // Web maps open in a new tab; tel:, mailto: and geo: hand over to an app.
                let external = href.starts_with("https:");
                view! {
                    <a
                        class="action"
                        href=href
                        target=external.then_some("_blank")
                        rel=external.then_some("noopener")
                    >
                        <span class="action-icon" aria-hidden="true">{icon}</span>
                        {i18n.text(label)}
                    </a>
                }
                .into_any()
            }
            None => view! {
                <span class="action action-off" aria-disabled="true" title=i18n.text(missing)>
                    <span class="action-icon" aria-hidden="true">{icon}</span>
                    {i18n.text(label)}
                </span>
            }
            .into_any(),
        }
    };
    view! {
        <nav class="quick-actions" aria-label=t("customers-quick-actions")>
            {move || action("customers-action-call", "☎", call(), "customers-no-phone")}
            {move || action("customers-action-email", "✉", mail(), "customers-no-email")}
            {move || action("customers-action-navigate", "➤", navigate(), "customers-no-address")}
            <button
                type="button"
                class="action"
                on:click=move |_| form.set(Some(FormRequest::log(ActivityKind::Visit)))
            >
                <span class="action-icon" aria-hidden="true">"✎"</span>
                {t("customers-action-log-visit")}
            </button>
        </nav>
    }
}

/// The maps app for this device (read in the browser; the card renders there).
fn maps_app() -> MapsApp {
    #[cfg(feature = "hydrate")]
    {
        let agent = window().navigator().user_agent().unwrap_or_default();
        MapsApp::for_agent(&agent)
    }
    #[cfg(not(feature = "hydrate"))]
    MapsApp::Web
}

/// The company's fields: read, with links to call, open and navigate; or,
/// after "Edit details", each editable in place.
#[component]
fn CompanyDetails(company: Memo<Option<Option<Company>>>, initial: Company) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let current = move || company.get().flatten();
    let id = initial.id;
    let user = use_user();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let editing = RwSignal::new(false);
    let maps = maps_app();
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
                .unwrap_or_else(|| i18n.text("customers-new-owner"));
            let question = i18n.text_with(
                "customers-owner-change-confirm",
                &[
                    ("owner", company.owner_name.into()),
                    ("deals", deals.into()),
                    ("activities", activities.into()),
                    ("to", to.into()),
                ],
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
    // A choice whose options are words in the current language: rebuilt when it changes.
    let select = move |label: &'static str,
                       name: &'static str,
                       options: fn(crate::i18n::I18n) -> Vec<(String, String)>| {
        move || {
            view! {
                <EditableField
                    label=label
                    field=name
                    value=val(name)
                    kind=InputKind::Select(options(i18n))
                    save=field(name)
                />
            }
        }
    };
    let read = move || {
        let c = current()?;
        let text = |label: &'static str, value: String| {
            view! {
                <div class="detail">
                    <dt>{i18n.text(label)}</dt>
                    <dd>{if value.is_empty() { i18n.text("customers-not-set") } else { value }}</dd>
                </div>
            }
            .into_any()
        };
        let link = |label: &'static str, value: String, href: Option<String>| match href {
            Some(href) => {
                let external = href.starts_with("http");
                view! {
                    <div class="detail">
                        <dt>{i18n.text(label)}</dt>
                        <dd>
                            <a
                                href=href
                                target=external.then_some("_blank")
                                rel=external.then_some("noopener")
                            >
                                {value}
                            </a>
                        </dd>
                    </div>
                }
                .into_any()
            }
            None => text(label, value),
        };
        let website = (!c.website.is_empty()).then(|| {
            if c.website.contains("://") {
                c.website.clone()
            } else {
                format!("https://{}", c.website)
            }
        });
        Some(view! {
            <dl class="fields readonly-fields">
                {text("customers-field-industry", c.industry.clone())}
                {text("customers-field-segment", c.segment.clone())}
                {text("customers-field-classification", i18n.text(classification_key(c.classification)))}
                {text("customers-field-source", i18n.text(source_key(c.source)))}
                {text("customers-field-payment-terms", i18n.text(payment_terms_key(c.payment_terms)))}
                {text("customers-field-tags", c.tags.join(", "))}
                {link("customers-field-phone", c.phone.clone(), tel_href(&c.phone))}
                {link("customers-field-website", c.website.clone(), website)}
                {link("customers-field-address", c.address.clone(), maps.href(&c.address))}
                {text("customers-field-owner", c.owner_name.clone())}
            </dl>
        })
    };
    view! {
        <div class="details-tools">
            <button
                type="button"
                class="btn"
                aria-pressed=move || editing.get().to_string()
                on:click=move |_| editing.update(|e| *e = !*e)
            >
                {move || i18n.text(if editing.get() { "customers-done-editing" } else { "customers-edit-details" })}
            </button>
        </div>
        <Show when=move || editing.get() fallback=read>
            <dl class="fields">
                <EditableField label="customers-field-name" field="name" value=val("name") save=field("name") />
                <EditableField label="customers-field-industry" field="industry" value=val("industry") save=field("industry") />
                <EditableField label="customers-field-segment" field="segment" value=val("segment") save=field("segment") />
                {select("customers-field-classification", "classification", classification_options)}
                {select("customers-field-source", "source", source_options)}
                {select("customers-field-payment-terms", "payment_terms", payment_terms_options)}
                <EditableField label="customers-field-tags" field="tags" value=val("tags") save=field("tags") empty_label="customers-no-tags" />
                <EditableField label="customers-field-phone" field="phone" value=val("phone") kind=InputKind::Tel save=field("phone") />
                <EditableField label="customers-field-website" field="website" value=val("website") kind=InputKind::Url save=field("website") />
                <EditableField label="customers-field-address" field="address" value=val("address") kind=InputKind::Multiline save=field("address") />
                {if is_manager {
                    let options: Vec<(String, String)> = team
                        .get_untracked()
                        .into_iter()
                        .map(|m| (m.id.to_string(), m.name))
                        .collect();
                    view! {
                        <EditableField
                            label="customers-field-owner"
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
                            <dt>{t("customers-field-owner")}</dt>
                            <dd><span class="editable-value readonly">{initial.owner_name.clone()}</span></dd>
                        </div>
                    }
                    .into_any()
                }}
            </dl>
        </Show>
        <p class="muted small card-times">
            {move || current().map(|c| {
                let locale = i18n.locale();
                i18n.text_with(
                    "customers-created-updated",
                    &[
                        ("created", moment(locale, c.created_at).into()),
                        ("updated", moment(locale, c.updated_at).into()),
                    ],
                )
            })}
        </p>
    }
}
