-- Contracts and protocols, the check record of every contract, and the findings with their workflow.

create table procurement_import (
    id bigint generated always as identity primary key,
    file_name text not null,
    kind text not null,
    documents int not null,
    imported_at timestamptz not null default now(),
    imported_by text not null
);

create table contract (
    id bigint generated always as identity primary key,
    reg_num text not null unique,
    number text,
    sign_date date,
    customer_inn varchar(10) not null,
    customer_kpp varchar(9),
    customer_name text,
    -- the customer in the organization tree, found by INN (and KPP); null when not in the tree
    organization_id bigint references organization (id),
    price numeric(18, 2),
    currency text,
    subject text,
    purchase_number text,
    single_supplier boolean not null default false,
    -- [{kind, inn, kpp, name, person{lastName, firstName, middleName}, address, phone, email}]
    suppliers jsonb not null,
    import_id bigint not null references procurement_import (id),
    imported_at timestamptz not null default now()
);
create index contract_organization_ix on contract (organization_id, sign_date);
create index contract_customer_ix on contract (customer_inn);
create index contract_purchase_ix on contract (purchase_number);

create table protocol (
    id bigint generated always as identity primary key,
    purchase_number text not null,
    protocol_number text,
    protocol_date date,
    customer_inn varchar(10),
    commission_name text,
    -- [{name{lastName, firstName, middleName}, role}]
    members jsonb not null,
    import_id bigint not null references procurement_import (id)
);
create unique index protocol_ux on protocol (purchase_number, coalesce(protocol_number, ''));

-- One row per contract: the latest check. Stale when the registers or the people changed since.
create table contract_check (
    contract_id bigint primary key references contract (id) on delete cascade,
    checked_at timestamptz not null,
    registers_version bigint not null,
    people_version bigint not null,
    -- CHECKED, NOT_CHECKED (with reason)
    outcome text not null,
    reason text,
    findings int not null default 0
);

create table finding (
    id bigint generated always as identity primary key,
    contract_id bigint not null references contract (id) on delete cascade,
    organization_id bigint references organization (id),
    -- the customer's employee whose interest is at stake, and the matched person (he or a relative)
    official_employee_id bigint references employee (id),
    person_kind text not null,
    person_id bigint not null,
    rule text not null,
    confidence text not null,
    path jsonb not null,
    explanation text not null,
    -- NEW, UNDER_REVIEW, CONFIRMED, DISMISSED; STALE when a re-check no longer finds it
    status text not null default 'NEW',
    assignee text,
    resolution text,
    found_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    updated_by text not null,
    fingerprint text not null unique
);
create index finding_organization_ix on finding (organization_id, status);
create index finding_contract_ix on finding (contract_id);

create table finding_event (
    id bigint generated always as identity primary key,
    finding_id bigint not null references finding (id) on delete cascade,
    at timestamptz not null default now(),
    username text not null,
    -- FOUND, STATUS, ASSIGNED, COMMENT, REFOUND, GONE
    kind text not null,
    status text,
    text text
);
create index finding_event_finding_ix on finding_event (finding_id, at);

-- Versions that make checks stale: a counter bumped by every change of people and relatives.
create sequence people_version_seq;
create function bump_people_version() returns trigger language plpgsql as $$
begin
    perform nextval('people_version_seq');
    return null;
end $$;
create trigger employee_version after insert or update or delete on employee
    for each statement execute function bump_people_version();
create trigger relative_version after insert or update or delete on relative
    for each statement execute function bump_people_version();
