-- The ratings of the municipalities (issue 20, item 2): the scoring methodology, versioned — every
-- change is a new version with all its items, never an update — and the ratings computed with it.

create table monitoring_rating_methodology (
    id bigint generated always as identity primary key,
    version int not null unique,
    -- why this version was made (the editor's note), or null for the default
    note text,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table monitoring_rating_item (
    methodology_id bigint not null references monitoring_rating_methodology (id) on delete cascade,
    position int not null,
    -- the indicator's code in the forms (monitoring_indicator.code), e.g. 'procurement.checked'
    code text not null,
    -- the code of the indicator the value is a share of (per cent), e.g. 'procurement.contracts', or null
    denominator_code text,
    weight numeric not null check (weight > 0),
    -- for numbers and shares: the bands "from:points; from:points" (from ascending); null for a yes/no item
    bands text,
    -- for a yes/no indicator: the points for «да» and for «нет»
    yes_points numeric,
    no_points numeric,
    primary key (methodology_id, position)
);

-- One computation of the rating of a form: the methodology version it used.
create table monitoring_rating_run (
    id bigint generated always as identity primary key,
    form_id bigint not null references monitoring_form (id) on delete cascade,
    methodology_id bigint not null references monitoring_rating_methodology (id),
    computed_at timestamptz not null default now(),
    computed_by text not null
);
create index monitoring_rating_run_form_ix on monitoring_rating_run (form_id, id);

create table monitoring_rating_score (
    run_id bigint not null references monitoring_rating_run (id) on delete cascade,
    organization_id bigint not null references organization (id),
    report_id bigint not null references monitoring_report (id) on delete cascade,
    -- 0..100, null when no item of the methodology applied
    score numeric(6, 2),
    place int,
    -- HIGH, MEDIUM, LOW (rating.Level), null with the score
    level text,
    primary key (run_id, organization_id)
);
