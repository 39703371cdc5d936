-- Issue 19: a horizon for deletions.
--
-- When each transaction committed: deletions older than the tombstone
-- horizon (a setting, 90 days by default) are dropped from the log. Those
-- already logged count from now.
alter table sync_txn add column committed_at timestamptz;
update sync_txn set committed_at = now();

-- Every version up to this one may have lost its deletions: a device whose
-- cursor is behind it reads everything again (see sync::service::pull).
create table sync_horizon (
    id      boolean primary key default true check (id),
    version bigint not null
);
insert into sync_horizon values (true, 0);

create or replace function stamp_txn() returns trigger
language plpgsql as $$
declare
    v bigint;
begin
    update sync_version set version = version + 1 returning version into v;
    update sync_txn set version = v, committed_at = clock_timestamp() where txid = new.txid;
    -- Wakes every server process (LISTEN), which tell their browsers to pull.
    -- Only a version: NOTIFY is not replayed, so the data always comes by pull.
    perform pg_notify('fieldbook_changes', v::text);
    return null;
end;
$$;
