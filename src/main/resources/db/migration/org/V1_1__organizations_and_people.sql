-- The organization tree of a region and the people registry (employees and their relatives).

create table organization (
    id bigint generated always as identity primary key,
    parent_id bigint references organization (id),
    -- materialized path of ids, e.g. '/1/5/17/': the subtree of X is path like X.path || '%'
    path text not null,
    kind text not null,
    name text not null,
    short_name text,
    inn varchar(10),
    kpp varchar(9),
    ogrn varchar(13),
    address text,
    phone text,
    email text,
    active boolean not null default true,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    constraint organization_inn_format check (inn is null or inn ~ '^[0-9]{10}$'),
    constraint organization_kpp_format check (kpp is null or kpp ~ '^[0-9]{4}[0-9A-Z]{2}[0-9]{3}$'),
    constraint organization_ogrn_format check (ogrn is null or ogrn ~ '^[0-9]{13}$')
);
create index organization_parent_ix on organization (parent_id);
create index organization_path_ix on organization (path text_pattern_ops);
create index organization_name_trgm_ix on organization using gin (probity_search_text(name) gin_trgm_ops);
create unique index organization_inn_kpp_ux on organization (inn, coalesce(kpp, '')) where inn is not null;

create table employee (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    last_name text not null,
    first_name text not null,
    middle_name text,
    birth_date date,
    inn varchar(12),
    snils varchar(11),
    phone text,
    email text,
    address text,
    post text not null,
    appointed_on date,
    dismissed_on date,
    declaration_required boolean not null default false,
    head_of_customer boolean not null default false,
    contract_service_head boolean not null default false,
    contract_manager boolean not null default false,
    procurement_commission_member boolean not null default false,
    active boolean not null default true,
    search_name text generated always as (
        probity_search_text(last_name || ' ' || first_name || ' ' || coalesce(middle_name, ''))) stored,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    constraint employee_inn_format check (inn is null or inn ~ '^[0-9]{12}$'),
    constraint employee_snils_format check (snils is null or snils ~ '^[0-9]{11}$'),
    constraint employee_dates check (dismissed_on is null or appointed_on is null or dismissed_on >= appointed_on)
);
create index employee_organization_ix on employee (organization_id);
create index employee_search_trgm_ix on employee using gin (search_name gin_trgm_ops);
create unique index employee_inn_ux on employee (inn) where inn is not null and active;
create unique index employee_snils_ux on employee (snils) where snils is not null and active;

create table relative (
    id bigint generated always as identity primary key,
    employee_id bigint not null references employee (id) on delete cascade,
    relation text not null,
    last_name text not null,
    first_name text not null,
    middle_name text,
    birth_date date,
    inn varchar(12),
    snils varchar(11),
    phone text,
    address text,
    workplace text,
    search_name text generated always as (
        probity_search_text(last_name || ' ' || first_name || ' ' || coalesce(middle_name, ''))) stored,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    constraint relative_inn_format check (inn is null or inn ~ '^[0-9]{12}$'),
    constraint relative_snils_format check (snils is null or snils ~ '^[0-9]{11}$')
);
create index relative_employee_ix on relative (employee_id);
create index relative_search_trgm_ix on relative using gin (search_name gin_trgm_ops);
