use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    auth::current::Session,
    i18n::{t, use_i18n},
    ui::focus_id_soon,
};

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let login = session.login;
    let i18n = use_i18n();
    // The password field shows whatever is not about the e-mail.
    let error_for = move |field: &'static str| {
        move || {
            login.value().get().and_then(Result::err).map(|err| {
                match err.field_errors().and_then(|f| f.get(field)) {
                    Some(text) => i18n.show(text),
                    None if field == "password" => i18n.show(&err.text()),
                    None => String::new(),
                }
            })
        }
    };
    // A failed sign-in: focus goes to the reason, so it is read out and seen.
    Effect::new(move || match login.value().get() {
        Some(Ok(_)) => crate::i18n::view::follow_account_language(i18n),
        Some(Err(err)) => {
            let email_problem = err.field_errors().is_some_and(|f| f.get("email").is_some());
            let id = if email_problem {
                "login-email-error"
            } else {
                "login-password-error"
            };
            focus_id_soon(id.to_string());
        }
        None => {}
    });
    let invalid = move |field: &'static str| {
        let error = error_for(field);
        move || error().is_some_and(|e| !e.is_empty()).then_some("true")
    };
    view! {
        <Title text=t("login-title") />
        <section class="login-card">
            <h1>{t("login-heading")}</h1>
            <p class="muted">{t("login-lead")}</p>
            <ActionForm action=login>
                <div class="field">
                    <label for="login-email">{t("login-email")}</label>
                    <input
                        id="login-email"
                        type="email"
                        name="email"
                        autocomplete="username"
                        inputmode="email"
                        required
                        aria-invalid=invalid("email")
                        aria-describedby="login-email-error"
                    />
                    <p class="field-error" id="login-email-error" tabindex="-1">{error_for("email")}</p>
                </div>
                <div class="field">
                    <label for="login-password">{t("login-password")}</label>
                    <input
                        id="login-password"
                        type="password"
                        name="password"
                        autocomplete="current-password"
                        required
                        aria-invalid=invalid("password")
                        aria-describedby="login-password-error"
                    />
                    <p class="field-error" id="login-password-error" role="alert" tabindex="-1">
                        {error_for("password")}
                    </p>
                </div>
                <button type="submit" class="btn btn-primary btn-block" disabled=move || login.pending().get()>
                    {move || {
                        if login.pending().get() {
                            i18n.text("login-signing-in")
                        } else {
                            i18n.text("login-submit")
                        }
                    }}
                </button>
            </ActionForm>
        </section>
    }
}
