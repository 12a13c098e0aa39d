-- Append-only log of every read and change of personal data (152-ФЗ): who, when, what, where.
create table access_log (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    username text not null,
    action text not null,
    subject_type text not null,
    subject_id bigint,
    organization_id bigint,
    details text
);
create index access_log_at_ix on access_log (at desc);
create index access_log_username_ix on access_log (username, at desc);
create index access_log_subject_ix on access_log (subject_type, subject_id);
create index access_log_organization_ix on access_log (organization_id);

create function access_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'access_log is append-only';
end $$;

create trigger access_log_no_update before update or delete or truncate on access_log
    for each statement execute function access_log_is_append_only();
