//! The board's client state: the open deals on screen, and the optimistic
//! operations that change them before the server answers.

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use uuid::Uuid;

use crate::{
    auth::model::TeamMember,
    deals::{
        api::move_deal,
        model::{apply_move, Deal, DealMove, DealStatus},
    },
    pipelines::model::Pipeline,
};

/// Height of one card slot in a column (card + gap), in CSS pixels. Columns are
/// virtualized on this fixed height: only the cards in view are in the DOM.
pub const ROW: f64 = 112.0;

/// A card being dragged, and where it would land.
#[derive(Debug, Clone, PartialEq)]
pub struct Drag {
    pub deal_id: Uuid,
    pub x: f64,
    pub y: f64,
    /// Where the card was grabbed, relative to its top-left corner.
    pub grab_x: f64,
    pub grab_y: f64,
    pub width: f64,
    /// (stage, index among the column's other cards).
    pub over: Option<(Uuid, usize)>,
}

#[derive(Clone, Copy)]
pub struct BoardCtx {
    pub pipeline: StoredValue<Pipeline>,
    pub team: StoredValue<Vec<TeamMember>>,
    /// Open deals of the pipeline in board order (stage, then position).
    pub deals: RwSignal<Vec<Deal>>,
    /// Only this owner's deals are shown (a rep's own, or a manager's filter).
    pub owner_filter: Option<Uuid>,
    pub drag: RwSignal<Option<Drag>>,
    /// Set while a drop is settling so the click that ends a drag does not open the card.
    pub suppress_click: StoredValue<bool>,
    /// A message for everyone (toast) and for screen readers (live region).
    pub notice: RwSignal<Option<String>>,
    pub announce: RwSignal<String>,
    /// The server's clock when the board was read, so server and browser agree on rotting.
    pub as_of: DateTime<Utc>,
}

impl BoardCtx {
    pub fn stage_name(&self, id: Uuid) -> String {
        self.pipeline.with_value(|p| {
            p.stage(id)
                .map(|s| s.name.clone())
                .unwrap_or_else(|| "another stage".into())
        })
    }

    /// The ids of a column's deals, in order, without `except`.
    pub fn column_ids(&self, stage: Uuid, except: Option<Uuid>) -> Vec<Uuid> {
        self.deals.with_untracked(|deals| {
            deals
                .iter()
                .filter(|d| d.stage_id == Some(stage) && Some(d.id) != except)
                .map(|d| d.id)
                .collect()
        })
    }

    /// Shows a move at once, saves it, and puts the card back if the server refuses.
    pub fn move_deal(&self, mv: DealMove) {
        let before = self.deals.get_untracked();
        let mut moved = false;
        self.deals
            .update(|deals| moved = apply_move(deals, &mv, Utc::now()));
        if !moved {
            return;
        }
        let title = before
            .iter()
            .find(|d| d.id == mv.deal_id)
            .map(|d| d.title.clone())
            .unwrap_or_default();
        self.announce.set(format!(
            "Moved {title} to {}.",
            self.stage_name(mv.stage_id)
        ));
        let ctx = *self;
        spawn_local(async move {
            match move_deal(mv).await {
                Ok(saved) => ctx.upsert(saved),
                Err(error) => {
                    ctx.deals.set(before);
                    ctx.notice
                        .set(Some(format!("“{title}” was put back: {error}")));
                }
            }
        });
    }

    /// Puts a saved deal where it belongs: updated in place, added on top of its
    /// column, or removed when it is closed or no longer matches the board.
    pub fn upsert(&self, deal: Deal) {
        let belongs = deal.status == DealStatus::Open
            && deal.pipeline_id == self.pipeline.with_value(|p| p.id)
            && self.owner_filter.is_none_or(|o| o == deal.owner_id);
        self.deals.update(|deals| {
            let existing = deals.iter().position(|d| d.id == deal.id);
            match (existing, belongs) {
                (Some(i), true) if deals[i].stage_id == deal.stage_id => deals[i] = deal,
                (Some(i), _) => {
                    deals.remove(i);
                    if belongs {
                        insert_on_top(deals, deal);
                    }
                }
                (None, true) => insert_on_top(deals, deal),
                (None, false) => {}
            }
        });
    }

    pub fn remove(&self, id: Uuid) {
        self.deals.update(|deals| deals.retain(|d| d.id != id));
    }
}

fn insert_on_top(deals: &mut Vec<Deal>, deal: Deal) {
    let at = deals
        .iter()
        .position(|d| d.stage_id == deal.stage_id)
        .unwrap_or(deals.len());
    deals.insert(at, deal);
}
