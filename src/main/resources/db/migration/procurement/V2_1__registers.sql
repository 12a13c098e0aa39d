-- Company registers (ЕГРЮЛ, ЕГРИП and other sources) with history: every extract is kept; the
-- newest extract of an INN is the current one.

create table register_import (
    id bigint generated always as identity primary key,
    file_name text not null,
    kind text not null,
    companies int not null,
    entrepreneurs int not null,
    skipped int not null default 0,
    bytes bigint not null,
    imported_at timestamptz not null default now(),
    imported_by text not null
);

create table register_company (
    id bigint generated always as identity primary key,
    inn varchar(10) not null,
    kpp varchar(9),
    ogrn varchar(13),
    full_name text not null,
    short_name text,
    address text,
    email text,
    phone text,
    registered_on date,
    terminated_on date,
    extract_date date not null,
    is_current boolean not null default false,
    -- directors, board members and natural-person founders: [{inn, name, role, post, sharePercent, since, until}]
    people jsonb not null,
    -- legal-entity founders: [{inn, ogrn, name, sharePercent, since, until}]
    founders jsonb not null,
    import_id bigint not null references register_import (id),
    search_name text generated always as (probity_search_text(coalesce(short_name, '') || ' ' || full_name)) stored
);
create unique index register_company_extract_ux on register_company (inn, extract_date);
create unique index register_company_current_ux on register_company (inn) where is_current;
create index register_company_ogrn_ix on register_company (ogrn);
create index register_company_search_ix on register_company using gin (search_name gin_trgm_ops);
create index register_company_people_ix on register_company using gin (people jsonb_path_ops) where is_current;

create table register_entrepreneur (
    id bigint generated always as identity primary key,
    inn varchar(12) not null,
    ogrnip varchar(15),
    last_name text not null,
    first_name text not null,
    middle_name text,
    email text,
    address text,
    registered_on date,
    terminated_on date,
    extract_date date not null,
    is_current boolean not null default false,
    import_id bigint not null references register_import (id),
    search_name text generated always as (
        probity_search_text(last_name || ' ' || first_name || ' ' || coalesce(middle_name, ''))) stored
);
create unique index register_entrepreneur_extract_ux on register_entrepreneur (inn, extract_date);
create unique index register_entrepreneur_current_ux on register_entrepreneur (inn) where is_current;
create index register_entrepreneur_search_ix on register_entrepreneur using gin (search_name gin_trgm_ops);
