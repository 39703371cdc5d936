//! The pipeline board page: filters, stage tabs, columns, and the panels on top.

use chrono::Utc;
use leptos::{html::Div, prelude::*};
use leptos_meta::Title;
use leptos_router::hooks::{use_navigate, use_query_map};
use uuid::Uuid;

use super::{
    column::Column,
    drag,
    new::NewDealPanel,
    panel::DealPanel,
    state::{columns_of, BoardCtx, ROW},
    BoardLinks,
};
use crate::{
    auth::current::use_user,
    deals::model::{Board, BoardQuery},
    i18n::{format, t, use_i18n},
    sync::client::use_sync,
    ui::Loading,
};

fn parse_id(value: Option<String>) -> Option<Uuid> {
    value.and_then(|v| Uuid::parse_str(&v).ok())
}

#[component]
pub fn BoardPage() -> impl IntoView {
    let sync = use_sync();
    let user = use_user();
    let query = use_query_map();
    // The board reloads only when its filters change, not when a panel opens.
    let filter = Memo::new(move |_| query.with(|q| (q.get("pipeline"), q.get("owner"))));
    let board = Memo::new(move |_| {
        // The data is on the device: the server renders the loading state, and
        // a render it cancelled may have disposed the filter already.
        if !sync.ready.get() {
            return None;
        }
        let (pipeline, owner) = filter.try_get()?;
        let user = user.get()?;
        let query = BoardQuery {
            pipeline_id: parse_id(pipeline),
            owner_id: parse_id(owner.clone()),
            mine: owner.as_deref() == Some("me"),
        };
        sync.with_view(|data| data.board(&query, &user, Utc::now()))
    });
    // Columns, filters and pickers are rebuilt only when the board's shape changes;
    // new data within the same shape flows into the open board.
    let shape = Memo::new(move |_| {
        board.with(|b| {
            b.as_ref().map(|b| {
                (
                    b.pipelines.clone(),
                    b.pipeline.clone(),
                    b.team.clone(),
                    b.owner_filter,
                )
            })
        })
    });
    view! {
        <Title text=t("deals-board-title") />
        {move || match (shape.get(), board.get_untracked()) {
            (Some(_), Some(current)) => view! { <BoardView board=current live=board /> }.into_any(),
            _ => view! { <Loading label="deals-loading-board" /> }.into_any(),
        }}
    }
}

