-- The subsection «Доклады, отчеты, обзоры, статистическая информация» of an organization's public
-- section (issue 21; Приказ Минтруда №530н): the statistics of a year an officer published (a snapshot
-- of the period figures of the organization's subtree, as they stood when published) and the reports
-- and reviews an officer uploaded as files with a publish flag.
create table monitoring_public_statistics (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    year int not null,
    -- [{"id": "reports.received", "name": "…", "area": "…", "value": 3}, …] in the areas' order
    figures jsonb not null,
    published boolean not null default true,
    published_at timestamptz not null default now(),
    published_by text not null,
    unique (organization_id, year)
);

create table monitoring_public_file (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    year int not null,
    title text not null,
    file_name text not null,
    content_type text not null,
    content bytea not null,
    sha256 text not null,
    published boolean not null default false,
    published_at timestamptz,
    uploaded_by text not null,
    uploaded_at timestamptz not null default now(),
    constraint monitoring_public_file_title check (length(title) between 1 and 500)
);
create index monitoring_public_file_organization_ix on monitoring_public_file (organization_id, year);
