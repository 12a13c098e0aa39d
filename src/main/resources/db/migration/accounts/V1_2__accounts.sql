-- Local user accounts. A user belongs to one organization and sees its subtree.
create table app_user (
    id bigint generated always as identity primary key,
    username text not null,
    password_hash text not null,
    full_name text not null,
    role text not null,
    organization_id bigint not null references organization (id),
    employee_id bigint references employee (id),
    enabled boolean not null default true,
    failed_attempts int not null default 0,
    locked_until timestamptz,
    password_changed_at timestamptz not null default now(),
    last_login_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null
);
create unique index app_user_username_ux on app_user (lower(username));
create index app_user_organization_ix on app_user (organization_id);
