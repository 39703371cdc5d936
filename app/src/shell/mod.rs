//! The HTML shell, the router, and the signed-in frame around every page.

mod bars;
mod focus;
mod more;
mod sections;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::{
    components::{Redirect, Route, Router, Routes},
    path, SsrMode,
};

use self::{
    bars::Bars,
    focus::{focus_heading_on_route_change, SkipLink},
    more::MorePage,
    sections::provide_sections,
};
use crate::{
    activities::view::{report_time_zone, MyDayPage},
    archive::view::ArchivePage,
    auth::{
        api::{get_current_user, Login, Logout, LogoutEverywhere},
        current::Session,
        view::LoginPage,
    },
    customers::view::{CompanyCardPage, CustomerListPage, NewCompanyPage},
    deals::view::BoardPage,
    forecast::view::ForecastPage,
    i18n::{page_catalog, provide_i18n, t, view::apply_device_choice, LOCALE_META, MESSAGES_META},
    offline::{
        provide_offline,
        view::{DevicePage, UpdateBanner},
    },
    pipelines::view::PipelineSettingsPage,
    search::view::SearchPage,
    sync::{client::provide_sync, view::SyncProblems},
    ui::{provide_clock, ErrorNotice, Loading},
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The page's language, chosen from the request (see `i18n`): its tag and
    // its messages go into the page, so hydration renders the same words.
    let locale = crate::i18n::request_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag()>
            <head>
                <meta charset="utf-8" />
                <meta name=LOCALE_META content=locale.tag() />
                <script type="application/json" id=MESSAGES_META inner_html=page_catalog(locale)></script>
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#1d4ed8" />
                <link rel="manifest" href="/manifest.webmanifest" />
                <link rel="apple-touch-icon" href="/icons/icon-192.png" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_i18n();
    apply_device_choice();
    let login = ServerAction::<Login>::new();
    let logout = ServerAction::<Logout>::new();
    let logout_everywhere = ServerAction::<LogoutEverywhere>::new();
    let user = Resource::new(
        move || {
            (
                login.version().get(),
                logout.version().get(),
                logout_everywhere.version().get(),
            )
        },
        |_| get_current_user(),
    );
    provide_context(Session {
        user,
        login,
        logout,
        logout_everywhere,
    });
    let sync = provide_sync();
    let offline = provide_offline();
    provide_clock();
    provide_sections();
    // The signed-in user's local copy loads (and starts syncing) once they are
    // known, and the service worker keeps their pages.
    Effect::new(move || {
        if let Some(Ok(Some(user))) = user.get() {
            offline.start(user.id);
            sync.start(user);
            report_time_zone();
        }
    });

    // Lets tests (and people debugging) tell a hydrated page from plain HTML.
    Effect::new(|| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });

    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Title formatter=|text| format!("{text} · Fieldbook") />
        // Before the router: its click handler is registered first, so the
        // router sees that click already handled (see SkipLink).
        <SkipLink />
        <Router>
            <Bars />
            <RouteFocus />
            // Focusable from script only: the skip link lands here.
            <main id="main" class="page" tabindex="-1">
                <UpdateBanner />
                <SyncProblems />
                <Routes fallback=|| view! { <NotFound /> }>
                    <Route path=path!("/") view=|| view! { <Redirect path="/customers" /> } />
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                    <Route
                        path=path!("/customers")
                        view=|| view! { <RequireUser><CustomerListPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/customers/new")
                        view=|| view! { <RequireUser><NewCompanyPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/deals")
                        view=|| view! { <RequireUser><BoardPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/today")
                        view=|| view! { <RequireUser><MyDayPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/forecast")
                        view=|| view! { <RequireUser><ForecastPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/pipelines")
                        view=|| view! { <RequireUser><PipelineSettingsPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/search")
                        view=|| view! { <RequireUser><SearchPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/device")
                        view=|| view! { <RequireUser><DevicePage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/archive")
                        view=|| view! { <RequireUser><ArchivePage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/more")
                        view=|| view! { <RequireUser><MorePage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/customers/:id")
                        view=|| view! { <RequireUser><CompanyCardPage /></RequireUser> }
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
        </Router>
    }
}

/// Needs the router's location, so it sits inside `<Router>`.
#[component]
fn RouteFocus() -> impl IntoView {
    focus_heading_on_route_change();
}

/// Renders its children for a signed-in user; sends everyone else to sign in.
#[component]
fn RequireUser(children: ChildrenFn) -> impl IntoView {
    let session = expect_context::<Session>();
    view! {
        <Suspense fallback=|| view! { <Loading /> }>
            {
                let children = children.clone();
                move || {
                    let children = children.clone();
                    Suspend::new(async move {
                        match session.user.await {
                            Ok(Some(_)) => children().into_any(),
                            Ok(None) => view! { <Redirect path="/login" /> }.into_any(),
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        }
                    })
                }
            }
        </Suspense>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("shell-not-found-title") />
        <section class="empty-state">
            <h1>{t("shell-not-found")}</h1>
            <p>{t("shell-not-found-body")}</p>
            <a class="btn btn-primary" href="/customers">{t("shell-go-to-customers")}</a>
        </section>
    }
}
