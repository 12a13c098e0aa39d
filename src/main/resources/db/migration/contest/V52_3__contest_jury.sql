-- The jury of a contest: accounts appointed to it; each scores every admitted work per criterion
-- on his own, and sees no other score until the judging is closed.
create table contest_juror (
    contest_id bigint not null references contest (id) on delete cascade,
    user_id bigint not null references app_user (id),
    appointed_by text not null,
    appointed_at timestamptz not null default now(),
    primary key (contest_id, user_id)
);

create table contest_score (
    application_id bigint not null references contest_application (id) on delete cascade,
    user_id bigint not null references app_user (id),
    criterion_id bigint not null references contest_criterion (id),
    points int not null,
    scored_at timestamptz not null default now(),
    primary key (application_id, user_id, criterion_id),
    constraint contest_score_points check (points >= 0)
);

-- The results computed when the judging is closed: the mean of the jurors' totals and the place in
-- the work's nomination and age group (ties share a place; no place without a complete score).
create table contest_result (
    application_id bigint primary key references contest_application (id) on delete cascade,
    jurors int not null,
    mean numeric(8, 2),
    place int
);
