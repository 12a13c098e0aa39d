-- The recommendations of a visit with their terms, and the control of their execution: the
-- municipality's officer reports what was done (text, file), the region accepts the report or
-- returns it with a remark (RecommendationStatus: OPEN, REPORTED, RETURNED, ACCEPTED).

create table visit_recommendation (
    id bigint generated always as identity primary key,
    visit_id bigint not null references visit (id),
    -- the checklist item it follows from, if any
    item_id bigint references visit_template_item (id),
    text text not null,
    due_on date not null,
    status text not null default 'OPEN',
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index visit_recommendation_visit_ix on visit_recommendation (visit_id);
create index visit_recommendation_open_ix on visit_recommendation (status, due_on);

-- every report of execution with the region's decision on it
create table visit_execution_report (
    id bigint generated always as identity primary key,
    recommendation_id bigint not null references visit_recommendation (id),
    text text not null,
    reported_at timestamptz not null default now(),
    reported_by text not null,
    -- ACCEPTED or RETURNED; null while the region has not decided
    decision text,
    remark text,
    decided_at timestamptz,
    decided_by text
);
create index visit_execution_report_recommendation_ix on visit_execution_report (recommendation_id, id);

-- evidence of a checklist item, or the file of a report of execution
create table visit_file (
    id bigint generated always as identity primary key,
    visit_id bigint not null references visit (id),
    item_id bigint references visit_template_item (id),
    report_id bigint references visit_execution_report (id),
    name text not null,
    content_type text not null,
    size int not null,
    sha256 text not null,
    content bytea not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by text not null
);
create index visit_file_visit_ix on visit_file (visit_id);
