-- Letters and materials from the regional body (or any organization) to organizations below it:
-- each recipient organization confirms receipt and may answer; the sender sees who has not.

create table act_letter (
    id bigint generated always as identity primary key,
    act_id bigint not null references legal_act (id),
    version_id bigint references act_version (id),
    sender_organization_id bigint not null references organization (id),
    note text,
    -- the date by which receipt is to be confirmed (and an answer given, when one is asked for)
    due_on date,
    answer_requested boolean not null default false,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table act_letter_recipient (
    id bigint generated always as identity primary key,
    letter_id bigint not null references act_letter (id),
    organization_id bigint not null references organization (id),
    confirmed_at timestamptz,
    confirmed_by text,
    answer text,
    answered_at timestamptz,
    answered_by text,
    unique (letter_id, organization_id)
);
create index act_letter_recipient_organization_ix on act_letter_recipient (organization_id, confirmed_at);
