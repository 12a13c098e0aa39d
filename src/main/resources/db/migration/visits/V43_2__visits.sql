-- The plan of visits per year and the visits themselves: the organization visited (a municipality
-- or one of its bodies), the planned dates, the subject, the region's team; PLANNED, HELD or
-- CANCELLED (VisitStatus); the checklist's results per item and the evidence files.

create table visit (
    id bigint generated always as identity primary key,
    plan_year int not null,
    organization_id bigint not null references organization (id),
    planned_from date not null,
    planned_to date not null,
    subject text not null,
    -- the members of the region's team, one per line (name and post)
    team text not null default '',
    template_id bigint not null references visit_template (id),
    -- PLANNED, HELD, CANCELLED (VisitStatus)
    status text not null default 'PLANNED',
    held_from date,
    held_to date,
    -- the team's general conclusion, in the report
    conclusion text,
    cancel_reason text,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    check (planned_to >= planned_from)
);
create index visit_year_ix on visit (plan_year, planned_from);
create index visit_organization_ix on visit (organization_id);

create table visit_result (
    visit_id bigint not null references visit (id),
    item_id bigint not null references visit_template_item (id),
    -- COMPLIANT, NOT_COMPLIANT, NOT_APPLICABLE (Verdict)
    verdict text not null,
    note text,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    primary key (visit_id, item_id)
);
