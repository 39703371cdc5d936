//! One stage column: header with totals, and a virtualized list of deal cards.

use leptos::{ev::KeyboardEvent, html::Div, prelude::*};
use uuid::Uuid;

use super::{
    drag,
    state::{BoardCtx, ROW},
    BoardLinks,
};
use crate::{
    auth::model::initials,
    deals::model::{column_totals, Deal, DealMove},
    i18n::{format, t, use_i18n},
    pipelines::model::Stage,
};

/// Cards rendered above and below the visible ones, so fast scrolling shows no gaps.
const OVERSCAN: usize = 4;
/// Assumed column height before the browser measures it (and on the server).
const INITIAL_HEIGHT: f64 = 900.0;

/// The cards of a column as laid out: the dragged card leaves, a drop slot opens.
/// Ids only: a drop re-lays out every column, and cloning 2,000 deals for that
/// was most of a drop's time on a phone.
#[derive(Debug, Clone, PartialEq)]
struct Layout {
    ids: Vec<Uuid>,
    dragged: Option<Uuid>,
    slot: Option<usize>,
}

impl Layout {
    /// The column's cards other than the dragged one, in order.
    fn placed(&self) -> impl Iterator<Item = &Uuid> {
        self.ids.iter().filter(move |id| Some(**id) != self.dragged)
    }

    /// Index of each deal among the column's cards other than the dragged one.
    fn slot_index(&self, id: Uuid) -> Option<usize> {
        self.placed().position(|d| *d == id)
    }

    fn top(&self, id: Uuid) -> f64 {
        match self.slot_index(id) {
            Some(i) => {
                let shifted = self.slot.is_some_and(|s| i >= s);
                (i + usize::from(shifted)) as f64 * ROW
            }
            None => 0.0,
        }
    }

    fn rows(&self) -> usize {
        self.placed().count() + usize::from(self.slot.is_some())
    }

    /// The cards within rows `first..=last`, and the dragged one if it is from here.
    fn visible(&self, first: usize, last: usize) -> Vec<Uuid> {
        let dragged = self.dragged.filter(|d| self.ids.contains(d));
        self.placed()
            .skip(first)
            .take(last + 1 - first)
            .copied()
            .chain(dragged)
            .collect()
    }
}

