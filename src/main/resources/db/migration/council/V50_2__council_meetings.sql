-- The meetings of a council: announced, then held (MeetingStatus), the agenda items with what was
-- heard and decided, the attendance of the members, the public summary once published.
create table council_meeting (
    id bigint generated always as identity primary key,
    council_id bigint not null references council (id),
    held_on date not null,
    starts_at time,
    place text not null,
    -- ANNOUNCED, HELD (MeetingStatus)
    status text not null default 'ANNOUNCED',
    -- the public summary written by the secretary, shown on the public section once published
    summary text,
    published boolean not null default false,
    published_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index council_meeting_council_ix on council_meeting (council_id, held_on);

create table council_agenda_item (
    id bigint generated always as identity primary key,
    meeting_id bigint not null references council_meeting (id),
    position int not null,
    title text not null,
    speaker text not null default '',
    -- «СЛУШАЛИ»: what was reported
    heard text,
    -- «РЕШИЛИ»: the decision's text
    decided text,
    unique (meeting_id, position)
);

create table council_attendance (
    meeting_id bigint not null references council_meeting (id),
    member_id bigint not null references council_member (id),
    -- PRESENT, ABSENT, REPLACED (Presence)
    presence text not null,
    -- who replaced him (name and post), for REPLACED
    replaced_by text,
    primary key (meeting_id, member_id)
);
