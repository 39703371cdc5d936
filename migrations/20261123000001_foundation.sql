-- Foundation: users, sessions, companies and contacts.

-- Keeps updated_at honest whatever code path writes the row.
create or replace function set_updated_at() returns trigger
language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

create table users (
    id            uuid primary key default gen_random_uuid(),
    email         text not null,
    name          text not null,
    role          text not null check (role in ('rep', 'manager')),
    password_hash text not null,
    created_at    timestamptz not null default now()
);
create unique index users_email_key on users (lower(email));

-- Only a hash of the cookie token is stored: a leaked table cannot be replayed.
create table sessions (
    token_hash bytea primary key,
    user_id    uuid not null references users (id) on delete cascade,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null
);
create index sessions_user_idx on sessions (user_id);

create table companies (
    id             uuid primary key,
    name           text not null check (length(btrim(name)) > 0),
    industry       text not null default '',
    segment        text not null default '',
    tags           text[] not null default '{}',
    classification text not null default 'none'
        check (classification in ('none', 'key_account', 'loyal', 'debtor', 'low_margin')),
    source         text not null default 'other'
        check (source in ('referral', 'web', 'event', 'cold_call', 'import', 'partner', 'other')),
    payment_terms  text not null default 'net_30'
        check (payment_terms in ('prepaid', 'on_receipt', 'net_15', 'net_30', 'net_60', 'net_90')),
    address        text not null default '',
    phone          text not null default '',
    website        text not null default '',
    owner_id       uuid not null references users (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
-- Two cards for the same customer split its history: refuse duplicates by name.
create unique index companies_name_key on companies (lower(btrim(name)));
create index companies_owner_idx on companies (owner_id, lower(name));
create trigger companies_updated_at before update on companies
    for each row execute function set_updated_at();

create table contacts (
    id         uuid primary key,
    company_id uuid not null references companies (id) on delete cascade,
    name       text not null check (length(btrim(name)) > 0),
    title      text not null default '',
    email      text not null default '',
    phone      text not null default '',
    notes      text not null default '',
    owner_id   uuid not null references users (id),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);
create index contacts_company_idx on contacts (company_id);
create index contacts_owner_idx on contacts (owner_id);
create trigger contacts_updated_at before update on contacts
    for each row execute function set_updated_at();
