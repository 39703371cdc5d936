//! Dragging cards with a mouse or a finger, on pointer events.
//!
//! A mouse picks a card up once it moves a few pixels; a finger picks it up after
//! a long press, so a quick swipe still scrolls the board. While a card is held,
//! touch scrolling is blocked and the board scrolls itself when the pointer nears
//! an edge. Dropping on a column (or, on a phone, on a stage tab) moves the deal.

use uuid::Uuid;

use super::state::BoardCtx;

#[cfg(feature = "hydrate")]
pub use imp::{install, press};

/// Server rendering has no pointer: these do nothing there.
#[cfg(not(feature = "hydrate"))]
pub fn press(_ctx: BoardCtx, _ev: leptos::ev::PointerEvent, _deal_id: Uuid) {}
#[cfg(not(feature = "hydrate"))]
pub fn install(_ctx: BoardCtx) {}

#[cfg(feature = "hydrate")]
mod imp {
    use std::{cell::RefCell, time::Duration};

    use leptos::ev::PointerEvent;
    use wasm_bindgen::{closure::Closure, JsCast};
    use web_sys::{AddEventListenerOptions, Element};

    use leptos::prelude::*;

    use super::*;
    use crate::deals::{
        model::DealMove,
        view::state::{Drag, ROW},
    };

    /// Long-press time before a finger picks a card up.
    const LONG_PRESS: Duration = Duration::from_millis(350);
    /// Movement that starts a mouse drag, or cancels a pending long press.
    const MOUSE_SLOP: f64 = 5.0;
    const TOUCH_SLOP: f64 = 10.0;
    /// Distance from an edge where auto-scrolling starts, and its top speed per frame.
    const EDGE: f64 = 48.0;
    const MAX_SPEED: f64 = 20.0;
    /// Frames (of 16 ms) a finger rests at an edge before a phone turns to the next stage.
    const PAGE_DWELL_FRAMES: u32 = 30;
    /// The element that scrolls the columns sideways.
    const SCROLLER: &str = ".board-columns";

    struct Press {
        deal_id: Uuid,
        pointer_id: i32,
        touch: bool,
        start_x: f64,
        start_y: f64,
        grab_x: f64,
        grab_y: f64,
        width: f64,
        timer: Option<TimeoutHandle>,
    }

    type TouchListener = Closure<dyn Fn(web_sys::TouchEvent)>;

    thread_local! {
        static PRESS: RefCell<Option<Press>> = const { RefCell::new(None) };
        static SCROLL_TIMER: RefCell<Option<IntervalHandle>> = const { RefCell::new(None) };
        static EDGE_FRAMES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
        static TOUCH_LISTENER: RefCell<Option<TouchListener>> = const { RefCell::new(None) };
    }

