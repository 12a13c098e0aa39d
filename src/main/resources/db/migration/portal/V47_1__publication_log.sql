-- The publication log of the public section «Противодействие коррупции» (issue 21, item 1): what was
-- published, changed or withdrawn on an organization's public pages, when and by whom.
create table portal_publication_log (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    -- the subsection's id (PublicSection.id): acts, expertise, news, pages …
    section text not null,
    path text not null,
    title text not null,
    -- PUBLISHED, UPDATED, WITHDRAWN
    action text not null,
    created_at timestamptz not null default now(),
    created_by text not null
);
create index portal_publication_log_organization_ix on portal_publication_log (organization_id, created_at desc);
