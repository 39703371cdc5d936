-- Deleting is archiving: companies, contacts, deals and activities are archived
-- (hidden from lists, boards, the forecast, search and devices) and can be
-- restored with everything they had. Only a manager's erase removes a row, and
-- it is audited.

alter table companies  add column archived_at timestamptz, add column archived_by uuid references users (id) on delete set null;
alter table contacts   add column archived_at timestamptz, add column archived_by uuid references users (id) on delete set null,
                       -- The company whose archiving took this row with it: restoring
                       -- that company brings back exactly these rows, not ones archived on their own.
                       add column archived_with uuid;
alter table deals      add column archived_at timestamptz, add column archived_by uuid references users (id) on delete set null,
                       add column archived_with uuid;
alter table activities add column archived_at timestamptz, add column archived_by uuid references users (id) on delete set null,
                       add column archived_with uuid;

-- An archived company keeps its name reserved only while archived: a new
-- customer of the same name may be created; restoring then asks for a rename.
drop index companies_name_key;
create unique index companies_name_key on companies (lower(btrim(name))) where archived_at is null;

create index companies_archived_idx on companies (archived_at) where archived_at is not null;
create index contacts_archived_idx on contacts (archived_at) where archived_at is not null;
create index deals_archived_idx on deals (archived_at) where archived_at is not null;
create index activities_archived_idx on activities (archived_at) where archived_at is not null;

-- No delete of a company may take other people's records with it: the rows
-- that hang off a company block its deletion; erase removes them explicitly.
alter table contacts drop constraint contacts_company_id_fkey,
    add constraint contacts_company_id_fkey foreign key (company_id) references companies (id);
alter table deals drop constraint deals_company_id_fkey,
    add constraint deals_company_id_fkey foreign key (company_id) references companies (id);
alter table activities drop constraint activities_company_id_fkey,
    add constraint activities_company_id_fkey foreign key (company_id) references companies (id);

-- Every erase: who, when, what, and how many dependent rows went with it. No
-- foreign keys, so the record of an erase outlives what it names.
create table erasures (
    id          bigint generated always as identity primary key,
    erased_by   uuid not null,
    erased_name text not null,
    erased_at   timestamptz not null default now(),
    entity      text not null check (entity in ('company', 'contact', 'deal', 'activity')),
    entity_id   uuid not null,
    label       text not null,
    dependents  jsonb not null
);

-- Archived/restored markers are bookkeeping, not edits of the record's fields.
create or replace function log_field_changes() returns trigger
language plpgsql as $$
declare
    field text;
    before jsonb := to_jsonb(old);
    after  jsonb := to_jsonb(new);
begin
    for field in select jsonb_object_keys(after) loop
        if field not in ('updated_at', 'created_at', 'position', 'stage_entered_at', 'closed_at',
                         'archived_by', 'archived_with')
           and (before -> field) is distinct from (after -> field) then
            insert into field_history (entity, entity_id, field, old_value, new_value, changed_by)
            values (tg_argv[0], new.id, field, before -> field, after -> field,
                    nullif(current_setting('fieldbook.user_id', true), '')::uuid);
        end if;
    end loop;
    return new;
end;
$$;
