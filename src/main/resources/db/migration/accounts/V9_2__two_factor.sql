-- Two-factor sign-in with an authenticator app, TOTP (RFC 6238) (issue 14, item 14).
-- The secret is sealed (AES-256-GCM) under a key kept outside the database (accounts.TwoFactorKey).
create table two_factor (
    user_id bigint primary key references app_user (id),
    secret_sealed bytea not null,
    last_used_step bigint not null default 0,
    enrolled_at timestamptz not null default now()
);

-- One-time recovery codes: only an HMAC under the same outside key is kept.
create table two_factor_recovery (
    user_id bigint not null references app_user (id),
    code_hash text not null,
    used_at timestamptz,
    primary key (user_id, code_hash)
);

-- The roles for which the regional administrator requires the second factor.
create table two_factor_policy (
    role text primary key,
    set_by text not null,
    set_at timestamptz not null default now()
);
