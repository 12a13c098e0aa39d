-- Accounts belong to people (issue 16, item 1): a personal account is linked to one employee card;
-- an account of no person (the first administrator, integrations, the demo's role accounts) is
-- marked technical explicitly. Accounts without a person so far are technical.
alter table app_user add column technical boolean not null default false;
update app_user set technical = true where employee_id is null;
