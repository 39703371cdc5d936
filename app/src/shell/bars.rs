//! The frame's two bars. On a phone: a slim top bar (brand and sync state) and
//! a tab bar at the bottom, under the thumb (My day, Customers, Pipeline,
//! More). On a wide screen the tabs sit in the top bar instead.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::auth::current::use_user;
use crate::{activities::view::OverdueBadge, i18n::t, sync::view::SyncStatus};

/// The four destinations of the tab bar; everything else lives under More.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    MyDay,
    Customers,
    Pipeline,
    More,
}

impl Tab {
    /// The tab a page belongs to, so a rep always sees where she is.
    pub fn of_path(path: &str) -> Option<Tab> {
        let first = path.trim_start_matches('/').split('/').next()?;
        match first {
            "today" => Some(Tab::MyDay),
            "customers" => Some(Tab::Customers),
            "deals" => Some(Tab::Pipeline),
            "more" | "forecast" | "archive" | "device" | "pipelines" => Some(Tab::More),
            _ => None,
        }
    }
}

#[component]
pub fn Bars() -> impl IntoView {
    let user = use_user();
    let path = use_location().pathname;
    let current = Memo::new(move |_| path.with(|p| Tab::of_path(p)));
    view! {
        <header class="topbar">
            <a class="brand" href="/customers" aria-label="Fieldbook">
                <span class="brand-mark" aria-hidden="true">"F"</span>
                <span class="brand-name">"Fieldbook"</span>
            </a>
            <Transition fallback=|| ()>
                {move || {
                    user.get()
                        .map(|_| {
                            view! {
                                <nav class="tabbar" aria-label=t("nav-main")>
                                    <TabLink tab=Tab::MyDay href="/today" label=t("tab-my-day") current>
                                        <OverdueBadge />
                                    </TabLink>
                                    <TabLink tab=Tab::Customers href="/customers" label=t("tab-customers") current />
                                    <TabLink tab=Tab::Pipeline href="/deals" label=t("tab-pipeline") current />
                                    <TabLink tab=Tab::More href="/more" label=t("tab-more") current />
                                </nav>
                                <a class="search-link" href="/search" aria-label=t("search-label") title=t("search-title")>"⌕"</a>
                                <a class="sync-link" href="/device" title=t("sync-link-title")>
                                    <SyncStatus />
                                </a>
                            }
                        })
                }}
            </Transition>
        </header>
    }
}

#[component]
fn TabLink(
    tab: Tab,
    href: &'static str,
    label: impl Fn() -> String + Send + Sync + 'static,
    current: Memo<Option<Tab>>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    // On the server the page is rendered once: read the tab now, while the
    // page's owner is alive (Leptos' SSR can run a closure again after it is
    // gone, and a disposed memo panics).
    #[cfg(feature = "ssr")]
    let here = {
        let now = current.try_get_untracked().flatten() == Some(tab);
        move || now
    };
    #[cfg(not(feature = "ssr"))]
    let here = move || current.get() == Some(tab);
    view! {
        <a
            class="tab-link"
            href=href
            aria-current=move || here().then_some("page")
        >
            // The label first, so the link's name starts with it ("My day 3"
            // and not "3 My day"); the stylesheet draws the icon above it.
            <span class="tab-label">{label}</span>
            <span class="tab-icon">
                {icon(tab)}
                {children.map(|c| c())}
            </span>
        </a>
    }
}

/// Simple line icons (24 × 24), drawn in the text colour.
fn icon(tab: Tab) -> impl IntoView {
    let path = match tab {
        // A calendar page.
        Tab::MyDay => "M7 3v3M17 3v3M4 8h16M5 5h14a1 1 0 0 1 1 1v13a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zM8 12h3v3H8z",
        // Two people.
        Tab::Customers => "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2.5 20c.5-3.5 3.2-6 6.5-6s6 2.5 6.5 6M16 4.5a3.5 3.5 0 0 1 0 6.5M18 14c2 .6 3.3 2.6 3.5 6",
        // Board columns.
        Tab::Pipeline => "M4 4h4v16H4zM10 4h4v11h-4zM16 4h4v7h-4z",
        // Three dots.
        Tab::More => "M5 12h.01M12 12h.01M19 12h.01",
    };
    view! {
        <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round" focusable="false" aria-hidden="true">
            <path d=path />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_lights_up_its_tab() {
        assert_eq!(Tab::of_path("/today"), Some(Tab::MyDay));
        assert_eq!(Tab::of_path("/customers"), Some(Tab::Customers));
        assert_eq!(Tab::of_path("/customers/new"), Some(Tab::Customers));
        assert_eq!(Tab::of_path("/deals"), Some(Tab::Pipeline));
        assert_eq!(Tab::of_path("/forecast"), Some(Tab::More));
        assert_eq!(Tab::of_path("/archive"), Some(Tab::More));
        assert_eq!(Tab::of_path("/device"), Some(Tab::More));
        assert_eq!(Tab::of_path("/login"), None);
        assert_eq!(Tab::of_path("/"), None);
    }
}
