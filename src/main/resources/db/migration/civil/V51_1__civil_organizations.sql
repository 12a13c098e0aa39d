-- The registry of public organizations working with an organization of the tree (issue 21, item 3;
-- 273-ФЗ ст.6, ст.7; 212-ФЗ): the organization, its ИНН checked against its check digit and, when the
-- ЕГРЮЛ is loaded in procurement, against it; contacts; the agreement with the region; its
-- representatives in commissions and councils.
create table civil_organization (
    id bigint generated always as identity primary key,
    -- the organization of the tree whose registry it is (usually the region's root)
    owner_id bigint not null references organization (id),
    name text not null,
    inn text not null,
    -- the check against the ЕГРЮЛ when saved: VERIFIED, NOT_FOUND, TERMINATED, NOT_LOADED
    egrul_status text not null,
    egrul_name text,
    description text,
    address text,
    phone text,
    email text,
    website text,
    -- an agreement of the module agreements (its id, no foreign key across modules) or a text
    agreement_id bigint,
    agreement_text text,
    active boolean not null default true,
    created_by text not null,
    created_at timestamptz not null default now(),
    updated_by text not null,
    updated_at timestamptz not null default now()
);
create unique index civil_organization_inn_ux on civil_organization (owner_id, inn);
create index civil_organization_owner_ix on civil_organization (owner_id, name);

-- A representative of a public organization in a commission or a council.
create table civil_representative (
    id bigint generated always as identity primary key,
    civil_organization_id bigint not null references civil_organization (id) on delete cascade,
    person_name text not null,
    body text not null,
    created_by text not null,
    created_at timestamptz not null default now()
);
create index civil_representative_organization_ix on civil_representative (civil_organization_id);
