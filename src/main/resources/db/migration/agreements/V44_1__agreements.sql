-- Agreements of the region with the municipalities and other bodies (issue 20, item 4): the
-- register with number, date, parties (organizations of the tree or external names: the
-- prosecutor's office, a university, a public organization), subject, term (indefinite without an
-- end), obligations with the party responsible and their terms, files. The status (active, expired,
-- terminated) is computed from the dates (AgreementStatus).

create table agreement (
    id bigint generated always as identity primary key,
    number text not null,
    signed_on date not null,
    subject text not null,
    valid_from date not null,
    -- null: concluded for an indefinite term
    valid_to date,
    terminated_on date,
    termination_reason text,
    note text,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index agreement_signed_ix on agreement (signed_on desc);

create table agreement_party (
    id bigint generated always as identity primary key,
    agreement_id bigint not null references agreement (id),
    position int not null,
    -- an organization of the tree, or an external body named in external_name
    organization_id bigint references organization (id),
    external_name text,
    check ((organization_id is null) <> (external_name is null))
);
create index agreement_party_agreement_ix on agreement_party (agreement_id, position);
create index agreement_party_organization_ix on agreement_party (organization_id);

create table agreement_obligation (
    id bigint generated always as identity primary key,
    agreement_id bigint not null references agreement (id),
    text text not null,
    -- the party responsible
    party_id bigint references agreement_party (id),
    due_on date,
    done_on date,
    note text,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index agreement_obligation_agreement_ix on agreement_obligation (agreement_id, id);

create table agreement_file (
    id bigint generated always as identity primary key,
    agreement_id bigint not null references agreement (id),
    name text not null,
    content_type text not null,
    size int not null,
    sha256 text not null,
    content bytea not null,
    uploaded_at timestamptz not null default now(),
    uploaded_by text not null
);
create index agreement_file_agreement_ix on agreement_file (agreement_id);
