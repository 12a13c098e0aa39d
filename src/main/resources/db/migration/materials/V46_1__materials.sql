-- The region's library of methodological materials (issue 20, item 6): recommendations, reviews of
-- court practice, templates of acts, presentations; their versions with files and extracted text for
-- Russian full-text search; free tags; drafts and published ones; the letters that sent a version.

create table material (
    id bigint generated always as identity primary key,
    -- the organization that keeps the material: published, it is read by its subtree (and by those above it)
    organization_id bigint not null references organization (id),
    -- RECOMMENDATIONS, COURT_PRACTICE, ACT_TEMPLATE, PRESENTATION, OTHER (MaterialKind)
    kind text not null,
    title text not null,
    description text,
    tags text[] not null default '{}',
    -- DRAFT, PUBLISHED
    status text not null default 'DRAFT',
    published_at timestamptz,
    published_by text,
    -- the document of the acts module's register the material is sent as (acts owns it: no foreign key)
    act_id bigint,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    search tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A')
            || setweight(to_tsvector('russian', coalesce(description, '')), 'B')) stored
);
create index material_organization_ix on material (organization_id, status);
create index material_search_ix on material using gin (search);
create index material_tags_ix on material using gin (tags);

create table material_version (
    id bigint generated always as identity primary key,
    material_id bigint not null references material (id),
    number int not null,
    file_name text not null,
    content_type text not null,
    content bytea not null,
    -- the text extracted from the file (platform.DocumentText): what is searched
    text text not null,
    sha256 text not null,
    note text,
    -- the version of the acts module's document this version was registered as, once sent by letter
    act_version_id bigint,
    created_at timestamptz not null default now(),
    created_by text not null,
    search tsvector generated always as (to_tsvector('russian', text)) stored,
    unique (material_id, number)
);
create index material_version_search_ix on material_version using gin (search);

-- a version sent down the tree as a letter with receipt (acts.Letters): the letter is the acts module's
create table material_letter (
    id bigint generated always as identity primary key,
    material_id bigint not null references material (id),
    version_id bigint not null references material_version (id),
    letter_id bigint not null,
    sent_at timestamptz not null default now(),
    sent_by text not null
);
create index material_letter_material_ix on material_letter (material_id);
