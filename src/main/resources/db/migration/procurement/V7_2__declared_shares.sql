-- Shares in companies declared in §5.1 of declarations (issue 7): ownership ties of an employee or
-- of his relative that the affiliation checks read beside the registers' founders.
create table declared_share (
    id bigint generated always as identity primary key,
    declaration_id bigint not null,
    employee_id bigint not null references employee (id) on delete cascade,
    relative_id bigint references relative (id) on delete set null,
    holder text not null,
    last_name text not null,
    first_name text not null,
    middle_name text,
    person_inn varchar(12),
    company_inn varchar(10),
    company_ogrn varchar(13),
    company_name text not null,
    share_percent numeric(9, 4),
    declared_at timestamptz not null default now()
);
create index declared_share_employee_ix on declared_share (employee_id);
create index declared_share_company_ix on declared_share (company_inn);
