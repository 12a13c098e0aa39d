-- A report naming an employee, sent to the commission on official conduct and conflicts of interest
-- (issue 6). The employee is the officer's finding, recorded only when the report is sent; it is
-- readable (the commission needs it), the report's content stays sealed.
alter table report add column employee_id bigint references employee (id);
alter table report add column sent_to_commission_on date;
create index report_employee_ix on report (employee_id) where employee_id is not null;
