//! The board's client state: the open deals on screen, and the optimistic
//! operations that change them before the server answers.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use leptos::prelude::*;
use uuid::Uuid;

use crate::{
    auth::model::TeamMember,
    deals::model::{apply_move, Deal, DealMove},
    error::AppError,
    i18n::Text,
    pipelines::model::Pipeline,
    sync::{client::Sync, model::MutationOp},
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
    /// Where each stage's deals are in `deals`, so that a column reads its own
    /// deals instead of filtering every deal on the board (see `with_column`).
    pub columns: Memo<HashMap<Uuid, Vec<usize>>>,
    pub drag: RwSignal<Option<Drag>>,
    /// Set while a drop is settling so the click that ends a drag does not open the card.
    pub suppress_click: StoredValue<bool>,
    /// A move the server's rules refused on the device (toast): the deal's
    /// title and why.
    pub notice: RwSignal<Option<(String, AppError)>>,
    /// What just happened, for screen readers (live region).
    pub announce: RwSignal<Option<Text>>,
    /// When the board was read (deals rot relative to it).
    pub as_of: DateTime<Utc>,
    pub sync: Sync,
}

/// Indexes `deals` by stage, keeping their order.
pub fn columns_of(deals: RwSignal<Vec<Deal>>) -> Memo<HashMap<Uuid, Vec<usize>>> {
    Memo::new(move |_| {
        deals.with(|all| {
            let mut columns: HashMap<Uuid, Vec<usize>> = HashMap::new();
            for (i, deal) in all.iter().enumerate() {
                if let Some(stage) = deal.stage_id {
                    columns.entry(stage).or_default().push(i);
                }
            }
            columns
        })
    })
}

/// A stage's deals in board order, read through the index `columns_of` keeps.
fn column<'a>(
    columns: &'a HashMap<Uuid, Vec<usize>>,
    all: &'a [Deal],
    stage: Uuid,
) -> impl Iterator<Item = &'a Deal> {
    let at = columns.get(&stage).map(Vec::as_slice).unwrap_or_default();
    at.iter().filter_map(|&i| all.get(i))
}

impl BoardCtx {
    /// Calls `f` with a stage's deals in board order. Tracks the board's deals.
    pub fn with_column<R>(
        &self,
        stage: Uuid,
        f: impl FnOnce(&mut dyn Iterator<Item = &Deal>) -> R,
    ) -> R {
        self.columns
            .with(|columns| self.deals.with(|all| f(&mut column(columns, all, stage))))
    }

    pub fn stage_name(&self, id: Uuid) -> Option<String> {
        self.pipeline
            .with_value(|p| p.stage(id).map(|s| s.name.clone()))
    }

    /// The ids of a column's deals, in order, without `except`. Untracked: for
    /// event handlers (a drop, a key press, the pointer moving over a column).
    pub fn column_ids(&self, stage: Uuid, except: Option<Uuid>) -> Vec<Uuid> {
        self.columns.with_untracked(|columns| {
            self.deals.with_untracked(|all| {
                column(columns, all, stage)
                    .map(|d| d.id)
                    .filter(|id| Some(*id) != except)
                    .collect()
            })
        })
    }

    /// Shows a move at once and queues it for the server.
    pub fn move_deal(&self, mv: DealMove) {
        let Some(title) = self.deals.with_untracked(|deals| {
            deals
                .iter()
                .find(|d| d.id == mv.deal_id)
                .map(|d| d.title.clone())
        }) else {
            return;
        };
        self.deals.update(|deals| {
            apply_move(deals, &mv, Utc::now());
        });
        self.announce.set(Some(match self.stage_name(mv.stage_id) {
            Some(stage) => Text::new("deals-moved-to")
                .arg("title", title.clone())
                .arg("stage", stage),
            None => Text::new("deals-moved-elsewhere").arg("title", title.clone()),
        }));
        // Queued, saved on the device, and sent when the network allows. If the
        // server refuses, the sync problems say why and the card goes back.
        if let Err(error) = self.sync.submit(MutationOp::MoveDeal(mv)) {
            self.notice.set(Some((title, error)));
            // The device's data never had the move: show it again.
            self.sync.refresh_views();
        }
    }

    /// Shows the device's current data (after a sync, a refusal, or another
    /// person's change) unless a card is in the user's hand. The deals are
    /// copied only when they differ from what is shown (2,000 on a big board).
    pub fn refresh(&self, deals: &[Deal]) {
        if self.drag.with_untracked(Option::is_none)
            && self
                .deals
                .with_untracked(|current| current.as_slice() != deals)
        {
            self.deals.set(deals.to_vec());
        }
    }

    pub fn remove(&self, id: Uuid) {
        self.deals.update(|deals| deals.retain(|d| d.id != id));
    }
}
