-- Independent and public anti-corruption expertise of drafts (172-ФЗ ст.5; ПП РФ №96 of 26.02.2010):
-- a draft's version published on the public pages for a period, the conclusions of accredited
-- independent experts and the proposals of citizens and organizations received through them, each
-- registered and answered within 30 days of receipt (172-ФЗ ст.5 ч.4).

create table expertise_publication (
    id bigint generated always as identity primary key,
    document_id bigint not null references expertise_document (id),
    -- the one version the public sees: never another version of the same document
    version_id bigint not null references expertise_version (id),
    -- conclusions and proposals are received from starts_on to ends_on inclusive (region's days)
    starts_on date not null,
    ends_on date not null,
    published_at timestamptz not null default now(),
    published_by text not null,
    -- withdrawn: off the public pages at once, nothing more is received
    withdrawn_at timestamptz,
    withdrawn_by text,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    check (ends_on >= starts_on)
);
create index expertise_publication_document_ix on expertise_publication (document_id);

create table expertise_submission (
    id bigint generated always as identity primary key,
    publication_id bigint not null references expertise_publication (id),
    -- the organization of the document's register: the numbering and the subtree checks
    organization_id bigint not null references organization (id),
    -- INDEPENDENT_CONCLUSION (an accredited expert, 172-ФЗ ст.5 ч.1) or PROPOSAL (a citizen or an organization)
    kind text not null,
    -- the expert's full name or the organization's name; a citizen's or an organization's name
    author_name text not null,
    email text,
    postal_address text,
    -- the order of the Ministry of Justice that accredited the expert (the Минюст register)
    accreditation_order text,
    accreditation_date date,
    text text,
    -- registered on receipt: a number per organization and year, gap-free
    registration_year int not null,
    registration_number int not null,
    received_on date not null,
    -- the last day of the answer: received_on + 30 days (172-ФЗ ст.5 ч.4)
    due_on date not null,
    -- the SHA-256 of the secret code the sender got with the receipt (the code itself is not kept)
    status_code_hash bytea not null unique,
    -- the reasoned answer
    answer text,
    -- whether the conclusion or proposal was taken into account (учтено / не учтено)
    accepted boolean,
    answered_at timestamptz,
    answered_by text,
    -- how the answer went out: EMAIL (sent by Probity) or POST (marked by the officer)
    sent_how text,
    sent_at timestamptz,
    sent_by text,
    unique (organization_id, registration_year, registration_number)
);
create index expertise_submission_publication_ix on expertise_submission (publication_id);
create index expertise_submission_organization_ix on expertise_submission (organization_id);

create table expertise_submission_file (
    id bigint generated always as identity primary key,
    submission_id bigint not null references expertise_submission (id),
    file_name text not null,
    content_type text not null,
    content bytea not null,
    sha256 text not null
);
create index expertise_submission_file_submission_ix on expertise_submission_file (submission_id);
