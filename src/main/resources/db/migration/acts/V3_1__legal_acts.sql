-- Legal acts and documents, their versions with files and searchable text, distribution for
-- acknowledgement ("под роспись") and the acknowledgements themselves.

create table legal_act (
    id bigint generated always as identity primary key,
    -- the organization that keeps the act in its register: it is seen by its subtree and its ancestors
    organization_id bigint not null references organization (id),
    kind text not null,
    number text,
    adopted_on date,
    title text not null,
    issuer text,
    status text not null default 'IN_FORCE',
    link text,
    tags text[] not null default '{}',
    replaces_id bigint references legal_act (id),
    -- the short quiz before acknowledging: [{question, options[], correct}] and the share to pass, %
    quiz jsonb not null default '[]',
    quiz_pass_percent int not null default 80,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    search tsvector generated always as (
        to_tsvector('russian', coalesce(number, '') || ' ' || title || ' ' || coalesce(issuer, ''))) stored
);
create index legal_act_organization_ix on legal_act (organization_id);
create index legal_act_search_ix on legal_act using gin (search);

create table act_version (
    id bigint generated always as identity primary key,
    act_id bigint not null references legal_act (id),
    number int not null,
    file_name text not null,
    content_type text not null,
    content bytea not null,
    -- the text extracted from the file: what the employee reads, and what is searched
    text text not null,
    sha256 text not null,
    note text,
    created_at timestamptz not null default now(),
    created_by text not null,
    search tsvector generated always as (to_tsvector('russian', text)) stored,
    unique (act_id, number)
);
create index act_version_search_ix on act_version using gin (search);

-- a version sent to an audience with a due date; the audience is kept as it was asked for
create table act_distribution (
    id bigint generated always as identity primary key,
    act_id bigint not null references legal_act (id),
    version_id bigint not null references act_version (id),
    -- the organization whose subtree the audience was chosen in
    organization_id bigint not null references organization (id),
    -- {organizationId, posts[], appointedWithinDays, employeeIds[]}
    audience jsonb not null,
    due_on date not null,
    -- the distribution of the previous version this one repeats, for a new version
    repeats_id bigint references act_distribution (id),
    created_at timestamptz not null default now(),
    created_by text not null
);
create index act_distribution_act_ix on act_distribution (act_id);

create table acknowledgement (
    id bigint generated always as identity primary key,
    distribution_id bigint not null references act_distribution (id),
    employee_id bigint not null references employee (id),
    -- PENDING, ACKNOWLEDGED
    status text not null default 'PENDING',
    acknowledged_at timestamptz,
    -- who confirmed: the employee's own account (ONLINE) or the officer who recorded a paper signature (PAPER)
    acknowledged_by text,
    method text,
    -- the hash of the version's file the employee acknowledged
    content_sha256 text,
    quiz_score int,
    opened_at timestamptz,
    unique (distribution_id, employee_id)
);
create index acknowledgement_employee_ix on acknowledgement (employee_id, status);
