//! Edit a field where it is shown: click (or Enter on) the value, change it,
//! Enter or Save to keep it, Escape or Cancel to leave it as it was.

use std::future::Future;

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::{focus_id_soon, focus_soon};
use crate::{
    error::AppError,
    i18n::{use_i18n, Text},
};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum InputKind {
    #[default]
    Text,
    Email,
    Tel,
    Url,
    Date,
    /// Amounts and percentages: a numeric keypad on phones, free text for separators.
    Decimal,
    Multiline,
    /// (value, label) pairs, labels in the reader's language.
    Select(Vec<(String, String)>),
}

impl InputKind {
    fn input_type(&self) -> &'static str {
        match self {
            InputKind::Email => "email",
            InputKind::Tel => "tel",
            InputKind::Url => "url",
            InputKind::Date => "date",
            _ => "text",
        }
    }

    fn input_mode(&self) -> &'static str {
        match self {
            InputKind::Decimal => "decimal",
            InputKind::Email => "email",
            InputKind::Tel => "tel",
            InputKind::Url => "url",
            _ => "text",
        }
    }

    /// What a reader sees for a stored value (a select shows its label).
    fn display(&self, value: &str) -> String {
        match self {
            InputKind::Select(options) => options
                .iter()
                .find(|(v, _)| v == value)
                .map(|(_, label)| label.clone())
                .unwrap_or_else(|| value.to_string()),
            _ => value.to_string(),
        }
    }
}

/// `save` persists the typed value and returns the stored one (servers normalize).
/// A failed save keeps the editor open with the typed text and the reason.
/// `value` may change from outside (a colleague's edit arriving): the field shows
/// it unless the user is editing, so a draft is never overwritten under their hands.
/// `label` and `empty_label` are message keys (see `i18n`).
#[component]
pub fn EditableField<F, Fut>(
    label: &'static str,
    field: &'static str,
    #[prop(into)] value: Signal<String>,
    save: F,
    #[prop(optional)] kind: InputKind,
    #[prop(optional)] readonly: bool,
    #[prop(into, default = String::from("common-not-set"))] empty_label: String,
) -> impl IntoView
where
    F: Fn(String) -> Fut + 'static,
    Fut: Future<Output = Result<String, AppError>> + 'static,
{
    let current = RwSignal::new(value.get_untracked());
    let draft = RwSignal::new(String::new());
    let editing = RwSignal::new(false);
    Effect::new(move || {
        let stored = value.get();
        if !editing.get_untracked() {
            current.set(stored);
        }
    });
    let i18n = use_i18n();
    let error = RwSignal::new(None::<Text>);
    let save = Action::new_unsync(move |value: &String| save(value.clone()));
    let kind = StoredValue::new(kind);
    let empty_label = StoredValue::new(empty_label);

    // Unique per instance: a card shows several contacts with the same fields.
    let input_id = format!("edit-{field}-{}", uuid::Uuid::new_v4().simple());
    let error_id = format!("{input_id}-error");
    // The value's button, where focus returns when the editor closes. A node
    // ref, not an id: the server's random ids are not the browser's.
    let button = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        editing.set(false);
        focus_soon(button);
    };

    Effect::new(move || {
        if let Some(result) = save.value().get() {
            match result {
                Ok(stored) => {
                    current.set(stored);
                    error.set(None);
                    close();
                }
                Err(err) => error.set(Some(err.text_for(field))),
            }
        }
    });

    let focus_id = input_id.clone();
    let start = move || {
        if readonly {
            return;
        }
        draft.set(current.get_untracked());
        error.set(None);
        editing.set(true);
        focus_id_soon(focus_id.clone());
    };
    let commit = move || {
        if draft.get_untracked() == current.get_untracked() {
            close();
        } else {
            save.dispatch(draft.get_untracked());
        }
    };
    let cancel = move || {
        error.set(None);
        close();
    };
    let on_key = move |ev: KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            // Handled: a dialog around the field stays open.
            ev.prevent_default();
            cancel();
        }
        "Enter" if !matches!(kind.get_value(), InputKind::Multiline) || ev.ctrl_key() => {
            ev.prevent_default();
            commit();
        }
        _ => {}
    };

    let described = StoredValue::new(error_id.clone());
    let editor = move || {
        let input = match kind.get_value() {
            InputKind::Select(options) => view! {
                <select
                    id=input_id.clone()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described.get_value())
                    prop:value=move || draft.get()
                    on:change=move |ev| draft.set(event_target_value(&ev))
                    on:keydown=on_key
                >
                    {options
                        .into_iter()
                        .map(|(v, l)| {
                            let selected = draft.get_untracked() == v;
                            view! { <option value=v selected=selected>{l}</option> }
                        })
                        .collect_view()}
                </select>
            }
            .into_any(),
            InputKind::Multiline => view! {
                <textarea
                    id=input_id.clone()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described.get_value())
                    rows="3"
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                    on:keydown=on_key
                ></textarea>
            }
            .into_any(),
            other => view! {
                <input
                    id=input_id.clone()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=move || error.with(Option::is_some).then(|| described.get_value())
                    type=other.input_type()
                    inputmode=other.input_mode()
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                    on:keydown=on_key
                />
            }
            .into_any(),
        };
        view! {
            <div class="editable-editor">
                <label class="sr-only" for=input_id.clone()>{move || i18n.text(label)}</label>
                {input}
                <div class="editable-actions">
                    <button
                        type="button"
                        class="btn btn-primary"
                        disabled=move || save.pending().get()
                        on:click=move |_| commit()
                    >
                        {move || i18n.text(if save.pending().get() { "common-saving" } else { "common-save" })}
                    </button>
                    <button type="button" class="btn" on:click=move |_| cancel()>
                        {move || i18n.text("common-cancel")}
                    </button>
                </div>
                <p class="field-error" id=error_id.clone() role="alert">
                    {move || error.with(|e| e.as_ref().map(|text| i18n.show(text)))}
                </p>
            </div>
        }
    };

    let shown = move || {
        let value = current.get();
        if value.trim().is_empty() {
            view! { <span class="muted">{empty_label.with_value(|key| i18n.text(key))}</span> }
                .into_any()
        } else {
            view! { <span>{kind.with_value(|k| k.display(&value))}</span> }.into_any()
        }
    };

    let display = move || {
        let start = start.clone();
        view! {
            <button
                type="button"
                node_ref=button
                class="editable-value"
                class:readonly=readonly
                disabled=readonly
                aria-label=move || {
                    i18n.text_with("common-edit-field", &[("field", i18n.text(label).into())])
                }
                on:click=move |_| start()
            >
                {shown}
            </button>
        }
    };

    view! {
        <div class="editable" data-field=field>
            <dt>{move || i18n.text(label)}</dt>
            <dd>
                {move || if editing.get() { editor().into_any() } else { display().into_any() }}
            </dd>
        </div>
    }
}
