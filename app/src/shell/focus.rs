//! Focus across pages: a skip link past the bars, and the new page's heading
//! taking focus after each route change (a screen reader announces it, and
//! Tab continues from the page instead of from the top of the document).

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::i18n::t;

/// The first Tab stop: straight to the page, past the bars.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=move |ev| {
                // The router would treat it as a navigation; focusing is all it takes.
                ev.prevent_default();
                #[cfg(feature = "hydrate")]
                if let Some(main) = document().get_element_by_id("main") {
                    crate::ui::focus(&main);
                }
            }
        >
            {t("shell-skip-to-content")}
        </a>
    }
}

/// After the path changes (not on the first load, and not for a query change
/// such as opening a deal), focus the new page's heading once it is drawn.
pub fn focus_heading_on_route_change() {
    let path = use_location().pathname;
    Effect::new(move |previous: Option<String>| {
        let now = path.get();
        if previous.is_some_and(|p| p != now) {
            #[cfg(feature = "hydrate")]
            wait_for_heading(0, document().active_element());
        }
        now
    });
}

/// Frames to wait for a page still loading before focusing its heading anyway.
#[cfg(feature = "hydrate")]
const PATIENCE: u32 = 30;
/// Frames after which a page with no heading at all is left alone.
#[cfg(feature = "hydrate")]
const GIVE_UP: u32 = 120;

/// `before` had focus when the route changed (the link that was followed).
#[cfg(feature = "hydrate")]
fn wait_for_heading(frame: u32, before: Option<web_sys::Element>) {
    request_animation_frame(move || {
        let doc = document();
        // The user has moved on (typing, or focused something on the new page):
        // leave focus where they put it.
        if let Some(active) = doc.active_element() {
            let moved = active.tag_name() != "BODY" && Some(&active) != before.as_ref();
            if moved {
                return;
            }
        }
        let loading = doc
            .query_selector("#main .loading")
            .ok()
            .flatten()
            .is_some();
        let has_heading = doc.query_selector("#main h1").ok().flatten().is_some();
        if has_heading && (!loading || frame >= PATIENCE) {
            crate::ui::focus_heading();
        } else if frame < GIVE_UP {
            wait_for_heading(frame + 1, before);
        }
    });
}
