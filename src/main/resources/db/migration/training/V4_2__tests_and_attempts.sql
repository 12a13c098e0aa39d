-- Knowledge tests: questions drawn at random per category, a time limit enforced by the server,
-- attempts, a pass mark, open and close dates; assignments to organization subtrees (campaigns);
-- attempts with every answer stored as it is given.

create table knowledge_test (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    title text not null,
    time_limit_minutes int not null,
    pass_percent int not null,
    attempts_allowed int not null,
    opens_on date,
    closes_on date,
    review_allowed boolean not null default true,
    created_at timestamptz not null default now(),
    created_by text not null
);

create table knowledge_test_part (
    test_id bigint not null references knowledge_test (id),
    category_id bigint not null references question_category (id),
    questions int not null,
    primary key (test_id, category_id)
);

-- a campaign: the test assigned to every employee of an organization's subtree
create table test_assignment (
    id bigint generated always as identity primary key,
    test_id bigint not null references knowledge_test (id),
    organization_id bigint not null references organization (id),
    created_at timestamptz not null default now(),
    created_by text not null,
    unique (test_id, organization_id)
);

create table test_attempt (
    id bigint generated always as identity primary key,
    test_id bigint not null references knowledge_test (id),
    employee_id bigint not null references employee (id),
    number int not null,
    started_at timestamptz not null default now(),
    deadline_at timestamptz not null,
    finished_at timestamptz,
    -- the questions drawn, in order, each with the order its options are shown in: [{id, order[]}]
    questions jsonb not null,
    score numeric(5, 2),
    passed boolean,
    unique (test_id, employee_id, number)
);
create index test_attempt_employee_ix on test_attempt (employee_id, test_id);

create table attempt_answer (
    attempt_id bigint not null references test_attempt (id),
    position int not null,
    -- {chosen[], matches[], text} in the question's own option indexes
    answer jsonb not null,
    mark numeric(4, 3),
    saved_at timestamptz not null default now(),
    primary key (attempt_id, position)
);
