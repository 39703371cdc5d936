//! The contacts section of a customer card.

use leptos::prelude::*;
use uuid::Uuid;

use super::model::{Contact, ContactPatch, NewContact};
use crate::{
    customers::model::tel_href,
    error::{AppError, FieldErrors},
    i18n::{t, use_i18n},
    sync::{client::use_sync, model::MutationOp},
    ui::{EditableField, ErrorNotice, InputKind, TextInput},
};

/// `contacts` are the company's contacts as on this device; they follow every sync.
#[component]
pub fn ContactList(company_id: Uuid, contacts: Memo<Vec<Contact>>) -> impl IntoView {
    let adding = RwSignal::new(false);
    let i18n = use_i18n();
    let on_created = move || adding.set(false);

    view! {
        <section class="card" aria-labelledby="contacts-heading">
            <div class="section-header">
                <h2 id="contacts-heading">
                    {t("customers-contacts")} " " <span class="count">{move || contacts.with(Vec::len)}</span>
                </h2>
                <button
                    type="button"
                    class="btn"
                    aria-expanded=move || adding.get().to_string()
                    on:click=move |_| adding.update(|a| *a = !*a)
                >
                    {move || i18n.text(if adding.get() { "customers-contact-close" } else { "customers-contact-add" })}
                </button>
            </div>
            <Show when=move || adding.get()>
                <NewContactForm company_id on_created />
            </Show>
            <Show when=move || contacts.with(Vec::is_empty) && !adding.get()>
                <p class="empty-state small">{t("customers-contacts-empty")}</p>
            </Show>
            <ul class="contact-list">
                <For each=move || contacts.get() key=|c| c.id let:contact>
                    <ContactItem contact contacts />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn ContactItem(contact: Contact, contacts: Memo<Vec<Contact>>) -> impl IntoView {
    let sync = use_sync();
    let i18n = use_i18n();
    let id = contact.id;
    let field = move |name: &'static str| {
        move |value: String| async move {
            let patch = ContactPatch::single(name, &value)?;
            sync.submit(MutationOp::UpdateContact { id, patch })?;
            Ok(value.trim().to_string())
        }
    };
    // Each field follows the stored contact, so a colleague's edit shows up live.
    let val = move |name: &'static str| {
        Signal::derive(move || {
            contacts.with(|list| {
                list.iter()
                    .find(|c| c.id == id)
                    .map(|c| c.field_value(name))
                    .unwrap_or_default()
            })
        })
    };
    let archive_error = RwSignal::new(None::<AppError>);
    let confirm_archive = move |_| {
        let sure = window()
            .confirm_with_message(&i18n.text("customers-contact-archive-confirm"))
            .unwrap_or(false);
        if sure {
            archive_error.set(sync.submit(MutationOp::ArchiveContact { id }).err());
        }
    };
    // Read first, with one-tap call and e-mail; "Edit" opens the fields.
    let editing = RwSignal::new(false);
    let shown = move || contacts.with(|list| list.iter().find(|c| c.id == id).cloned());
    let read = move || {
        let c = shown()?;
        let phone = tel_href(&c.phone).map(|href| {
            view! {
                <a class="contact-link" href=href>
                    <span aria-hidden="true">"☎ "</span>{c.phone.clone()}
                </a>
            }
        });
        let email = (!c.email.is_empty()).then(|| {
            view! {
                <a class="contact-link" href=format!("mailto:{}", c.email)>
                    <span aria-hidden="true">"✉ "</span>{c.email.clone()}
                </a>
            }
        });
        Some(view! {
            <div class="contact-read">
                <p class="contact-name">
                    <strong>{c.name.clone()}</strong>
                    {(!c.title.is_empty()).then(|| view! { <span class="muted">{format!(" · {}", c.title)}</span> })}
                </p>
                <div class="contact-links">{phone}{email}</div>
                {(!c.notes.is_empty()).then(|| view! { <p class="muted small">{c.notes.clone()}</p> })}
            </div>
        })
    };
    view! {
        <li class="contact" data-contact-id=id.to_string()>
            <div class="contact-head">
                <Show when=move || !editing.get() fallback=|| ()>{read}</Show>
                <button
                    type="button"
                    class="btn btn-ghost btn-small contact-edit"
                    aria-pressed=move || editing.get().to_string()
                    aria-label=move || {
                        let name = shown().map(|c| c.name).unwrap_or_default();
                        let key = if editing.get() {
                            "customers-contact-done-editing-named"
                        } else {
                            "customers-contact-edit-named"
                        };
                        i18n.text_with(key, &[("name", name.into())])
                    }
                    on:click=move |_| editing.update(|e| *e = !*e)
                >
                    {move || i18n.text(if editing.get() { "customers-contact-done" } else { "customers-contact-edit" })}
                </button>
            </div>
            <Show when=move || editing.get()>
                <dl class="fields">
                    <EditableField label="customers-field-name" field="name" value=val("name") save=field("name") />
                    <EditableField label="customers-contact-field-title" field="title" value=val("title") save=field("title") />
                    <EditableField label="customers-contact-field-email" field="email" value=val("email") kind=InputKind::Email save=field("email") />
                    <EditableField label="customers-field-phone" field="phone" value=val("phone") kind=InputKind::Tel save=field("phone") />
                    <EditableField label="customers-contact-field-notes" field="notes" value=val("notes") kind=InputKind::Multiline save=field("notes") empty_label="customers-contact-no-notes" />
                </dl>
                {move || archive_error.get().map(|error| view! { <ErrorNotice error /> })}
                <button type="button" class="btn btn-ghost btn-small" on:click=confirm_archive>
                    {t("customers-contact-archive")}
                </button>
            </Show>
        </li>
    }
}

#[component]
fn NewContactForm(
    company_id: Uuid,
    on_created: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let sync = use_sync();
    let text = || RwSignal::new(String::new());
    let (name, title, email, phone, notes) = (text(), text(), text(), text(), text());
    let errors = RwSignal::new(FieldErrors::default());
    let failure = RwSignal::new(None::<AppError>);
    let id = StoredValue::new(Uuid::new_v4());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        let contact = NewContact {
            id: id.get_value(),
            company_id,
            name: name.get_untracked(),
            title: title.get_untracked(),
            email: email.get_untracked(),
            phone: phone.get_untracked(),
            notes: notes.get_untracked(),
        }
        .normalized();
        match sync.submit(MutationOp::CreateContact(contact)) {
            Ok(()) => {
                errors.set(FieldErrors::default());
                on_created();
            }
            Err(AppError::Validation(fields)) => errors.set(fields),
            Err(other) => failure.set(Some(other)),
        }
    };
    view! {
        <form class="form contact-form" on:submit=submit novalidate aria-label=t("customers-contact-new")>
            {move || failure.get().map(|error| view! { <ErrorNotice error /> })}
            <div class="form-grid">
                <TextInput label="customers-field-name" name="name" value=name errors required=true autocomplete="name" />
                <TextInput label="customers-contact-field-title" name="title" value=title errors placeholder="customers-contact-title-placeholder" />
                <TextInput label="customers-contact-field-email" name="email" value=email errors kind="email" autocomplete="email" />
                <TextInput label="customers-field-phone" name="phone" value=phone errors kind="tel" autocomplete="tel" />
            </div>
            <TextInput label="customers-contact-field-notes" name="notes" value=notes errors multiline=true />
            <div class="form-actions">
                <button type="submit" class="btn btn-primary">{t("customers-contact-add")}</button>
            </div>
        </form>
    }
}
