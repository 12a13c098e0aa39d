-- The region's monitoring of the municipalities' anti-corruption work (issue 20, item 1): report
-- forms (sections and indicators) for a period, the reports assigned to organizations, their values.

create table monitoring_form (
    id bigint generated always as identity primary key,
    -- the organization whose officers defined the form (the regional body: the root)
    organization_id bigint not null references organization (id),
    title text not null,
    -- QUARTER, HALF_YEAR, YEAR (MonitoringPeriodKind)
    period_kind text not null,
    period_year int not null,
    -- 1..4 for a quarter, 1..2 for a half-year, 1 for a year
    period_number int not null,
    -- the period's days, both included (derived from kind, year and number; stored for queries)
    period_from date not null,
    period_to date not null,
    due_on date,
    -- DRAFT (being defined), ASSIGNED (sent out: sections and indicators frozen), CLOSED
    status text not null default 'DRAFT',
    -- the form it was copied from (the default form, last period's form), if any
    based_on_form_id bigint references monitoring_form (id),
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index monitoring_form_organization_ix on monitoring_form (organization_id);

create table monitoring_indicator (
    id bigint generated always as identity primary key,
    form_id bigint not null references monitoring_form (id) on delete cascade,
    -- the section's title and its place in the form
    section text not null,
    position int not null,
    -- the stable code of the indicator across forms and periods (consolidation, ratings): e.g.
    -- 'contracts.checked'; unique within a form
    code text not null,
    name text not null,
    -- NUMBER, YES_NO, TEXT, FILE (MonitoringValueKind)
    kind text not null,
    definition text,
    legal_basis text,
    -- the region.PeriodFigures indicator id the value is pre-filled from (e.g. 'procurement.checked'), or null
    source text,
    unique (form_id, code)
);

create table monitoring_report (
    id bigint generated always as identity primary key,
    form_id bigint not null references monitoring_form (id),
    -- the organization that reports (a municipality or one of its bodies): its whole subtree is counted
    organization_id bigint not null references organization (id),
    -- ASSIGNED, DRAFT, SUBMITTED, RETURNED, ACCEPTED (MonitoringReportStatus)
    status text not null default 'ASSIGNED',
    -- increases at every submission; the values of each submitted version are kept in monitoring_report_version
    version int not null default 0,
    due_on date,
    submitted_at timestamptz,
    submitted_by text,
    reviewed_at timestamptz,
    reviewed_by text,
    -- the region's remark when it returns the report
    remark text,
    assigned_at timestamptz not null default now(),
    assigned_by text not null,
    unique (form_id, organization_id)
);
create index monitoring_report_organization_ix on monitoring_report (organization_id, status);

create table monitoring_value (
    report_id bigint not null references monitoring_report (id) on delete cascade,
    indicator_id bigint not null references monitoring_indicator (id),
    number_value numeric,
    flag_value boolean,
    text_value text,
    file_name text,
    file_content_type text,
    file_content bytea,
    -- what Probity's data gave (null when the indicator has no source) and the source's link
    prefilled numeric,
    prefilled_link text,
    prefilled_at timestamptz,
    -- why the reporter changed a pre-filled value (required when number_value differs from prefilled)
    reason text,
    changed_at timestamptz,
    changed_by text,
    primary key (report_id, indicator_id)
);

-- Each submission's values and every step of a report (assigned, submitted, returned, accepted).
create table monitoring_report_event (
    id bigint generated always as identity primary key,
    report_id bigint not null references monitoring_report (id) on delete cascade,
    version int not null,
    -- ASSIGNED, SUBMITTED, RETURNED, ACCEPTED, CHANGED
    kind text not null,
    remark text,
    -- the values at that step: [{"code":…,"number":…,"flag":…,"text":…,"prefilled":…,"reason":…}]
    snapshot jsonb,
    at timestamptz not null default now(),
    by_login text not null
);
create index monitoring_report_event_report_ix on monitoring_report_event (report_id, at);
