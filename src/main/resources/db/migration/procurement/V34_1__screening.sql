-- Screening of all employees against the company registers (issue 18, item 12; docs/screening.md):
-- an employee (by INN) who is an individual entrepreneur, or a director, board member, other
-- manager or founder of a company in the current extracts. One row per employee, tie and register
-- record; a run adds new ties, refreshes the ones still there and marks NEW ones no longer in the
-- registers GONE. The officer confirms or dismisses a finding.
create table screening_finding (
    id bigint generated always as identity primary key,
    employee_id bigint not null references employee (id),
    -- the employee's organization and category when the tie was last seen
    organization_id bigint not null references organization (id),
    category text,
    -- ENTREPRENEUR, or the company role: DIRECTOR, BOARD_MEMBER, OTHER_MANAGER, FOUNDER
    tie text not null,
    register_inn varchar(12) not null,
    register_ogrn varchar(15),
    register_name text not null,
    post text,
    share_percent numeric,
    -- when the tie began (the entrepreneur's registration, the register entry of the tie)
    since date,
    extract_date date not null,
    -- NEW, CONFIRMED, DISMISSED, GONE (no longer in the registers, never decided)
    status text not null default 'NEW' check (status in ('NEW', 'CONFIRMED', 'DISMISSED', 'GONE')),
    found_at timestamptz not null default now(),
    seen_at timestamptz not null default now(),
    decided_by text,
    decided_at timestamptz,
    note text,
    constraint screening_finding_ux unique (employee_id, tie, register_inn)
);
create index screening_finding_organization_ix on screening_finding (organization_id, status);
