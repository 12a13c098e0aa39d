-- The e-mail of an account of no person (issue 16, item 1): a technical account imported from a file may
-- name an address for its password reset link. A personal account uses its person card's e-mail (the
-- people registry keeps it), never this column.
alter table app_user add column email text;

-- Password reset by e-mail link (issue 16, item 1): only a SHA-256 of the link's token (256 random bits)
-- is kept. A link is single-use, expires, and a newer link of the account ends the older ones.
create table password_reset (
    id bigint generated always as identity primary key,
    user_id bigint not null references app_user (id),
    token_hash text not null unique,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    used_at timestamptz,
    purpose text not null
);
create index password_reset_user_ix on password_reset (user_id, created_at);

-- Every «Забыли пароль?» request by client address, whether an account answered or not: the throttle
-- per address (cluster-wide). Rows older than a day are removed as new ones come.
create table password_reset_request (
    address text not null,
    requested_at timestamptz not null default now()
);
create index password_reset_request_ix on password_reset_request (address, requested_at);
