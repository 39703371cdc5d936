-- Issue 19: compaction finds a record's later log rows through this index
-- (see sync::db::compact_log).
create index change_log_record_idx on change_log (entity_id, seq);
