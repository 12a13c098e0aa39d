-- Issue 18 item 8: 44-ФЗ ст.31 ч.1 п.9 judges who held the customer's posts at the date of the
-- purchase. The checks now read the customers' people through the periods of posts
-- (employee_post_period, org/V35_1): an official dismissed or transferred since stays in the checks
-- of the purchases of his time, one appointed after a purchase is not in its check.

-- A change of a person concerns every customer he held a post at, not only his present one: the
-- relatives of an employee transferred or dismissed are in the checks of his former customers.
create or replace function employees_updated() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select organization_id from new_rows union select organization_id from old_rows
        union select p.organization_id from employee_post_period p where p.employee_id in (select id from new_rows)));
    return null;
end $$;
create or replace function relatives_inserted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select distinct e.organization_id from new_rows r join employee e on e.id = r.employee_id
        union select p.organization_id from new_rows r join employee_post_period p on p.employee_id = r.employee_id));
    return null;
end $$;
create or replace function relatives_deleted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select distinct e.organization_id from old_rows r join employee e on e.id = r.employee_id
        union select p.organization_id from old_rows r join employee_post_period p on p.employee_id = r.employee_id));
    return null;
end $$;
create or replace function relatives_updated() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select e.organization_id from new_rows r join employee e on e.id = r.employee_id
        union select e.organization_id from old_rows r join employee e on e.id = r.employee_id
        union select p.organization_id from new_rows r join employee_post_period p on p.employee_id = r.employee_id));
    return null;
end $$;

-- Every check is made stale (as V32_3 did) so that the scheduled re-check applies the dated rule to
-- the stored contracts; a finding no longer found goes STALE with its history, one found anew keeps
-- its number.
update contract_check set registers_version = -1;
