-- Whether a report may be submitted without the indicator's value (issue 20, item 1): numbers and
-- yes/no answers are required by default; a text or a file may be optional.
alter table monitoring_indicator add column required boolean not null default true;