    /// A pointer went down on a card.
    pub fn press(ctx: BoardCtx, ev: PointerEvent, deal_id: Uuid) {
        let touch = ev.pointer_type() == "touch";
        if (!touch && ev.button() != 0) || ctx.drag.with_untracked(Option::is_some) {
            return;
        }
        let Some(card) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<Element>().ok())
        else {
            return;
        };
        let rect = card.get_bounding_client_rect();
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        let timer = touch.then(|| set_timeout_with_handle(move || begin(ctx), LONG_PRESS).ok());
        cancel_press();
        PRESS.with_borrow_mut(|p| {
            *p = Some(Press {
                deal_id,
                pointer_id: ev.pointer_id(),
                touch,
                start_x: x,
                start_y: y,
                grab_x: x - rect.left(),
                grab_y: y - rect.top(),
                width: rect.width(),
                timer: timer.flatten(),
            })
        });
    }

    fn cancel_press() {
        if let Some(press) = PRESS.with_borrow_mut(Option::take) {
            if let Some(timer) = press.timer {
                timer.clear();
            }
        }
    }

    /// Picks up the pressed card.
    fn begin(ctx: BoardCtx) {
        let Some(drag) = PRESS.with_borrow(|p| {
            p.as_ref().map(|p| Drag {
                deal_id: p.deal_id,
                x: p.start_x,
                y: p.start_y,
                grab_x: p.grab_x,
                grab_y: p.grab_y,
                width: p.width,
                over: None,
            })
        }) else {
            return;
        };
        let touch = PRESS.with_borrow(|p| p.as_ref().is_some_and(|p| p.touch));
        if touch {
            // A short buzz tells the finger the card is now held.
            let _ = window().navigator().vibrate_with_duration(15);
        }
        let over = hit(ctx, drag.x, drag.y, drag.deal_id);
        ctx.drag.set(Some(Drag { over, ..drag }));
        if let Some(body) = document().body() {
            let _ = body.class_list().add_1("is-dragging");
        }
        let handle =
            set_interval_with_handle(move || auto_scroll(ctx), Duration::from_millis(16)).ok();
        SCROLL_TIMER.with_borrow_mut(|t| *t = handle);
    }

    fn end(ctx: BoardCtx) {
        cancel_press();
        if let Some(timer) = SCROLL_TIMER.with_borrow_mut(Option::take) {
            timer.clear();
        }
        // May run after the board is gone (cleanup): then there is nothing to reset.
        let _ = ctx.drag.try_set(None);
        // Ending the drag restyles the whole page (cursor, scroll snapping): that
        // waits for the frame after the drop, so the dropped card shows first.
        request_animation_frame(move || {
            set_timeout(
                move || {
                    let dragging = ctx.drag.try_with_untracked(Option::is_some);
                    if dragging != Some(true) {
                        if let Some(body) = document().body() {
                            let _ = body.class_list().remove_1("is-dragging");
                        }
                    }
                },
                Duration::ZERO,
            )
        });
    }

    fn on_move(ctx: BoardCtx, ev: PointerEvent) {
        let (x, y) = (f64::from(ev.client_x()), f64::from(ev.client_y()));
        if ctx.drag.with_untracked(Option::is_some) {
            ev.prevent_default();
            ctx.drag.update(|drag| {
                if let Some(d) = drag {
                    d.x = x;
                    d.y = y;
                }
            });
            update_over(ctx);
            return;
        }
        let pending = PRESS.with_borrow(|p| {
            p.as_ref()
                .filter(|p| p.pointer_id == ev.pointer_id())
                .map(|p| (p.touch, (x - p.start_x).hypot(y - p.start_y)))
        });
        match pending {
            Some((false, moved)) if moved > MOUSE_SLOP => {
                begin(ctx);
                update_over_at(ctx, x, y);
            }
            // The finger moved before the long press: it is scrolling, not dragging.
            Some((true, moved)) if moved > TOUCH_SLOP => cancel_press(),
            _ => {}
        }
    }

    fn update_over_at(ctx: BoardCtx, x: f64, y: f64) {
        ctx.drag.update(|drag| {
            if let Some(d) = drag {
                d.x = x;
                d.y = y;
            }
        });
        update_over(ctx);
    }

    fn update_over(ctx: BoardCtx) {
        let Some((x, y, id, over)) = ctx
            .drag
            .with_untracked(|d| d.as_ref().map(|d| (d.x, d.y, d.deal_id, d.over)))
        else {
            return;
        };
        let now = hit(ctx, x, y, id);
        if now != over {
            ctx.drag.update(|d| {
                if let Some(d) = d {
                    d.over = now;
                }
            });
        }
    }

    fn on_up(ctx: BoardCtx) {
        let Some(drag) = ctx.drag.get_untracked() else {
            cancel_press();
            return;
        };
        end(ctx);
        ctx.suppress_click.set_value(true);
        set_timeout(
            move || ctx.suppress_click.set_value(false),
            Duration::from_millis(50),
        );
        let Some((stage_id, index)) = drag.over else {
            return;
        };
        let column = ctx.column_ids(stage_id, None);
        // Where it was: in front of the deal after it, if it is from this column.
        let current = column
            .iter()
            .position(|id| *id == drag.deal_id)
            .map(|i| column.get(i + 1).copied());
        let before_id = column
            .iter()
            .filter(|id| **id != drag.deal_id)
            .nth(index)
            .copied();
        // Dropped where it already was.
        if current == Some(before_id) {
            return;
        }
        ctx.move_deal(DealMove {
            deal_id: drag.deal_id,
            stage_id,
            before_id,
        });
    }

    fn elements(selector: &str) -> Vec<Element> {
        let Ok(list) = document().query_selector_all(selector) else {
            return Vec::new();
        };
        (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<Element>().ok())
            .collect()
    }

    fn contains(el: &Element, x: f64, y: f64) -> bool {
        let r = el.get_bounding_client_rect();
        r.width() > 0.0 && x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom()
    }

    fn stage_of(el: &Element, attr: &str) -> Option<Uuid> {
        el.get_attribute(attr)
            .and_then(|s| Uuid::parse_str(&s).ok())
    }

    /// The stage and slot under the pointer.
    fn hit(ctx: BoardCtx, x: f64, y: f64, dragged: Uuid) -> Option<(Uuid, usize)> {
        // Stage tabs (phones): dropping on one puts the deal on top of that stage.
        if let Some(stage) = elements("[data-stage-tab]")
            .iter()
            .find(|tab| contains(tab, x, y))
            .and_then(|tab| stage_of(tab, "data-stage-tab"))
        {
            return Some((stage, 0));
        }
        let column = elements("[data-stage-column]").into_iter().find(|col| {
            let r = col.get_bounding_client_rect();
            r.width() > 0.0 && x >= r.left() && x <= r.right()
        })?;
        let stage = stage_of(&column, "data-stage-column")?;
        let body = column.query_selector(".column-body").ok().flatten()?;
        let rect = body.get_bounding_client_rect();
        let offset = (y - rect.top() + f64::from(body.scroll_top())).max(0.0);
        let len = ctx.column_ids(stage, Some(dragged)).len();
        let index = (offset / ROW + 0.5).floor() as usize;
        Some((stage, index.min(len)))
    }

    /// Scrolls the board sideways, or the column under the pointer up or down,
    /// while a held card is near an edge.
    fn auto_scroll(ctx: BoardCtx) {
        let Some((x, y)) = ctx.drag.with_untracked(|d| d.as_ref().map(|d| (d.x, d.y))) else {
            return;
        };
        let speed = |depth: f64| (depth / EDGE).clamp(0.0, 1.0) * MAX_SPEED;
        let mut scrolled = false;
        if let Some(board) = document().query_selector(SCROLLER).ok().flatten() {
            let r = board.get_bounding_client_rect();
            let depth = if x < r.left() + EDGE {
                -(r.left() + EDGE - x)
            } else if x > r.right() - EDGE {
                x - (r.right() - EDGE)
            } else {
                0.0
            };
            let width = board.client_width();
            let paged = elements("[data-stage-column]")
                .first()
                .is_some_and(|c| c.client_width() * 10 >= width * 9);
            if depth == 0.0 {
                EDGE_FRAMES.set(0);
            } else if paged {
                // Phones show one stage per screen: turn a page after a short dwell,
                // so the rep sees each stage go by and can stop on the right one.
                let frames = EDGE_FRAMES.get() + 1;
                EDGE_FRAMES.set(frames);
                if frames.is_multiple_of(PAGE_DWELL_FRAMES) {
                    let step = if depth < 0.0 { -width } else { width };
                    let page = (board.scroll_left() + step + width / 2) / width.max(1);
                    board.set_scroll_left(page * width);
                    scrolled = true;
                }
            } else {
                let dx = depth.signum() * speed(depth.abs());
                board.set_scroll_left(board.scroll_left() + dx.round() as i32);
                scrolled = true;
            }
        }
        if let Some(body) = elements("[data-stage-column] .column-body")
            .into_iter()
            .find(|b| {
                let r = b.get_bounding_client_rect();
                x >= r.left() && x <= r.right()
            })
        {
            let r = body.get_bounding_client_rect();
            let dy = if y < r.top() + EDGE && y >= r.top() - EDGE {
                -speed(r.top() + EDGE - y)
            } else if y > r.bottom() - EDGE {
                speed(y - (r.bottom() - EDGE))
            } else {
                0.0
            };
            if dy != 0.0 {
                body.set_scroll_top(body.scroll_top() + dy.round() as i32);
                scrolled = true;
            }
        }
        if scrolled {
            update_over(ctx);
        }
    }

    /// Listens for pointer moves and releases on the whole window while the board is shown.
    pub fn install(ctx: BoardCtx) {
        let on_move_handle =
            window_event_listener(leptos::ev::pointermove, move |ev| on_move(ctx, ev));
        let up = window_event_listener(leptos::ev::pointerup, move |_| on_up(ctx));
        let cancel = window_event_listener(leptos::ev::pointercancel, move |_| end(ctx));
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" && ctx.drag.with_untracked(Option::is_some) {
                end(ctx);
            }
        });
        // Touch scrolling must be blocked while a card is held; window listeners are
        // passive unless told otherwise, and a passive one cannot block it.
        let touch_move: TouchListener = Closure::new(move |ev: web_sys::TouchEvent| {
            if ctx.drag.with_untracked(Option::is_some) {
                ev.prevent_default();
            }
        });
        let options = AddEventListenerOptions::new();
        options.set_passive(false);
        let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
            "touchmove",
            touch_move.as_ref().unchecked_ref(),
            &options,
        );
        TOUCH_LISTENER.with_borrow_mut(|l| *l = Some(touch_move));
        on_cleanup(move || {
            on_move_handle.remove();
            up.remove();
            cancel.remove();
            keys.remove();
            if let Some(listener) = TOUCH_LISTENER.with_borrow_mut(Option::take) {
                let _ = window().remove_event_listener_with_callback(
                    "touchmove",
                    listener.as_ref().unchecked_ref(),
                );
            }
            end(ctx);
        });
    }
}
