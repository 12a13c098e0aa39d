-- Training events: seminars, webinars and video conferences, courses. An event is kept by its
-- organizer's organization (seen by its subtree and its ancestors, like the question bank); its
-- audience is organizations with their subtrees, optionally narrowed to posts; one or more sessions;
-- enrolment with an optional capacity; attendance per session; materials; certificates of
-- participation; mandatory onboarding for the newly appointed (appointed within N days).

create table training_event (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    -- SEMINAR, WEBINAR (also a video conference), COURSE
    kind text not null,
    title text not null,
    description text,
    capacity int check (capacity is null or capacity > 0),
    -- the audience narrowed to posts containing any of these words (empty: everybody)
    posts text[] not null default '{}',
    -- not null: mandatory onboarding for those appointed within this many days
    onboarding_days int check (onboarding_days is null or onboarding_days > 0),
    -- a knowledge test to be passed for the certificate
    test_id bigint references knowledge_test (id),
    cancelled boolean not null default false,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index training_event_organization_ix on training_event (organization_id);
create index training_event_onboarding_ix on training_event (id) where onboarding_days is not null and not cancelled;

create table training_event_audience (
    event_id bigint not null references training_event (id) on delete cascade,
    organization_id bigint not null references organization (id),
    primary key (event_id, organization_id)
);
create index training_event_audience_organization_ix on training_event_audience (organization_id);

create table training_session (
    id bigint generated always as identity primary key,
    event_id bigint not null references training_event (id) on delete cascade,
    starts_at timestamptz not null,
    duration_minutes int not null check (duration_minutes > 0),
    place text,
    link text,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index training_session_event_ix on training_session (event_id, starts_at);

create table training_enrolment (
    id bigint generated always as identity primary key,
    event_id bigint not null references training_event (id) on delete cascade,
    employee_id bigint not null references employee (id),
    -- ENROLLED, CANCELLED
    status text not null default 'ENROLLED',
    -- SELF, OFFICER, ONBOARDING
    source text not null,
    enrolled_at timestamptz not null default now(),
    enrolled_by text not null,
    cancelled_at timestamptz,
    cancelled_by text,
    -- set when the certificate of participation is first issued
    certificate_issued_at timestamptz,
    unique (event_id, employee_id)
);
create index training_enrolment_employee_ix on training_enrolment (employee_id);

create table training_attendance (
    session_id bigint not null references training_session (id) on delete cascade,
    enrolment_id bigint not null references training_enrolment (id) on delete cascade,
    attended boolean not null,
    marked_at timestamptz not null default now(),
    marked_by text not null,
    primary key (session_id, enrolment_id)
);
create index training_attendance_enrolment_ix on training_attendance (enrolment_id);

create table training_material (
    id bigint generated always as identity primary key,
    event_id bigint not null references training_event (id) on delete cascade,
    file_name text not null,
    content_type text not null,
    size bigint not null,
    sha256 text not null,
    content bytea not null,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index training_material_event_ix on training_material (event_id);

-- Every enrolment with what its participant did: the sessions attended out of all, the linked
-- test passed (or none linked), and whether that completes the event.
create view training_participation as
select en.id as enrolment_id, en.event_id, en.employee_id, en.status, en.source, en.enrolled_at,
       en.certificate_issued_at, s.sessions, a.attended, t.test_passed,
       (en.status = 'ENROLLED' and s.sessions > 0 and a.attended = s.sessions and t.test_passed) as completed
from training_enrolment en
join training_event ev on ev.id = en.event_id
cross join lateral (select count(*)::int as sessions from training_session where event_id = en.event_id) s
cross join lateral (select count(*)::int as attended from training_attendance
                    where enrolment_id = en.id and attended) a
cross join lateral (select ev.test_id is null or exists (
                        select 1 from test_attempt ta where ta.test_id = ev.test_id
                          and ta.employee_id = en.employee_id and ta.passed) as test_passed) t;
