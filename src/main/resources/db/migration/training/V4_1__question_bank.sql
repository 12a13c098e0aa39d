-- The question bank of knowledge tests: categories and questions kept by an organization (seen by
-- its subtree and its ancestors, like the register of acts).

create table question_category (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    name text not null,
    unique (organization_id, name)
);

create table question (
    id bigint generated always as identity primary key,
    category_id bigint not null references question_category (id),
    -- SINGLE, MULTIPLE, MATCHING, SHORT
    kind text not null,
    name text,
    text text not null,
    -- [{text, match, fraction}]: answers with their share of the mark, matching pairs, or accepted short answers
    options jsonb not null,
    explanation text,
    tags text[] not null default '{}',
    active boolean not null default true,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);
create index question_category_ix on question (category_id) where active;
