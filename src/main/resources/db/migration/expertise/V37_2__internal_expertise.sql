-- The internal expertise of a version (ПП РФ №96, Правила п.3, 4; Методика): the detector's hints
-- stored once per version with the expert's decision, the findings (corruptogenic factors found,
-- each with its clause, the quoted fragment and the proposal to eliminate it), the registered
-- conclusions and the developer's answers to the findings.

create table expertise_hint (
    id bigint generated always as identity primary key,
    version_id bigint not null references expertise_version (id),
    -- the factor code of the Методика: 3а … 3и, 4а … 4в
    factor text not null,
    clause text not null default '',
    start_at int not null,
    end_at int not null,
    quote text not null,
    explanation text not null,
    -- null while undecided; ACCEPTED (became a finding) or REJECTED (with the reason)
    decision text,
    reason text,
    decided_by text,
    decided_at timestamptz
);
create index expertise_hint_version_ix on expertise_hint (version_id);

create table expertise_finding (
    id bigint generated always as identity primary key,
    version_id bigint not null references expertise_version (id),
    -- the hint it was accepted from; null when the expert found it himself
    hint_id bigint references expertise_hint (id),
    -- DETECTOR or EXPERT
    origin text not null,
    factor text not null,
    clause text not null default '',
    start_at int not null,
    end_at int not null,
    quote text not null,
    proposal text not null default '',
    decided_by text not null,
    decided_at timestamptz not null default now(),
    -- the developer's answer: ELIMINATED (in the version answer_version) or DISAGREED (with the reason)
    answer text,
    answer_version int,
    answer_reason text,
    answered_by text,
    answered_at timestamptz
);
create index expertise_finding_version_ix on expertise_finding (version_id);

create table expertise_conclusion (
    id bigint generated always as identity primary key,
    document_id bigint not null references expertise_document (id),
    version_id bigint not null unique references expertise_version (id),
    -- the register of conclusions: a gap-free number per organization and year
    organization_id bigint not null references organization (id),
    year int not null,
    sequence int not null,
    number text not null,
    registered_on date not null,
    -- the expert who signed it off: his name and post as printed
    signed_by text not null,
    signer_name text not null,
    signer_post text not null,
    signed_at timestamptz not null default now(),
    findings int not null,
    unique (organization_id, year, sequence)
);
create index expertise_conclusion_document_ix on expertise_conclusion (document_id);

create index expertise_document_developer_ix on expertise_document (developer_employee_id);
