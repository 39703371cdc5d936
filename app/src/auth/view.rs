use leptos::prelude::*;
use leptos_meta::Title;

use crate::shell::Session;

#[component]
pub fn LoginPage() -> impl IntoView {
    let session = expect_context::<Session>();
    let login = session.login;
    let error_for = move |field: &'static str| {
        move || {
            login.value().get().and_then(Result::err).map(|err| {
                err.field_errors()
                    .and_then(|f| f.get(field))
                    .map(str::to_string)
                    .unwrap_or_else(|| {
                        if field == "password" {
                            err.to_string()
                        } else {
                            String::new()
                        }
                    })
            })
        }
    };
    view! {
        <Title text="Sign in" />
        <section class="login-card">
            <h1>"Sign in to Fieldbook"</h1>
            <p class="muted">"Your customers, deals and follow-ups, online or not."</p>
            <ActionForm action=login>
                <div class="field">
                    <label for="login-email">"Email"</label>
                    <input
                        id="login-email"
                        type="email"
                        name="email"
                        autocomplete="username"
                        inputmode="email"
                        required
                    />
                    <p class="field-error">{error_for("email")}</p>
                </div>
                <div class="field">
                    <label for="login-password">"Password"</label>
                    <input
                        id="login-password"
                        type="password"
                        name="password"
                        autocomplete="current-password"
                        required
                    />
                    <p class="field-error" role="alert">{error_for("password")}</p>
                </div>
                <button type="submit" class="btn btn-primary btn-block" disabled=move || login.pending().get()>
                    {move || if login.pending().get() { "Signing in…" } else { "Sign in" }}
                </button>
            </ActionForm>
        </section>
    }
}
