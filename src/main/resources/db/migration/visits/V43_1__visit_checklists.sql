-- On-site visits of the regional body to the municipalities (issue 20, item 3): the checklist
-- templates the visiting team works through. A template used by a visit is not changed any more:
-- a new version is a copy (based_on_id) that is edited instead, so every visit keeps the items it
-- was held with.

create table visit_template (
    id bigint generated always as identity primary key,
    name text not null,
    version int not null default 1,
    -- the template this one was copied from (a new version of it)
    based_on_id bigint references visit_template (id),
    -- the default template shipped as a resource (visits/default-checklist.tsv), created once
    builtin boolean not null default false,
    -- offered for new visits
    active boolean not null default true,
    created_at timestamptz not null default now(),
    created_by text not null
);
create unique index visit_template_builtin_ux on visit_template (builtin) where builtin;

create table visit_template_item (
    id bigint generated always as identity primary key,
    template_id bigint not null references visit_template (id),
    position int not null,
    -- a heading the items are grouped by: «Комиссия», «Сведения о доходах», …
    section text not null,
    text text not null,
    -- the article of the law or the act the item checks
    legal_basis text not null
);
create index visit_template_item_template_ix on visit_template_item (template_id, position);
