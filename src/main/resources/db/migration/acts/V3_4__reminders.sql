-- E-mail reminders about acknowledgements: one before the due date, one after it.
alter table acknowledgement add column reminded_before_at timestamptz;
alter table acknowledgement add column reminded_after_at timestamptz;
