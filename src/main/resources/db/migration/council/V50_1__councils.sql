-- The interdepartmental council on combating corruption (issue 21, item 2): one council per
-- organization of the tree (the region's under the governor, a municipality's under its head), and
-- its composition with dated memberships. A member is a person of the registry (employee card) or an
-- external person written by name with his body and post.
create table council (
    id bigint generated always as identity primary key,
    organization_id bigint not null unique references organization (id),
    name text not null,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null
);

create table council_member (
    id bigint generated always as identity primary key,
    council_id bigint not null references council (id),
    -- the registry's card, when the member is an employee of the tree
    employee_id bigint references employee (id),
    full_name text not null,
    -- the body or organization he represents
    body text not null,
    post text not null,
    -- CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER (CouncilRole)
    role text not null,
    member_from date not null,
    member_to date,
    created_at timestamptz not null default now(),
    created_by text not null,
    updated_at timestamptz not null default now(),
    updated_by text not null,
    check (member_to is null or member_to >= member_from)
);
create index council_member_council_ix on council_member (council_id);
