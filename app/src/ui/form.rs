//! Labelled inputs that show their field's validation message. `label` and
//! `placeholder` are message keys (see `i18n`).

use leptos::prelude::*;

use crate::{error::FieldErrors, i18n::use_i18n};

#[component]
pub fn TextInput(
    label: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    errors: RwSignal<FieldErrors>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] required: bool,
    #[prop(optional)] placeholder: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] autocomplete: &'static str,
    /// Keeps ids unique when one form is repeated on a page (one per row).
    #[prop(optional, into)]
    id_prefix: String,
) -> impl IntoView {
    let id = format!("{id_prefix}field-{name}");
    let error_id = format!("{id}-error");
    let i18n = use_i18n();
    // A closure, not a Memo: under async SSR a form's own reactive nodes can
    // be gone before its HTML is written (the errors signal is its parent's).
    let error = move || errors.with(|e| e.get(name).map(|text| i18n.show(text)));
    let label = move || i18n.text(label);
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                name=name
                rows="3"
                placeholder=move || (!placeholder.is_empty()).then(|| i18n.text(placeholder))
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                name=name
                type=kind
                placeholder=move || (!placeholder.is_empty()).then(|| i18n.text(placeholder))
                autocomplete=autocomplete
                required=required
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=error_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=move || error().is_some()>
            <label for=id>{label} {required.then_some(view! { <span class="required">" *"</span> })}</label>
            {input}
            <p class="field-error" id=error_id>{error}</p>
        </div>
    }
}

#[component]
pub fn SelectInput(
    label: &'static str,
    name: &'static str,
    value: RwSignal<String>,
    options: Vec<(String, String)>,
    errors: RwSignal<FieldErrors>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let i18n = use_i18n();
    // A closure, not a Memo: under async SSR a form's own reactive nodes can
    // be gone before its HTML is written (the errors signal is its parent's).
    let error = move || errors.with(|e| e.get(name).map(|text| i18n.show(text)));
    let label = move || i18n.text(label);
    view! {
        <div class="field" class:has-error=move || error().is_some()>
            <label for=id.clone()>{label}</label>
            <select
                id=id
                name=name
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {options
                    .into_iter()
                    .map(|(v, l)| {
                        let selected = value.get_untracked() == v;
                        view! { <option value=v selected=selected>{l}</option> }
                    })
                    .collect_view()}
            </select>
            <p class="field-error">{error}</p>
        </div>
    }
}
