-- The contests of an organizer (issue 21, item 5): «Вместе против коррупции» and any like it.
-- The rules are the organizer's act; the terms bound applications, judging and the results.
create table contest (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    title text not null,
    rules text not null default '',
    applications_from date not null,
    applications_to date not null,
    judging_until date not null,
    results_on date not null,
    status text not null default 'DRAFT',
    judging_closed_at timestamptz,
    results_published_at timestamptz,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    constraint contest_status check (status in ('DRAFT', 'ANNOUNCED', 'JUDGING_CLOSED', 'RESULTS_PUBLISHED')),
    constraint contest_terms check (applications_from <= applications_to and applications_to <= judging_until
                                    and judging_until <= results_on)
);
create index contest_organization_ix on contest (organization_id);

-- A nomination with the kinds of works it accepts: IMAGE (JPEG, PNG), PDF, DOCX, VIDEO (a link).
create table contest_nomination (
    id bigint generated always as identity primary key,
    contest_id bigint not null references contest (id) on delete cascade,
    title text not null,
    work_kinds text not null,
    position int not null
);
create index contest_nomination_contest_ix on contest_nomination (contest_id);

-- An age group: full years on the day of the application, both ends included.
create table contest_age_group (
    id bigint generated always as identity primary key,
    contest_id bigint not null references contest (id) on delete cascade,
    min_age int not null,
    max_age int not null,
    constraint contest_age_group_range check (min_age >= 0 and min_age <= max_age)
);
create index contest_age_group_contest_ix on contest_age_group (contest_id);

-- A scoring criterion of a nomination: each juror gives 0 … max_points.
create table contest_criterion (
    id bigint generated always as identity primary key,
    nomination_id bigint not null references contest_nomination (id) on delete cascade,
    name text not null,
    max_points int not null,
    position int not null,
    constraint contest_criterion_points check (max_points between 1 and 100)
);
create index contest_criterion_nomination_ix on contest_criterion (nomination_id);
