-- The report on a measure's execution for one of its due dates: executed, partially, not executed;
-- what was done, the day, a file. The latest report of a due date stands (one per due date).
create table plan_execution (
    id bigint generated always as identity primary key,
    measure_id bigint not null,
    due_on date not null,
    -- EXECUTED, PARTIAL, NOT_EXECUTED
    status text not null,
    text text not null,
    reported_on date not null,
    file_name text,
    file_type text,
    file_content bytea,
    reported_by text not null,
    reported_at timestamptz not null default now(),
    constraint plan_execution_due_fk foreign key (measure_id, due_on)
        references plan_measure_due (measure_id, due_on) on delete cascade,
    constraint plan_execution_one_uq unique (measure_id, due_on),
    constraint plan_execution_status_ck check (status in ('EXECUTED', 'PARTIAL', 'NOT_EXECUTED'))
);
