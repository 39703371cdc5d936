//! Where keyboard focus goes when the page changes under it: a route change,
//! a closed editor, a dialog opening and closing. Without these, focus falls
//! to `<body>` and a keyboard or screen-reader user starts over at the top.

use leptos::prelude::*;

#[cfg(feature = "hydrate")]
thread_local! {
    /// What had focus when the open dialog opened (one dialog at a time).
    static OPENER: std::cell::RefCell<Option<web_sys::Element>> = const { std::cell::RefCell::new(None) };
}

/// Elements a Tab key press can reach inside a dialog.
#[cfg(feature = "hydrate")]
const TABBABLE: &str =
    "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), \
     textarea:not([disabled]), summary, [tabindex]:not([tabindex='-1'])";

/// Focuses the element with this id once it is in the DOM (the next frame).
pub fn focus_id_soon(id: String) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            focus(&el);
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

/// Focuses a button once it is (back) in the DOM: the next frame.
pub fn focus_soon(button: NodeRef<leptos::html::Button>) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        if let Some(el) = button.get_untracked() {
            let _ = el.focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = button;
}

/// Focuses the page's heading, making it focusable from script only (it is
/// not a Tab stop). Skipped while a dialog is open: the dialog has focus.
/// Returns whether there was a heading to focus.
#[cfg(feature = "hydrate")]
pub fn focus_heading() -> bool {
    let doc = document();
    if dialog_open() {
        return true;
    }
    match doc.query_selector("#main h1").ok().flatten() {
        Some(h1) => {
            if !h1.has_attribute("tabindex") {
                let _ = h1.set_attribute("tabindex", "-1");
            }
            focus(&h1);
            true
        }
        None => false,
    }
}

#[cfg(feature = "hydrate")]
fn dialog_open() -> bool {
    document()
        .query_selector("[role='dialog'][aria-modal='true']")
        .ok()
        .flatten()
        .is_some()
}

#[cfg(feature = "hydrate")]
pub fn focus(el: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// Keeps focus in a modal dialog while it is shown: focus moves in when it
/// opens, Tab and Shift+Tab cycle within it, Escape closes it wherever focus
/// is (unless something inside handled Escape first, like an open editor),
/// and on close focus returns to what opened it, or to `fallback` (a
/// selector) when that is gone, as when the dialog came from another page.
pub fn modal_focus(
    dialog: NodeRef<leptos::html::Aside>,
    close: Callback<()>,
    fallback: Option<String>,
) {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;

        let opener = document()
            .active_element()
            .filter(|el| el.tag_name() != "BODY");
        OPENER.with_borrow_mut(|o| *o = opener);
        Effect::new(move || {
            if let Some(el) = dialog.get() {
                let el: &web_sys::Element = &el;
                focus(el);
            }
        });
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.default_prevented() {
                return;
            }
            let Some(panel) = dialog.get_untracked() else {
                return;
            };
            let panel: web_sys::Element = panel.into();
            match ev.key().as_str() {
                "Escape" => {
                    ev.prevent_default();
                    close.run(());
                }
                "Tab" => {
                    let Ok(found) = panel.query_selector_all(TABBABLE) else {
                        return;
                    };
                    let stops: Vec<web_sys::Element> = (0..found.length())
                        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::Element>().ok())
                        .filter(|el| {
                            el.dyn_ref::<web_sys::HtmlElement>()
                                .is_some_and(|h| h.offset_parent().is_some())
                        })
                        .collect();
                    let (Some(first), Some(last)) = (stops.first(), stops.last()) else {
                        ev.prevent_default();
                        return;
                    };
                    let active = document().active_element();
                    let inside = active
                        .as_ref()
                        .is_some_and(|a| panel.contains(Some(a.as_ref())));
                    let at = |el: &web_sys::Element| active.as_ref() == Some(el);
                    let on_panel = active.as_ref() == Some(&panel);
                    if ev.shift_key() && (at(first) || on_panel || !inside) {
                        ev.prevent_default();
                        focus(last);
                    } else if !ev.shift_key() && (at(last) || !inside) {
                        ev.prevent_default();
                        focus(first);
                    }
                }
                _ => {}
            }
        });
        // A click outside (on the page behind) must not leave focus there either.
        let focus_in = window_event_listener(leptos::ev::focusin, move |ev| {
            let Some(panel) = dialog.get_untracked() else {
                return;
            };
            let panel: web_sys::Element = panel.into();
            let target = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            if !panel.contains(target.as_ref()) {
                focus(&panel);
            }
        });
        let path = window().location().pathname().unwrap_or_default();
        on_cleanup(move || {
            keys.remove();
            focus_in.remove();
            let opener = OPENER.with_borrow_mut(Option::take);
            request_animation_frame(move || {
                // Left for another page: that page's heading takes focus.
                if window().location().pathname().unwrap_or_default() != path {
                    return;
                }
                let back = opener.filter(|el| el.is_connected()).or_else(|| {
                    fallback.and_then(|f| document().query_selector(&f).ok().flatten())
                });
                match back {
                    Some(el) => focus(&el),
                    None => {
                        focus_heading();
                    }
                }
            });
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (dialog, close, fallback);
}
