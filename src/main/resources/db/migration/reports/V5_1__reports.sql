-- Reports of corruption (issue 6): the virtual reception, the hotline, letters, e-mail, visits.
-- Nothing readable about a report is stored: text, contacts, file names and contents and messages
-- are AES-256-GCM sealed under a per-report data key, wrapped for the organization's X25519 key
-- (docs/decisions/0005-report-encryption.md). No IP address, user agent or time of day is kept.

-- the key-encryption key's parameters and a check value (the secret itself is outside the database)
create table report_keyring (
    id int primary key check (id = 1),
    salt bytea not null,
    iterations int not null,
    check_value bytea not null,
    created_at timestamptz not null default now()
);

create table report_org_key (
    organization_id bigint primary key references organization (id),
    public_key bytea not null,
    -- the PKCS#8 private key sealed under the key-encryption key
    private_key bytea not null,
    created_at timestamptz not null default now()
);

create table report (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    channel text not null,
    topic text not null,
    status text not null,
    anonymous boolean not null,
    about_crime boolean not null default false,
    about_municipal_employee boolean not null default false,
    -- the day only: an hour would help to match a web submission with network logs
    received_on date not null,
    register_by date not null,
    registration_number text,
    registered_on date,
    redirect_by date,
    answer_by date,
    extended_days int,
    extended_on date,
    answered_on date,
    closed_on date,
    assignee_id bigint references app_user (id),
    identity_disclosed boolean not null default false,
    -- HMAC-SHA256 of the receipt code under a pepper derived from the secret; never the code
    receipt_hash bytea unique,
    data_key bytea not null,
    body bytea not null,
    contacts bytea,
    answer bytea,
    redirected_from bigint references organization (id),
    reminded_on date,
    created_by text not null,
    updated_at timestamptz not null default now()
);
create index report_organization_ix on report (organization_id, status);
create index report_assignee_ix on report (assignee_id);
create index report_closed_ix on report (closed_on) where closed_on is not null;

create table report_counter (
    organization_id bigint not null references organization (id),
    year int not null,
    last int not null,
    primary key (organization_id, year)
);

-- the two-way channel (TO_REPORTER, FROM_REPORTER), internal comments (INTERNAL) and notices (NOTICE)
create table report_message (
    id bigint generated always as identity primary key,
    report_id bigint not null references report (id) on delete cascade,
    kind text not null,
    author text,
    body bytea not null,
    created_on date not null default current_date,
    created_at timestamptz
);
create index report_message_report_ix on report_message (report_id, id);

create table report_file (
    id bigint generated always as identity primary key,
    report_id bigint not null references report (id) on delete cascade,
    message_id bigint references report_message (id) on delete cascade,
    -- ATTACHMENT (with the report), MESSAGE (with a message), ANSWER (the answer document)
    kind text not null,
    name bytea not null,
    content_type text not null,
    size int not null,
    content bytea not null
);
create index report_file_report_ix on report_file (report_id);

-- what happened to a report, without content: registered, assigned, extended, redirected, answered
create table report_history (
    id bigint generated always as identity primary key,
    report_id bigint not null references report (id) on delete cascade,
    action text not null,
    detail text,
    actor text not null,
    at timestamptz not null default now()
);
create index report_history_report_ix on report_history (report_id);

-- spent proof-of-work challenges, kept until they expire (cluster-wide replay protection)
create table report_pow_spent (
    challenge_hash bytea primary key,
    expires_at timestamptz not null
);
