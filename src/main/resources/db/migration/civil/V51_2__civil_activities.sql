-- The activities of public organizations (issue 21, item 3): public control events (212-ФЗ ст.18),
-- round tables, monitoring visits — with their results and files.
create table civil_activity (
    id bigint generated always as identity primary key,
    civil_organization_id bigint not null references civil_organization (id),
    -- PUBLIC_CONTROL, ROUND_TABLE, MONITORING_VISIT, HEARING, OTHER
    kind text not null,
    title text not null,
    held_on date not null,
    starts_at time,
    place text,
    description text,
    results text,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now()
);
create index civil_activity_organization_ix on civil_activity (civil_organization_id, held_on);
create index civil_activity_held_ix on civil_activity (held_on);

create table civil_activity_file (
    id bigint generated always as identity primary key,
    activity_id bigint not null references civil_activity (id) on delete cascade,
    name text not null,
    content_type text not null,
    content bytea not null,
    sha256 text not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index civil_activity_file_activity_ix on civil_activity_file (activity_id);
