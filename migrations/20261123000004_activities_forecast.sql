-- Activities and reminders, each user's time zone, quotas and forecast settings.

-- Due dates are wall-clock dates and times of the activity's owner: "call back
-- Friday 10:00" means 10:00 where that rep is, so overdue is computed in this zone.
alter table users add column time_zone text not null default 'UTC';

create table activities (
    id                 uuid primary key,
    kind               text not null
        check (kind in ('call', 'meeting', 'visit', 'email', 'note', 'task')),
    subject            text not null check (length(btrim(subject)) > 0),
    body               text not null default '',
    company_id         uuid not null references companies (id) on delete cascade,
    contact_id         uuid references contacts (id) on delete set null,
    deal_id            uuid references deals (id) on delete set null,
    owner_id           uuid not null references users (id),
    due_on             date,
    due_time           time,
    done_at            timestamptz,
    -- A visit's check-in: when, and where if the rep shared the phone's location
    -- (micro-degrees: exact integers, no float rounding between devices).
    checkin_at         timestamptz,
    checkin_lat_e6     integer check (checkin_lat_e6 between -90000000 and 90000000),
    checkin_lng_e6     integer check (checkin_lng_e6 between -180000000 and 180000000),
    checkin_accuracy_m integer check (checkin_accuracy_m >= 0),
    created_by         uuid references users (id) on delete set null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    check (due_time is null or due_on is not null),
    check ((checkin_lat_e6 is null) = (checkin_lng_e6 is null))
);
create index activities_company_idx on activities (company_id);
create index activities_deal_idx on activities (deal_id);
create index activities_agenda_idx on activities (owner_id, due_on) where done_at is null;
create trigger activities_updated_at before update on activities
    for each row execute function set_updated_at();

alter table change_log drop constraint change_log_entity_check;
alter table change_log add constraint change_log_entity_check
    check (entity in ('company', 'contact', 'deal', 'pipeline', 'stage', 'activity'));
create trigger activities_log after insert or update or delete on activities
    for each row execute function log_owned_change('activity');
create trigger activities_fields after update on activities
    for each row execute function log_field_changes('activity');

-- A rep's target per calendar month (first day of the month) and currency.
create table quotas (
    user_id      uuid not null references users (id) on delete cascade,
    month        date not null check (extract(day from month) = 1),
    currency     text not null check (currency ~ '^[A-Z]{3}$'),
    amount_cents bigint not null check (amount_cents >= 0),
    updated_by   uuid references users (id) on delete set null,
    updated_at   timestamptz not null default now(),
    primary key (user_id, month, currency)
);

-- One row: where forecast categories start (a deal's win probability, in %).
create table forecast_settings (
    id            boolean primary key default true check (id),
    commit_min    smallint not null default 90 check (commit_min between 1 and 100),
    best_case_min smallint not null default 50 check (best_case_min between 0 and 100),
    check (best_case_min < commit_min)
);
insert into forecast_settings default values;
