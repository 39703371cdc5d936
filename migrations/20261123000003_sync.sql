-- Sync: a change log in commit order, filled by triggers so no write path can forget it.

-- One row: the last version handed out. Bumped once per writing transaction, at
-- commit time (a deferred trigger), under its row lock, so versions are gap-free
-- in commit order: a reader that has seen version n has seen every version < n.
create table sync_version (
    id      boolean primary key default true check (id),
    version bigint not null
);
insert into sync_version values (true, 0);

create table change_log (
    seq       bigint generated always as identity primary key,
    -- Null until the writing transaction commits.
    version   bigint,
    entity    text not null check (entity in ('company', 'contact', 'deal', 'pipeline', 'stage')),
    entity_id uuid not null,
    op        text not null check (op in ('put', 'del')),
    -- Who may see it: the record's owner; null = everyone (pipelines, stages, columns).
    owner_id  uuid,
    txid      xid8 not null default pg_current_xact_id()
);
create index change_log_version_idx on change_log (version);
create index change_log_pending_idx on change_log (txid) where version is null;

create or replace function stamp_changes() returns trigger
language plpgsql as $$
declare
    v bigint;
begin
    if exists (select 1 from change_log where txid = pg_current_xact_id() and version is null) then
        update sync_version set version = version + 1 returning version into v;
        update change_log set version = v where txid = pg_current_xact_id() and version is null;
        -- Wakes every server process (LISTEN), which tell their browsers to pull.
        -- Only a version: NOTIFY is not replayed, so the data always comes by pull.
        perform pg_notify('fieldbook_changes', v::text);
    end if;
    return null;
end;
$$;

create constraint trigger change_log_stamp after insert on change_log
    deferrable initially deferred
    for each row execute function stamp_changes();

-- Every row change of a synced table lands in the change log. A record that
-- changes owner is also logged as deleted for the previous owner, whose
-- devices must drop it.
create or replace function log_owned_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, op, owner_id) values (tg_argv[0], old.id, 'del', old.owner_id);
        return old;
    end if;
    if tg_op = 'UPDATE' and new.owner_id is distinct from old.owner_id then
        insert into change_log (entity, entity_id, op, owner_id) values (tg_argv[0], old.id, 'del', old.owner_id);
    end if;
    insert into change_log (entity, entity_id, op, owner_id) values (tg_argv[0], new.id, 'put', new.owner_id);
    return new;
end;
$$;

create or replace function log_shared_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        insert into change_log (entity, entity_id, op) values (tg_argv[0], old.id, 'del');
        return old;
    end if;
    insert into change_log (entity, entity_id, op) values (tg_argv[0], new.id, 'put');
    return new;
end;
$$;

create trigger companies_log after insert or update or delete on companies
    for each row execute function log_owned_change('company');
create trigger contacts_log after insert or update or delete on contacts
    for each row execute function log_owned_change('contact');
create trigger deals_log after insert or update or delete on deals
    for each row execute function log_owned_change('deal');
create trigger pipelines_log after insert or update or delete on pipelines
    for each row execute function log_shared_change('pipeline');
create trigger stages_log after insert or update or delete on stages
    for each row execute function log_shared_change('stage');

-- Each device's place in the mutation stream: pushes are idempotent by
-- mutation id, and a rejected mutation advances it too, so a queue never jams.
create table sync_clients (
    client_id        uuid primary key,
    user_id          uuid not null references users (id) on delete cascade,
    last_mutation_id bigint not null default 0,
    last_seen_at     timestamptz not null default now()
);

-- Every overwritten field value, so a later edit never silently loses an earlier one.
create table field_history (
    id         bigint generated always as identity primary key,
    entity     text not null,
    entity_id  uuid not null,
    field      text not null,
    old_value  jsonb,
    new_value  jsonb,
    changed_by uuid references users (id) on delete set null,
    changed_at timestamptz not null default now()
);
create index field_history_entity_idx on field_history (entity, entity_id, id);

-- Who makes the change: set per transaction by the app (set_config(..., true)).
create or replace function log_field_changes() returns trigger
language plpgsql as $$
declare
    field text;
    before jsonb := to_jsonb(old);
    after  jsonb := to_jsonb(new);
begin
    for field in select jsonb_object_keys(after) loop
        if field not in ('updated_at', 'created_at', 'position', 'stage_entered_at', 'closed_at')
           and (before -> field) is distinct from (after -> field) then
            insert into field_history (entity, entity_id, field, old_value, new_value, changed_by)
            values (tg_argv[0], new.id, field, before -> field, after -> field,
                    nullif(current_setting('fieldbook.user_id', true), '')::uuid);
        end if;
    end loop;
    return new;
end;
$$;

create trigger companies_fields after update on companies
    for each row execute function log_field_changes('company');
create trigger contacts_fields after update on contacts
    for each row execute function log_field_changes('contact');
create trigger deals_fields after update on deals
    for each row execute function log_field_changes('deal');

-- Records that exist before the log did: one version that a fresh device pulls.
insert into change_log (entity, entity_id, op, owner_id)
select 'pipeline', id, 'put', null::uuid from pipelines
union all select 'stage', id, 'put', null::uuid from stages
union all select 'company', id, 'put', owner_id from companies
union all select 'contact', id, 'put', owner_id from contacts
union all select 'deal', id, 'put', owner_id from deals;
