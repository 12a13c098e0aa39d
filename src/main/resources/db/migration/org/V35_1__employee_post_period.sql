-- Issue 18 item 8: dated posts and procurement roles. 44-ФЗ ст.31 ч.1 п.9 judges who held the
-- customer's posts (head, contract service head, contract manager, commission member) at the date of
-- the purchase, so the registry keeps every period an employee held a post with its organization and
-- roles. One row per period; valid_to is the period's last day (inclusive), null while it lasts.
-- valid_from null: the start is unknown (a card without an appointment date) — the period counts for
-- every date before valid_to, as the registry counted the person before the history existed.
-- Written by org's stores in the transaction of every change of a card (form, API, people file,
-- registry load, candidate appointed, deactivation and dismissal); read by procurement's checks.

create table employee_post_period (
    id bigint generated always as identity primary key,
    employee_id bigint not null references employee (id) on delete cascade,
    organization_id bigint not null references organization (id),
    post text not null,
    head_of_customer boolean not null default false,
    contract_service_head boolean not null default false,
    contract_manager boolean not null default false,
    procurement_commission_member boolean not null default false,
    valid_from date,
    valid_to date,
    recorded_at timestamptz not null default now(),
    constraint employee_post_period_dates check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index employee_post_period_employee_ix on employee_post_period (employee_id, valid_to);
create unique index employee_post_period_open_ux on employee_post_period (employee_id) where valid_to is null;

comment on table employee_post_period is
    'Periods an employee held a post in an organization, with his procurement roles (44-ФЗ ст.31 ч.1 п.9 at the purchase date)';

-- The backfill: one period per card that is not a candidate, from its appointment date (null when
-- unknown: counted since ever, so that no finding of a past check is lost). A card dismissed (dismissed_on) or inactive ends on its
-- dismissal date, else on the day of its last change (the best the registry knows of a deactivation).
insert into employee_post_period (employee_id, organization_id, post, head_of_customer, contract_service_head,
    contract_manager, procurement_commission_member, valid_from, valid_to)
select e.id, e.organization_id, e.post, e.head_of_customer, e.contract_service_head, e.contract_manager,
       e.procurement_commission_member, e.appointed_on,
       case
           when e.dismissed_on is not null then greatest(e.dismissed_on, e.appointed_on)
           when not e.active then greatest(cast(e.updated_at as date), e.appointed_on)
       end
from employee e
where not e.candidate;
