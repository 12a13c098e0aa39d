-- Personal API tokens (issue 14, item 13): the API without a password and without Argon2 per call,
-- and for accounts with a second factor, which HTTP Basic cannot carry. Only a SHA-256 of the token
-- (256 random bits) is kept; the token is shown once.
create table api_token (
    id bigint generated always as identity primary key,
    user_id bigint not null references app_user (id),
    name text not null,
    token_hash text not null unique,
    shown_prefix text not null,
    created_at timestamptz not null default now(),
    expires_at timestamptz not null,
    last_used_at timestamptz,
    revoked_at timestamptz
);
create index api_token_user_ix on api_token (user_id);
