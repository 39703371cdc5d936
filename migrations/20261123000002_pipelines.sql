-- Pipelines, their stages, deals on them, and the history of every stage or status change.

create table pipelines (
    id         uuid primary key,
    name       text not null check (length(btrim(name)) > 0),
    position   integer not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create unique index pipelines_name_key on pipelines (lower(btrim(name)));
create trigger pipelines_updated_at before update on pipelines
    for each row execute function set_updated_at();

create table stages (
    id           uuid primary key,
    pipeline_id  uuid not null references pipelines (id) on delete cascade,
    name         text not null check (length(btrim(name)) > 0),
    position     integer not null,
    probability  smallint not null check (probability between 0 and 100),
    -- A deal idle in this stage for longer than this many days is "rotting"; 0 = never.
    rotting_days integer not null default 14 check (rotting_days >= 0),
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- Lets deals reference (stage, pipeline) so a deal's stage is always of its pipeline.
    unique (id, pipeline_id)
);
create unique index stages_name_key on stages (pipeline_id, lower(btrim(name)));
create trigger stages_updated_at before update on stages
    for each row execute function set_updated_at();

create table deals (
    id               uuid primary key,
    title            text not null check (length(btrim(title)) > 0),
    company_id       uuid not null references companies (id) on delete cascade,
    contact_id       uuid references contacts (id) on delete set null,
    owner_id         uuid not null references users (id),
    pipeline_id      uuid not null references pipelines (id),
    -- Null only for a closed deal whose stage was deleted later.
    stage_id         uuid,
    value_cents      bigint not null default 0 check (value_cents >= 0),
    currency         text not null default 'EUR' check (currency ~ '^[A-Z]{3}$'),
    close_date       date,
    -- Null: use the stage's default probability.
    probability      smallint check (probability between 0 and 100),
    status           text not null default 'open' check (status in ('open', 'won', 'lost')),
    lost_reason      text not null default '',
    -- Dense 0..n-1 order of the open deals within their stage column.
    position         integer not null default 0,
    stage_entered_at timestamptz not null default now(),
    closed_at        timestamptz,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    foreign key (stage_id, pipeline_id) references stages (id, pipeline_id)
        on delete set null (stage_id),
    check (status <> 'open' or stage_id is not null),
    check (status <> 'lost' or length(btrim(lost_reason)) > 0)
);
create index deals_column_idx on deals (stage_id, position) where status = 'open';
create index deals_owner_idx on deals (owner_id);
create index deals_company_idx on deals (company_id);
create trigger deals_updated_at before update on deals
    for each row execute function set_updated_at();

-- Stage names are copied so the history still reads well after a stage is renamed or deleted.
create table deal_history (
    id              bigint generated always as identity primary key,
    deal_id         uuid not null references deals (id) on delete cascade,
    from_stage_name text,
    to_stage_name   text,
    from_status     text,
    to_status       text not null,
    changed_by      uuid references users (id) on delete set null,
    changed_at      timestamptz not null default now()
);
create index deal_history_deal_idx on deal_history (deal_id, id);
