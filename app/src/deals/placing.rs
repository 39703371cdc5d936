//! Where cards go in a column: one rule for the server, the device's copy and
//! the board on screen.

use chrono::{DateTime, Utc};
use uuid::Uuid;

use super::model::{Deal, DealMove};

/// Room left between neighbouring cards' positions in a column. A move then
/// writes one row, the moved deal's, instead of shifting the column: on a
/// 2,000-deal board that was hundreds of rows per drop, each one pulled again by
/// every device that shows the pipeline.
pub const POSITION_GAP: i32 = 1024;

/// The position of a card going between two neighbours (`None`: the column's
/// edge), or `None` when they have no room left and the column must be respaced
/// with [`respaced`]. The server and the device both place cards this way.
pub fn position_between(before: Option<i32>, after: Option<i32>) -> Option<i32> {
    match (before, after) {
        (None, None) => Some(0),
        (Some(b), None) => b.checked_add(POSITION_GAP),
        (None, Some(a)) => a.checked_sub(POSITION_GAP),
        (Some(b), Some(a)) => {
            let mid = i32::try_from((i64::from(b) + i64::from(a)).div_euclid(2)).ok()?;
            (b < mid && mid < a).then_some(mid)
        }
    }
}

/// Positions for a whole column, in order, evenly spaced.
pub fn respaced(len: usize) -> impl Iterator<Item = i32> {
    (0..len).map(|i| {
        i32::try_from(i)
            .unwrap_or(i32::MAX)
            .saturating_mul(POSITION_GAP)
    })
}

/// Where in its stage's column a placed deal goes: one rule for the server,
/// the device's copy and the board on screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// New and reopened deals: on top, where the rep looks for them.
    Top,
    /// In front of this deal, or at the end if it is not in the column.
    Before(Uuid),
    End,
}

impl Slot {
    /// Where a move sends its deal.
    pub fn of_move(mv: &DealMove) -> Slot {
        mv.before_id.map_or(Slot::End, Slot::Before)
    }

    /// The deal's index among `column`, the column's other deals in order.
    pub fn index(self, column: &[Uuid]) -> usize {
        match self {
            Slot::Top => 0,
            Slot::Before(before) => column
                .iter()
                .position(|id| *id == before)
                .unwrap_or(column.len()),
            Slot::End => column.len(),
        }
    }
}

/// Applies a move to the board's list of deals (columns in order, one after
/// another), so the board can show it before the server answers. Returns
/// false when the deal is not on the board.
pub fn apply_move(deals: &mut Vec<Deal>, mv: &DealMove, now: DateTime<Utc>) -> bool {
    let Some(from) = deals.iter().position(|d| d.id == mv.deal_id) else {
        return false;
    };
    let mut deal = deals.remove(from);
    if deal.stage_id != Some(mv.stage_id) {
        deal.stage_id = Some(mv.stage_id);
        deal.stage_entered_at = now;
    }
    let column: Vec<usize> = (0..deals.len())
        .filter(|&i| deals[i].stage_id == Some(mv.stage_id))
        .collect();
    let ids: Vec<Uuid> = column.iter().map(|&i| deals[i].id).collect();
    let at = match column.get(Slot::of_move(mv).index(&ids)) {
        Some(&i) => i,
        // The end of the target column: after its last deal, or where it would start.
        None => column.last().map_or(deals.len(), |&i| i + 1),
    };
    deals.insert(at, deal);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deals::model::sample_deal;

    fn ids(deals: &[Deal]) -> Vec<(u128, u128)> {
        deals
            .iter()
            .map(|d| (d.id.as_u128(), d.stage_id.expect("open").as_u128()))
            .collect()
    }

    #[test]
    fn cards_go_between_their_neighbours_until_there_is_no_room() {
        assert_eq!(position_between(None, None), Some(0));
        assert_eq!(position_between(Some(0), None), Some(POSITION_GAP));
        assert_eq!(position_between(None, Some(0)), Some(-POSITION_GAP));
        assert_eq!(position_between(Some(0), Some(POSITION_GAP)), Some(512));
        assert_eq!(position_between(Some(-3), Some(0)), Some(-2));
        // Dense neighbours (columns from before the gaps) have no room.
        assert_eq!(position_between(Some(4), Some(5)), None);
        assert_eq!(position_between(Some(i32::MAX - 1), None), None);
        // Ten cards dropped on the same spot fit before a respace is needed.
        let mut after = POSITION_GAP;
        for _ in 0..10 {
            after = position_between(Some(0), Some(after)).expect("room");
        }
        assert_eq!(position_between(Some(0), Some(after)), None);
        assert_eq!(
            respaced(3).collect::<Vec<_>>(),
            [0, POSITION_GAP, 2 * POSITION_GAP]
        );
    }

    #[test]
    fn moves_land_before_the_given_deal_or_at_the_end_of_the_column() {
        let now = Utc::now();
        let mut deals = vec![
            sample_deal(1, 10),
            sample_deal(2, 10),
            sample_deal(3, 20),
            sample_deal(4, 20),
        ];
        let mv = |deal_id, stage, before: Option<u128>| DealMove {
            deal_id: Uuid::from_u128(deal_id),
            stage_id: Uuid::from_u128(stage),
            before_id: before.map(Uuid::from_u128),
        };
        assert!(apply_move(&mut deals, &mv(1, 20, Some(4)), now));
        assert_eq!(ids(&deals), vec![(2, 10), (3, 20), (1, 20), (4, 20)]);
        assert_eq!(deals[2].stage_entered_at, now);
        assert!(apply_move(&mut deals, &mv(4, 10, None), now));
        assert_eq!(ids(&deals), vec![(2, 10), (4, 10), (3, 20), (1, 20)]);
        // Into an empty column.
        assert!(apply_move(&mut deals, &mv(2, 30, None), now));
        assert_eq!(ids(&deals).last(), Some(&(2, 30)));
        assert!(!apply_move(&mut deals, &mv(99, 10, None), now));
    }
}