#[component]
fn BoardView(board: Board, live: Memo<Option<Board>>) -> impl IntoView {
    let user = use_user();
    let sync = use_sync();
    let i18n = use_i18n();
    let is_manager = user.get_untracked().is_some_and(|u| u.is_manager());
    let query = use_query_map();
    let navigate = use_navigate();
    let go = Callback::new(move |url: String| navigate(&url, Default::default()));
    let Board {
        pipelines,
        pipeline,
        deals,
        team,
        as_of,
        owner_filter: _,
    } = board;
    let owner_param = query.with_untracked(|q| q.get("owner")).unwrap_or_default();

    let Some(pipeline) = pipeline else {
        return view! {
            <section class="empty-state">
                <h1>{t("deals-no-pipelines")}</h1>
                {if is_manager {
                    view! {
                        <p>{t("deals-no-pipelines-manager")}</p>
                        <a class="btn btn-primary" href="/pipelines">{t("deals-set-up-pipelines")}</a>
                    }
                        .into_any()
                } else {
                    view! { <p>{t("deals-no-pipelines-rep")}</p> }.into_any()
                }}
            </section>
        }
        .into_any();
    };

    let links = BoardLinks {
        base: StoredValue::new(BoardLinks::base_url(pipeline.id, &owner_param)),
        go,
    };
    let deals = RwSignal::new(deals);
    let ctx = BoardCtx {
        pipeline: StoredValue::new(pipeline.clone()),
        team: StoredValue::new(team.clone()),
        deals,
        columns: columns_of(deals),
        drag: RwSignal::new(None),
        suppress_click: StoredValue::new(false),
        notice: RwSignal::new(None),
        announce: RwSignal::new(None),
        as_of,
        sync,
    };
    provide_context(ctx);
    // New data: a sync, a refusal, a colleague's change. Not the end of a drag:
    // the drop's own change reaches the data a frame later (see `Sync::submit`),
    // and refreshing before that would flick the card back for a frame.
    Effect::new(move || {
        live.with(|b| {
            if let Some(b) = b {
                ctx.refresh(&b.deals);
            }
        });
    });
    provide_context(links);
    Effect::new(move || drag::install(ctx));
    // Notices fade after a while; a new one restarts the clock.
    Effect::new(move || {
        if ctx.notice.get().is_some() {
            let shown = ctx.notice.get_untracked();
            set_timeout(
                move || {
                    if ctx.notice.try_get_untracked().flatten() == shown {
                        let _ = ctx.notice.try_set(None);
                    }
                },
                std::time::Duration::from_secs(8),
            );
        }
    });

    let pipeline_id = pipeline.id;
    let pipeline_options = pipelines
        .into_iter()
        .map(|p| {
            let selected = p.id == pipeline_id;
            view! { <option value=p.id.to_string() selected=selected>{p.name}</option> }
        })
        .collect_view();
    let owner_for_select = owner_param.clone();
    let on_pipeline = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        go.run(BoardLinks::base_url_parsed(&id, &owner_for_select));
    };
    let pipeline_for_owner = pipeline_id;
    let on_owner = move |ev: leptos::ev::Event| {
        go.run(BoardLinks::base_url(
            pipeline_for_owner,
            &event_target_value(&ev),
        ));
    };
    let owner_filter_view = is_manager.then(|| {
        let current = owner_param.clone();
        let options = team
            .iter()
            .filter(|m| Some(m.id) != user.get_untracked().map(|u| u.id))
            .map(|m| {
                let value = m.id.to_string();
                let selected = value == current;
                view! { <option value=value selected=selected>{m.name.clone()}</option> }
            })
            .collect_view();
        view! {
            <label class="toolbar-field">
                <span class="sr-only">{t("deals-owner-filter")}</span>
                <select on:change=on_owner aria-label=t("deals-owner-filter")>
                    <option value="" selected=current.is_empty()>{t("deals-owner-everyone")}</option>
                    <option value="me" selected=current == "me">{t("deals-owner-me")}</option>
                    {options}
                </select>
            </label>
        }
    });

    let scroller = NodeRef::<Div>::new();
    let active = RwSignal::new(0usize);
    let stages = pipeline.stages.clone();
    let stage_count = stages.len();
    let show_stage = move |i: usize| {
        if let Some(el) = scroller.get_untracked() {
            el.set_scroll_left(el.client_width() * i as i32);
        }
        active.set(i);
    };
    let tab_strip = NodeRef::<leptos::html::Nav>::new();
    // Keep the current stage's tab in view as the rep swipes through stages.
    Effect::new(move || {
        let i = active.get();
        #[cfg(feature = "hydrate")]
        if let Some(strip) = tab_strip.get_untracked() {
            use wasm_bindgen::JsCast;
            if let Some(tab) = strip
                .children()
                .item(i as u32)
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            {
                strip.set_scroll_left(tab.offset_left() - 16);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (i, tab_strip);
    });
    let tabs = stages
        .iter()
        .enumerate()
        .map(|(i, stage)| {
            let id = stage.id;
            let count = Memo::new(move |_| {
                ctx.columns
                    .with(|columns| columns.get(&id).map_or(0, Vec::len))
            });
            view! {
                <button
                    type="button"
                    class="stage-tab"
                    role="tab"
                    aria-selected=move || (active.get() == i).to_string()
                    data-stage-tab=id.to_string()
                    on:click=move |_| show_stage(i)
                >
                    {stage.name.clone()}
                    <span class="tab-count">{count}</span>
                </button>
            }
        })
        .collect_view();
    let columns = stages
        .into_iter()
        .map(|stage| view! { <Column stage /> })
        .collect_view();

    let ghost_id = Memo::new(move |_| ctx.drag.with(|d| d.as_ref().map(|d| d.deal_id)));
    let ghost = move || {
        let id = ghost_id.get()?;
        let deal = ctx
            .deals
            .with_untracked(|ds| ds.iter().find(|d| d.id == id).cloned())?;
        Some(view! {
            <div
                class="deal-card deal-ghost"
                aria-hidden="true"
                style:width=move || {
                    ctx.drag.with(|d| d.as_ref().map(|d| format!("{}px", d.width)).unwrap_or_default())
                }
                style:transform=move || {
                    ctx.drag
                        .with(|d| {
                            d.as_ref()
                                .map(|d| format!("translate({}px, {}px)", d.x - d.grab_x, d.y - d.grab_y))
                                .unwrap_or_default()
                        })
                }
            >
                <p class="deal-title">{deal.title.clone()}</p>
                <p class="deal-company">{deal.company_name.clone()}</p>
                <p class="deal-meta">
                    <span class="deal-value">
                        {move || format::money(i18n.locale(), deal.value_cents, &deal.currency)}
                    </span>
                </p>
            </div>
        })
    };

    let panel = move || {
        query.with(|q| {
            if q.get("new").is_some() {
                let company = parse_id(q.get("company"));
                Some(view! { <NewDealPanel company /> }.into_any())
            } else {
                parse_id(q.get("deal")).map(|id| view! { <DealPanel id /> }.into_any())
            }
        })
    };

    view! {
        <div class="board-page" style=format!("--row: {ROW}px")>
            <div class="toolbar">
                <h1 class="toolbar-title">{t("deals-board-title")}</h1>
                <label class="toolbar-field">
                    <span class="sr-only">{t("deals-pipeline-picker")}</span>
                    <select on:change=on_pipeline aria-label=t("deals-pipeline-picker")>{pipeline_options}</select>
                </label>
                {owner_filter_view}
                {is_manager.then(|| view! { <a class="btn btn-ghost" href="/pipelines">{t("deals-edit-stages")}</a> })}
                <button type="button" class="btn btn-primary" on:click=move |_| links.open_new(None)>
                    {t("deals-new-deal")}
                </button>
            </div>
            <p class="board-hint muted">{t("deals-board-hint")}</p>
            <nav class="stage-tabs" role="tablist" aria-label=t("deals-stages") node_ref=tab_strip>{tabs}</nav>
            <div
                class="board-columns"
                node_ref=scroller
                style=format!("--stages: {stage_count}")
                on:scroll=move |_| {
                    if let Some(el) = scroller.get_untracked() {
                        let width = el.client_width().max(1);
                        let i = ((el.scroll_left() + width / 2) / width) as usize;
                        if active.get_untracked() != i {
                            active.set(i.min(stage_count.saturating_sub(1)));
                        }
                    }
                }
            >
                {columns}
            </div>
            {ghost}
            <div class="sr-only" aria-live="polite">
                {move || ctx.announce.with(|a| a.as_ref().map(|text| i18n.show(text)))}
            </div>
            {move || {
                ctx.notice
                    .get()
                    .map(|(title, error)| {
                        let message = move || {
                            i18n.text_with(
                                "deals-put-back",
                                &[
                                    ("title", title.clone().into()),
                                    ("reason", i18n.show(&error.text()).into()),
                                ],
                            )
                        };
                        view! {
                            <div class="toast" role="alert">
                                <span>{message}</span>
                                <button type="button" class="btn btn-ghost" on:click=move |_| ctx.notice.set(None)>
                                    {t("notice-dismiss")}
                                </button>
                            </div>
                        }
                    })
            }}
            {panel}
        </div>
    }
    .into_any()
}
