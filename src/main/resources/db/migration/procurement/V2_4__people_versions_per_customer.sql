-- Re-checks after a change of people only for the contracts it can affect: a change of an employee
-- or a relative moves on the people version of his customer (the INN of his organization or of its
-- nearest ancestor with one — the INN contracts name), not of every contract in the region.

create table customer_people_version (
    inn text primary key,
    version bigint not null
);

drop trigger employee_version on employee;
drop trigger relative_version on relative;
drop function bump_people_version();

-- the customers of the given organizations get a new people version
create function note_people_change(organization_ids bigint[]) returns void language plpgsql as $$
declare
    v bigint := nextval('people_version_seq');
begin
    insert into customer_people_version (inn, version)
    select distinct x.inn, v from (
        -- the nearest of the organization and its ancestors (the ids of its path) with an INN
        select (select a.inn from organization a
                 where a.id = any(cast(string_to_array(trim(both '/' from o.path), '/') as bigint[]))
                   and a.inn is not null
                 order by length(a.path) desc limit 1) as inn
        from organization o where o.id = any(organization_ids)) x
    where x.inn is not null
    on conflict (inn) do update set version = excluded.version;
end $$;

-- set-based: one call per statement, whatever the number of rows (imports write thousands)
create function employees_inserted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(select distinct organization_id from new_rows));
    return null;
end $$;
create function employees_deleted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(select distinct organization_id from old_rows));
    return null;
end $$;
create function employees_updated() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(select organization_id from new_rows union select organization_id from old_rows));
    return null;
end $$;
create trigger employee_inserted after insert on employee referencing new table as new_rows
    for each statement execute function employees_inserted();
create trigger employee_deleted after delete on employee referencing old table as old_rows
    for each statement execute function employees_deleted();
create trigger employee_updated after update on employee referencing new table as new_rows old table as old_rows
    for each statement execute function employees_updated();

create function relatives_inserted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select distinct e.organization_id from new_rows r join employee e on e.id = r.employee_id));
    return null;
end $$;
create function relatives_deleted() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select distinct e.organization_id from old_rows r join employee e on e.id = r.employee_id));
    return null;
end $$;
create function relatives_updated() returns trigger language plpgsql as $$
begin
    perform note_people_change(array(
        select e.organization_id from new_rows r join employee e on e.id = r.employee_id
        union select e.organization_id from old_rows r join employee e on e.id = r.employee_id));
    return null;
end $$;
create trigger relative_inserted after insert on relative referencing new table as new_rows
    for each statement execute function relatives_inserted();
create trigger relative_deleted after delete on relative referencing old table as old_rows
    for each statement execute function relatives_deleted();
create trigger relative_updated after update on relative referencing new table as new_rows old table as old_rows
    for each statement execute function relatives_updated();

-- an organization that gets or loses an INN, moves or is deactivated can change whose customer
-- its people are: every customer gets a new version (rare, and cheap to re-check)
create function organizations_updated() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n join old_rows o on o.id = n.id
               where n.inn is distinct from o.inn or n.path <> o.path or n.active <> o.active) then
        perform note_people_change(array(select id from organization));
    end if;
    return null;
end $$;
create trigger organization_updated after update on organization referencing new table as new_rows old table as old_rows
    for each statement execute function organizations_updated();

-- the state before this migration: every customer with people has changed since version 0
select note_people_change(array(select id from organization));
