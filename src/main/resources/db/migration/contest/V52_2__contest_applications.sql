-- The applications sent through the public form, with the participant's data (personal data of a
-- private person: never on a public page beyond name, school and municipality), the consent of the
-- legal representative of a minor (152-ФЗ ст.9; ГК РФ ст.26, 28) and the moderation.
create table contest_application (
    id bigint generated always as identity primary key,
    contest_id bigint not null references contest (id),
    number text not null,
    last_name text not null,
    first_name text not null,
    middle_name text,
    birth_date date not null,
    school text not null,
    municipality_id bigint not null references organization (id),
    nomination_id bigint not null references contest_nomination (id),
    age_group_id bigint not null references contest_age_group (id),
    work_title text not null,
    video_url text,
    email text,
    minor boolean not null,
    parent_name text,
    parent_consent boolean not null default false,
    submitted_on date not null,
    submitted_at timestamptz not null default now(),
    status text not null default 'SUBMITTED',
    reason text,
    moderated_by text,
    moderated_at timestamptz,
    constraint contest_application_status check (status in ('SUBMITTED', 'ADMITTED', 'REJECTED')),
    constraint contest_application_consent check (not minor or (parent_consent and parent_name is not null)),
    constraint contest_application_reason check (status <> 'REJECTED' or reason is not null)
);
create unique index contest_application_number_ux on contest_application (contest_id, number);
create index contest_application_contest_ix on contest_application (contest_id, status);

-- The files of an application: the work's files and the scan of the consent.
create table contest_file (
    id bigint generated always as identity primary key,
    application_id bigint not null references contest_application (id) on delete cascade,
    purpose text not null,
    name text not null,
    content_type text not null,
    content bytea not null,
    sha256 text not null,
    constraint contest_file_purpose check (purpose in ('WORK', 'CONSENT'))
);
create index contest_file_application_ix on contest_file (application_id);
