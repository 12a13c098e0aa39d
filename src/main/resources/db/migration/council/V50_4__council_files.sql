-- The files of a meeting: its materials, and the files of the executors' reports ({@code report_id}).
create table council_file (
    id bigint generated always as identity primary key,
    meeting_id bigint not null references council_meeting (id),
    report_id bigint references council_assignment_report (id),
    name text not null,
    content_type text not null,
    size int not null,
    sha256 text not null,
    content bytea not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by text not null
);
create index council_file_meeting_ix on council_file (meeting_id);
