-- Employee notifications (issue 8): inducement to corruption (273-ФЗ ст.9), personal interest
-- (273-ФЗ ст.11), other paid work (25-ФЗ ст.11 ч.2), gifts, the impossibility to declare the
-- family's income, a former official's request for consent and a new employer's notice
-- (273-ФЗ ст.12). Each kind has its own register ("журнал") per organization and year.
create table notification (
    id bigint generated always as identity primary key,
    -- the employer the notification is addressed to: its register holds it
    organization_id bigint not null references organization (id),
    kind text not null,
    -- SUBMITTED (filed online, awaiting registration), REGISTERED, REVIEWED (motivated conclusion
    -- written), SENT_TO_COMMISSION, DECIDED (by the commission), CLOSED (without the commission)
    status text not null,
    -- ONLINE (filed by the employee in the system) or PAPER (registered by the officer from paper)
    channel text not null,
    employee_id bigint references employee (id),
    -- who filed it (or whom a new employer's notice concerns) and his post, as at filing
    person_name text not null,
    person_post text,
    -- the organization that sent a new employer's notice
    sender text,
    summary text not null,
    details jsonb not null default '{}',
    attend_meeting boolean not null default false,
    submitted_on date not null,
    registration_year int,
    registration_seq int,
    registration_number text,
    registered_on date,
    registered_by text,
    review_by date,
    conclusion text,
    concluded_on date,
    concluded_by text,
    sent_to_commission_on date,
    closed_on date,
    outcome text,
    commission_decided_on date,
    commission_decision text,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now(),
    constraint notification_registration check (
        (registration_seq is null) = (registration_number is null)
        and (registration_seq is null) = (registered_on is null))
);
create unique index notification_number_ux
    on notification (organization_id, kind, registration_year, registration_seq) where registration_seq is not null;
create index notification_organization_ix on notification (organization_id, kind, status);
create index notification_employee_ix on notification (employee_id);

-- the last number given per organization, kind and year: the upsert's row lock makes numbers
-- gap-free under concurrency (a rolled back registration rolls its number back too)
create table notification_counter (
    organization_id bigint not null references organization (id),
    kind text not null,
    year int not null,
    last int not null,
    primary key (organization_id, kind, year)
);

create table notification_file (
    id bigint generated always as identity primary key,
    notification_id bigint not null references notification (id) on delete cascade,
    name text not null,
    content_type text not null,
    size int not null,
    sha256 text not null,
    content bytea not null,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now()
);
create index notification_file_notification_ix on notification_file (notification_id);

create table notification_history (
    id bigint generated always as identity primary key,
    notification_id bigint not null references notification (id) on delete cascade,
    action text not null,
    detail text,
    actor text not null,
    at timestamptz not null default now()
);
create index notification_history_notification_ix on notification_history (notification_id, id);
