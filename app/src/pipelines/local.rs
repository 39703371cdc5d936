//! The pipelines' device-side half: pipelines and their stages read from the
//! device's copy (they are edited online only, in the pipeline settings).

use uuid::Uuid;

use super::model::{Pipeline, PipelineRef, Stage};
use crate::sync::snapshot::Snapshot;

impl Snapshot {
    /// Pipelines in board order.
    pub fn pipeline_list(&self) -> Vec<PipelineRef> {
        let mut list: Vec<_> = self.pipelines.values().cloned().collect();
        list.sort_by_cached_key(|p| (p.position, p.name.to_lowercase()));
        list
    }

    pub fn pipeline(&self, id: Uuid) -> Option<Pipeline> {
        let p = self.pipelines.get(&id)?;
        let mut stages: Vec<Stage> = self
            .stages
            .values()
            .filter(|s| s.pipeline_id == id)
            .cloned()
            .collect();
        stages.sort_by_key(|s| s.position);
        Some(Pipeline {
            id: p.id,
            name: p.name.clone(),
            position: p.position,
            stages,
        })
    }
}
