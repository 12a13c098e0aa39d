-- Security issue 14, item 3: a web report's time of day is never kept. Everything that can be tied
-- to a public submission or a reporter's reply holds the day only (in the session's time zone, which
-- is the region's: the JDBC driver sends the JVM's zone). Existing rows are cut to the day; the
-- columns become `date`, so a time of day cannot be stored again.

-- the report's last change (a reporter's reply changed nothing here, but officers' changes and the
-- submission did, microsecond-exact)
alter table report alter column updated_at drop default;
alter table report alter column updated_at type date using updated_at::date;
alter table report rename column updated_at to updated_on;
alter table report alter column updated_on set default current_date;

-- the history: the day of every entry (the submission and the reporter's replies are entries, and
-- officers' entries with exact times would bracket them, since the ids interleave)
alter table report_history alter column at drop default;
alter table report_history alter column at type date using at::date;
alter table report_history rename column at to happened_on;
alter table report_history alter column happened_on set default current_date;
drop index if exists report_history_report_ix;
create index report_history_report_ix on report_history (report_id, happened_on, id);

-- officers' messages had an exact time; their ids interleave with the reporter's messages, so that
-- time bracketed when the reporter wrote. The day (created_on) stays.
alter table report_message drop column created_at;

-- an organization's key pair is created on its first report, possibly a web submission
alter table report_org_key alter column created_at drop default;
alter table report_org_key alter column created_at type date using created_at::date;
alter table report_org_key rename column created_at to created_on;
alter table report_org_key alter column created_on set default current_date;

-- spent proof-of-work challenges: the expiry was "spent at + 2 hours", i.e. the time of a submission
-- or a receipt look-up. Now the day the challenge itself expires, deleted the day after.
alter table report_pow_spent alter column expires_at type date using expires_at::date;
alter table report_pow_spent rename column expires_at to expires_on;

-- the keyring's creation (first start) is not tied to a report, but no table of the reports keeps a
-- time of day: one rule, easy to check
alter table report_keyring alter column created_at drop default;
alter table report_keyring alter column created_at type date using created_at::date;
alter table report_keyring rename column created_at to created_on;
alter table report_keyring alter column created_on set default current_date;
