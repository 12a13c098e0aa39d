-- The due dates of a measure within its plan's period: its date, or the end of every month,
-- quarter, half-year or year of a periodic term. What the execution is reported against, what is
-- overdue, and what the monitoring reports count per period.
create table plan_measure_due (
    measure_id bigint not null references plan_measure (id) on delete cascade,
    due_on date not null,
    primary key (measure_id, due_on)
);
create index plan_measure_due_day_ix on plan_measure_due (due_on);
