-- The decisions of a meeting as assignments to bodies of the tree with their terms, and the control
-- of their execution: the executor reports through Probity, the council's secretary accepts the
-- report or returns it with a remark (AssignmentStatus: OPEN, REPORTED, RETURNED, DONE).
create table council_assignment (
    id bigint generated always as identity primary key,
    meeting_id bigint not null references council_meeting (id),
    agenda_item_id bigint references council_agenda_item (id),
    executor_id bigint not null references organization (id),
    text text not null,
    expected_result text not null default '',
    due_on date not null,
    status text not null default 'OPEN',
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index council_assignment_meeting_ix on council_assignment (meeting_id);
create index council_assignment_executor_ix on council_assignment (executor_id, status);

create table council_assignment_report (
    id bigint generated always as identity primary key,
    assignment_id bigint not null references council_assignment (id),
    text text not null,
    reported_at timestamptz not null default now(),
    reported_by text not null,
    -- DONE or RETURNED; null while the secretary has not decided
    decision text,
    remark text,
    decided_at timestamptz,
    decided_by text
);
create index council_assignment_report_ix on council_assignment_report (assignment_id, id);
