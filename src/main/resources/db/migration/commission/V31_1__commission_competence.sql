-- Which commission has competence (issue 18, item 3; DOMAIN.md «The commission»: each employer body
-- forms its commission, a regional commission has no power over municipal servants).

-- CONDUCT: the body's commission on official conduct and conflicts of interest (Указ №821);
-- MUNICIPAL_POSTS: the region's commission (or the governor's body) for persons holding municipal posts,
-- which follow the regional law's own procedure (273-ФЗ ст.12.1). An organization may have one of each.
alter table commission add column kind text not null default 'CONDUCT';
drop index commission_organization_ux;
create unique index commission_organization_ux on commission (organization_id, kind) where active;

-- A municipal act or an agreement handing a body's cases to another body's commission («муниципальный
-- правовой акт / соглашение о передаче»), e.g. a settlement's to its district's: routing follows a valid one.
create table commission_transfer_act (
    id bigint generated always as identity primary key,
    number text not null,
    act_date date not null,
    title text not null,
    -- the employer body whose servants' cases are handed over
    from_organization_id bigint not null references organization (id),
    -- the commission that considers them
    to_commission_id bigint not null references commission (id),
    valid_from date not null,
    valid_to date,
    created_by text not null,
    created_at timestamptz not null default now(),
    constraint commission_transfer_act_validity check (valid_to is null or valid_to >= valid_from)
);
create index commission_transfer_act_from_ix on commission_transfer_act (from_organization_id);

-- the act a case was routed by (null: the employer body's own commission, or waiting)
alter table commission_case add column transfer_act_id bigint references commission_transfer_act (id);
