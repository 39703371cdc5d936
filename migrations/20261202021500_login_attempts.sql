-- Sign-in attempts in the throttle's sliding window (app/src/auth/throttle.rs).
-- key is 'account:<email>' or 'address:<ip or /64>'; rows older than the window
-- are swept away periodically.
create table login_attempts (
    id           bigint generated always as identity primary key,
    key          text not null,
    attempted_at timestamptz not null default now()
);
create index login_attempts_key_idx on login_attempts (key, attempted_at);
create index login_attempts_at_idx on login_attempts (attempted_at);

-- Expired sessions are swept too: find them without a full scan.
create index sessions_expires_idx on sessions (expires_at);