#[component]
pub fn Column(stage: Stage) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let i18n = use_i18n();
    let stage_id = stage.id;
    let probability = stage.probability;
    let ids = Memo::new(move |_| ctx.with_column(stage_id, |deals| deals.map(|d| d.id).collect()));
    let dragging = Memo::new(move |_| ctx.drag.with(|d| d.as_ref().map(|d| (d.deal_id, d.over))));
    let layout = Memo::new(move |_| {
        let (dragged, over) = dragging.get().unzip();
        Layout {
            ids: ids.get(),
            dragged,
            slot: over
                .flatten()
                .filter(|(s, _)| *s == stage_id)
                .map(|(_, i)| i),
        }
    });
    let totals =
        Memo::new(move |_| ctx.with_column(stage_id, |deals| column_totals(deals, probability)));

    let body = NodeRef::<Div>::new();
    let scroll_top = RwSignal::new(0.0);
    let height = RwSignal::new(INITIAL_HEIGHT);
    Effect::new(move || {
        if let Some(el) = body.get() {
            height.set(f64::from(el.client_height()).max(ROW));
        }
    });
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(el) = body.get_untracked() {
            height.set(f64::from(el.client_height()).max(ROW));
        }
    });
    on_cleanup(move || on_resize.remove());

    // Only the cards in view (and the one being dragged) are in the DOM.
    let window = Memo::new(move |_| {
        let top = scroll_top.get();
        let bottom = top + height.get();
        let first = ((top / ROW).floor() as usize).saturating_sub(OVERSCAN);
        let last = (bottom / ROW).ceil() as usize + OVERSCAN;
        let shown = layout.with(|l| l.visible(first, last));
        ctx.with_column(stage_id, |deals| {
            deals
                .filter(|d| shown.contains(&d.id))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    let header_totals = move || {
        let locale = i18n.locale();
        totals.with(|t| {
            let money = t
                .by_currency
                .iter()
                .map(|(c, total, _)| format::money_short(locale, *total, c))
                .collect::<Vec<_>>()
                .join(" · ");
            let weighted = t
                .by_currency
                .iter()
                .map(|(c, _, w)| format::money_short(locale, *w, c))
                .collect::<Vec<_>>()
                .join(" · ");
            (t.count, money, weighted)
        })
    };
    let name = stage.name.clone();
    let column_label = {
        let name = name.clone();
        move || i18n.text_with("deals-column-label", &[("stage", name.as_str().into())])
    };
    view! {
        <section
            class="column"
            data-stage-column=stage_id.to_string()
            aria-label=column_label
            class:drop-target=move || layout.with(|l| l.slot.is_some())
        >
            <header class="column-head">
                <h2 class="column-name">{name.clone()}</h2>
                <span class="column-count" data-testid="column-count">
                    {move || header_totals().0}
                </span>
                <p class="column-totals">
                    <span data-testid="column-total" title=t("deals-column-total")>
                        {move || {
                            let (_, money, _) = header_totals();
                            if money.is_empty() { "–".to_string() } else { money }
                        }}
                    </span>
                    <span
                        class="muted"
                        title=move || {
                            i18n.text_with("deals-column-weighted-title", &[("probability", probability.into())])
                        }
                    >
                        {move || {
                            let (_, _, weighted) = header_totals();
                            if weighted.is_empty() {
                                String::new()
                            } else {
                                i18n.text_with("deals-column-weighted", &[("amount", weighted.into())])
                            }
                        }}
                    </span>
                </p>
            </header>
            <div
                class="column-body"
                node_ref=body
                on:scroll=move |_| {
                    if let Some(el) = body.get_untracked() {
                        scroll_top.set(f64::from(el.scroll_top()));
                    }
                }
            >
                <div class="column-track" style:height=move || format!("{}px", layout.with(Layout::rows) as f64 * ROW)>
                    <Show when=move || layout.with(|l| l.ids.is_empty() && l.slot.is_none())>
                        <p class="column-empty">{t("deals-column-empty")}</p>
                    </Show>
                    <Show when=move || layout.with(|l| l.slot.is_some())>
                        <div
                            class="drop-slot"
                            style:transform=move || {
                                format!("translateY({}px)", layout.with(|l| l.slot.unwrap_or(0)) as f64 * ROW)
                            }
                        ></div>
                    </Show>
                    <For
                        each=move || window.get()
                        key=|deal| deal.id
                        children=move |deal| {
                            let id = deal.id;
                            // Kept in step with edits without re-creating the card (and losing focus).
                            // From the column's few cards in view, not every deal on the board.
                            let current = Memo::new(move |_| {
                                window.with(|ds| ds.iter().find(|d| d.id == id).cloned())
                                    .unwrap_or_else(|| deal.clone())
                            });
                            view! {
                                <DealCard
                                    deal=current
                                    stage=stage.clone()
                                    top=Signal::derive(move || layout.with(|l| l.top(id)))
                                    dragged=Signal::derive(move || layout.with(|l| l.dragged == Some(id)))
                                />
                            }
                        }
                    />
                </div>
            </div>
        </section>
    }
}

#[component]
fn DealCard(
    deal: Memo<Deal>,
    stage: Stage,
    top: Signal<f64>,
    dragged: Signal<bool>,
) -> impl IntoView {
    let ctx = expect_context::<BoardCtx>();
    let links = expect_context::<BoardLinks>();
    let i18n = use_i18n();
    let id = deal.with_untracked(|d| d.id);
    let stage = StoredValue::new(stage);
    let rotting = move || deal.with(|d| stage.with_value(|s| d.is_rotting(s, ctx.as_of)));
    let days = move || deal.with(|d| d.days_in_stage(ctx.as_of));
    let open = move || {
        if !ctx.suppress_click.get_value() {
            links.open_deal(id);
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            links.open_deal(id);
        } else if ev.alt_key() {
            if let Some(mv) = keyboard_move(ctx, id, &key) {
                ev.prevent_default();
                ctx.move_deal(mv);
                refocus(id);
            }
        }
    };
    let label = move || {
        let locale = i18n.locale();
        let key = if rotting() {
            "deals-card-label-rotting"
        } else {
            "deals-card-label"
        };
        deal.with(|d| {
            i18n.text_with(
                key,
                &[
                    ("title", d.title.as_str().into()),
                    ("company", d.company_name.as_str().into()),
                    (
                        "value",
                        format::money(locale, d.value_cents, &d.currency).into(),
                    ),
                ],
            )
        })
    };
    let owner = move || deal.with(|d| d.owner_name.clone());
    view! {
        <div
            class="deal-card"
            class:rotting=rotting
            class:is-dragged=move || dragged.get()
            role="button"
            tabindex="0"
            aria-label=label
            data-deal-id=id.to_string()
            style:transform=move || format!("translateY({}px)", top.get())
            on:pointerdown=move |ev| drag::press(ctx, ev, id)
            on:click=move |_| open()
            on:keydown=on_key
            on:contextmenu=move |ev| {
                if ctx.drag.with_untracked(Option::is_some) {
                    ev.prevent_default();
                }
            }
        >
            <p class="deal-title">{move || deal.with(|d| d.title.clone())}</p>
            <p class="deal-company">{move || deal.with(|d| d.company_name.clone())}</p>
            <p class="deal-meta">
                <span class="deal-value">
                    {move || {
                        let locale = i18n.locale();
                        deal.with(|d| format::money(locale, d.value_cents, &d.currency))
                    }}
                </span>
                <span class="deal-close">
                    {move || {
                        let locale = i18n.locale();
                        deal.with(|d| d.close_date.map(|c| format::date(locale, c)))
                    }}
                </span>
                <Show when=rotting>
                    <span
                        class="rot-marker"
                        title=move || i18n.text_with("deals-card-days-in-stage", &[("days", days().into())])
                    >
                        {move || i18n.text_with("deals-card-idle", &[("days", days().into())])}
                    </span>
                </Show>
            </p>
            <span class="avatar" title=owner>{move || initials(&owner())}</span>
        </div>
    }
}

/// Alt+Left/Right: previous/next stage (on top); Alt+Up/Down: one place up/down.
fn keyboard_move(ctx: BoardCtx, id: Uuid, key: &str) -> Option<DealMove> {
    let stage = ctx
        .deals
        .with_untracked(|d| d.iter().find(|d| d.id == id).and_then(|d| d.stage_id))?;
    let stages: Vec<Uuid> = ctx
        .pipeline
        .with_value(|p| p.stages.iter().map(|s| s.id).collect());
    let at = stages.iter().position(|s| *s == stage)?;
    let column = ctx.column_ids(stage, None);
    let here = column.iter().position(|d| *d == id)?;
    let to_stage = |s: Uuid| DealMove {
        deal_id: id,
        stage_id: s,
        before_id: ctx.column_ids(s, Some(id)).first().copied(),
    };
    match key {
        "ArrowLeft" => at.checked_sub(1).map(|i| to_stage(stages[i])),
        "ArrowRight" => stages.get(at + 1).map(|s| to_stage(*s)),
        "ArrowUp" => here.checked_sub(1).map(|i| DealMove {
            deal_id: id,
            stage_id: stage,
            before_id: Some(column[i]),
        }),
        "ArrowDown" if here + 1 < column.len() => Some(DealMove {
            deal_id: id,
            stage_id: stage,
            before_id: column.get(here + 2).copied(),
        }),
        _ => None,
    }
}

/// Keeps keyboard focus on a card after it moved (it is re-rendered in its new place).
fn refocus(id: Uuid) {
    #[cfg(feature = "hydrate")]
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Ok(Some(el)) = document().query_selector(&format!("[data-deal-id='{id}']")) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}
