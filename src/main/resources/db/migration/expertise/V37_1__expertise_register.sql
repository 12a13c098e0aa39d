-- Anti-corruption expertise of normative acts and their drafts (172-ФЗ ст.3 ч.4, ст.5; ПП РФ №96 of
-- 26.02.2010 and its Методика): the register of what is examined, per organization of the tree, and
-- the versions of its text.

create table expertise_document (
    id bigint generated always as identity primary key,
    -- the organization whose register holds the document: seen by its subtree's officers and its ancestors
    organization_id bigint not null references organization (id),
    -- DRAFT (a draft act, before adoption) or ACT (an act in force, examined while monitoring its application)
    subject text not null,
    -- РЕШЕНИЕ, ПОСТАНОВЛЕНИЕ, РАСПОРЯЖЕНИЕ, ... (ExpertiseKind)
    kind text not null,
    title text not null,
    -- the developer: the organization (a department) and the person who drafted the text
    developer_organization_id bigint references organization (id),
    developer_employee_id bigint references employee (id),
    -- for an act in force: its number and date of adoption
    act_number text,
    act_adopted_on date,
    -- REGISTERED, UNDER_EXPERTISE, CONCLUSION_ISSUED, ANSWERED, CLOSED (ExpertiseStage)
    stage text not null default 'REGISTERED',
    -- the expert of the legal service who examines it
    expert_login text,
    -- the date the conclusion is due under the municipal procedure
    due_on date,
    registered_at timestamptz not null default now(),
    registered_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index expertise_document_organization_ix on expertise_document (organization_id);

create table expertise_version (
    id bigint generated always as identity primary key,
    document_id bigint not null references expertise_document (id),
    number int not null,
    file_name text not null,
    content_type text not null,
    content bytea not null,
    sha256 text not null,
    -- the text extracted from the file: what the detector scans and the offsets of findings refer to
    text text not null,
    note text,
    uploaded_at timestamptz not null default now(),
    uploaded_by text not null,
    unique (document_id, number)
);
