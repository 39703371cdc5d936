-- Issue 19: a transaction gets its version once, however many rows it wrote.
--
-- Before, a deferred trigger on every change_log row stamped the rows at
-- commit: one firing per row, each scanning the rows already stamped, all
-- under the sync_version lock every writer needs. 8,000 rows took 2.5 s to
-- commit; 190,000 never finished, and every other write waited.
--
-- Now the first change a transaction logs adds one sync_txn row; a deferred
-- trigger on sync_txn gives it the next version at commit. The lock is held
-- from that one update to the end of the commit, whatever the size. Pulls
-- read a change's version through its transaction (change_log.txid).
-- Versions stay gap-free in commit order: a reader that has seen version n
-- has seen everything below n.

create table sync_txn (
    txid    xid8 primary key default pg_current_xact_id(),
    -- Set at commit (stamp_txn); only the committing transaction sees it null.
    version bigint unique
);

-- The versions already handed out, one per transaction.
insert into sync_txn (txid, version)
select distinct on (txid) txid, version
  from change_log
 where version is not null
 order by txid, version;

drop trigger change_log_stamp on change_log;
drop function stamp_changes();
drop index change_log_pending_idx;
drop index change_log_version_idx;
alter table change_log drop column version;
create index change_log_txid_idx on change_log (txid, seq);

-- Per logged row: only the transaction's first adds its sync_txn row. The
-- marker is transaction-local (set_config(..., true)) and names the
-- transaction, so a leftover value of an earlier one never matches; a
-- rolled-back savepoint takes both the marker and the row with it.
create or replace function note_txn() returns trigger
language plpgsql as $$
declare
    me text := pg_current_xact_id()::text;
begin
    if current_setting('fieldbook.txn_logged', true) is distinct from me then
        perform set_config('fieldbook.txn_logged', me, true);
        insert into sync_txn (txid) values (pg_current_xact_id()) on conflict do nothing;
    end if;
    return null;
end;
$$;

create trigger change_log_note after insert on change_log
    for each row execute function note_txn();

-- At commit, once per transaction: the next version, under the counter's row
-- lock until the commit ends (so versions follow commit order).
create or replace function stamp_txn() returns trigger
language plpgsql as $$
declare
    v bigint;
begin
    update sync_version set version = version + 1 returning version into v;
    update sync_txn set version = v where txid = new.txid;
    -- Wakes every server process (LISTEN), which tell their browsers to pull.
    -- Only a version: NOTIFY is not replayed, so the data always comes by pull.
    perform pg_notify('fieldbook_changes', v::text);
    return null;
end;
$$;

create constraint trigger sync_txn_stamp after insert on sync_txn
    deferrable initially deferred
    for each row execute function stamp_txn();
