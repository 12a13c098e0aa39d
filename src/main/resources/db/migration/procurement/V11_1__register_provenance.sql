-- Provenance of the company registers (issue 14, hole 5). Every loaded file records who loaded it,
-- from which source and which organization's subtree, and a hash of the file. Extracts uploaded by
-- a municipality (any role but the regional administrator) are PENDING: they count only for the
-- checks of the uploader's organization subtree (scope_id) until the regional administrator
-- accepts them (then REGION, region-wide) or rejects them. Extracts of the regional administrator
-- and of the official feed are REGION at once. The region-wide current record of an INN
-- (is_current) is chosen among REGION extracts only; every change of it is written to the
-- append-only register_change with the file and the actor.

create sequence register_version_seq;

alter table register_import
    -- OFFICIAL (the configured official feed, the demo), REGIONAL (the regional administrator),
    -- MUNICIPAL (an officer of a municipality or an institution)
    add column source text not null default 'REGIONAL',
    -- the uploader's organization: whose checks a MUNICIPAL file affects before it is accepted
    add column organization_id bigint references organization (id),
    -- hex SHA-256 of the file as read (null for extracts that came from no file, e.g. the demo)
    add column sha256 text,
    -- REGION (region-wide from the start), PENDING, ACCEPTED, REJECTED
    add column status text not null default 'REGION',
    add column reviewed_by text,
    add column reviewed_at timestamptz,
    add column review_note text,
    -- moves on with every import and every review: the registers version the checks compare with
    add column version bigint not null default nextval('register_version_seq');

update register_import set version = id;
select setval('register_version_seq', greatest((select max(id) from register_import), 1));
update register_import set source = 'OFFICIAL' where kind = 'DEMO';

-- files uploaded before by accounts that are not the regional administrator's become pending
-- extracts of their uploader's organization: the regional administrator reviews them
update register_import i set source = 'MUNICIPAL', status = 'PENDING', organization_id = u.organization_id
from app_user u
where lower(u.username) = lower(i.imported_by) and u.role <> 'REGIONAL_ADMIN';
update register_import i set organization_id = u.organization_id
from app_user u
where lower(u.username) = lower(i.imported_by) and i.organization_id is null;

create index register_import_pending_ix on register_import (imported_at) where status = 'PENDING';

alter table register_company
    add column status text not null default 'REGION',
    add column scope_id bigint references organization (id);
alter table register_entrepreneur
    add column status text not null default 'REGION',
    add column scope_id bigint references organization (id);

update register_company c set status = 'PENDING', scope_id = i.organization_id, is_current = false
from register_import i where i.id = c.import_id and i.status = 'PENDING';
update register_entrepreneur e set status = 'PENDING', scope_id = i.organization_id, is_current = false
from register_import i where i.id = e.import_id and i.status = 'PENDING';

-- a region-wide extract and municipal ones of the same INN and date live side by side: a
-- municipality cannot pre-empt the official extract of a date by uploading its own first
drop index register_company_extract_ux;
create unique index register_company_extract_ux on register_company (inn, extract_date) where status = 'REGION';
create unique index register_company_pending_ux on register_company (inn, extract_date, scope_id)
    where status = 'PENDING';
create index register_company_scope_ix on register_company (scope_id, inn) where status = 'PENDING';
drop index register_entrepreneur_extract_ux;
create unique index register_entrepreneur_extract_ux on register_entrepreneur (inn, extract_date)
    where status = 'REGION';
create unique index register_entrepreneur_pending_ux on register_entrepreneur (inn, extract_date, scope_id)
    where status = 'PENDING';
create index register_entrepreneur_scope_ix on register_entrepreneur (scope_id, inn) where status = 'PENDING';
create index register_company_inn_ix on register_company (inn);
create index register_entrepreneur_inn_ix on register_entrepreneur (inn);

-- the region-wide current record again, now among REGION extracts only
update register_company c set is_current = (c.id = (
    select b.id from register_company b where b.inn = c.inn and b.status = 'REGION'
    order by b.extract_date desc, b.id desc limit 1))
where c.status = 'REGION' and c.inn in (select inn from register_company where status = 'PENDING');
update register_entrepreneur c set is_current = (c.id = (
    select b.id from register_entrepreneur b where b.inn = c.inn and b.status = 'REGION'
    order by b.extract_date desc, b.id desc limit 1))
where c.status = 'REGION' and c.inn in (select inn from register_entrepreneur where status = 'PENDING');

-- Every change of a company's or an entrepreneur's record, attributable: CURRENT — the region-wide
-- current record became extract_id (previous_id before); PENDING — a municipal extract that counts
-- for the checks of scope_id's subtree only; ACCEPTED, REJECTED — the regional administrator's
-- decision on a pending extract; DUPLICATE — an accepted extract of a date the region already had.
create table register_change (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor text not null,
    kind text not null,
    inn varchar(12) not null,
    action text not null,
    import_id bigint not null references register_import (id),
    extract_id bigint not null,
    previous_id bigint,
    scope_id bigint references organization (id)
);
create index register_change_inn_ix on register_change (inn, id);

create function register_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'register_change is append-only';
end $$;
create trigger register_change_no_update before update or delete or truncate on register_change
    for each statement execute function register_change_is_append_only();

-- what is known of the past: the current records and the pending extracts as they stand
insert into register_change (at, actor, kind, inn, action, import_id, extract_id, scope_id)
select i.imported_at, i.imported_by, 'COMPANY', c.inn, case when c.status = 'PENDING' then 'PENDING' else 'CURRENT' end,
       i.id, c.id, c.scope_id
from register_company c join register_import i on i.id = c.import_id
where c.is_current or c.status = 'PENDING'
order by i.id, c.id;
insert into register_change (at, actor, kind, inn, action, import_id, extract_id, scope_id)
select i.imported_at, i.imported_by, 'ENTREPRENEUR', e.inn, case when e.status = 'PENDING' then 'PENDING' else 'CURRENT' end,
       i.id, e.id, e.scope_id
from register_entrepreneur e join register_import i on i.id = e.import_id
where e.is_current or e.status = 'PENDING'
order by i.id, e.id;
