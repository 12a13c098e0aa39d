-- Public discussions with citizens (issue 21, item 4): the announcement, the registration of
-- participants within a limit, the questions sent in advance, the results and the minutes.
create table civil_discussion (
    id bigint generated always as identity primary key,
    owner_id bigint not null references organization (id),
    topic text not null,
    description text,
    starts_at timestamptz not null,
    place text,
    online_link text,
    registration_until timestamptz not null,
    -- null: no limit
    participant_limit integer check (participant_limit is null or participant_limit > 0),
    -- the seats taken: raised by the registration's conditional update, so the limit holds under concurrency
    registered integer not null default 0,
    published_at timestamptz,
    published_by text,
    results text,
    results_published_at timestamptz,
    minutes_name text,
    minutes_content bytea,
    minutes_sha256 text,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    constraint civil_discussion_limit_ck check (participant_limit is null or registered <= participant_limit),
    constraint civil_discussion_place_ck check (place is not null or online_link is not null)
);
create index civil_discussion_owner_ix on civil_discussion (owner_id, starts_at);

-- A participant registered through the public form, with his consent to the processing of his
-- personal data for the participants' list (152-ФЗ ст.9).
create table civil_participant (
    id bigint generated always as identity primary key,
    discussion_id bigint not null references civil_discussion (id),
    name text not null,
    email text,
    phone text,
    organization_name text,
    consent_at timestamptz not null,
    registered_at timestamptz not null default now(),
    check (email is not null or phone is not null)
);
create unique index civil_participant_email_ux on civil_participant (discussion_id, lower(email)) where email is not null;
create unique index civil_participant_phone_ux on civil_participant (discussion_id, phone) where phone is not null;

-- A question sent in advance, with the registration or alone.
create table civil_question (
    id bigint generated always as identity primary key,
    discussion_id bigint not null references civil_discussion (id),
    participant_id bigint references civil_participant (id),
    author_name text not null,
    text text not null,
    submitted_at timestamptz not null default now()
);
create index civil_question_discussion_ix on civil_question (discussion_id, submitted_at);
