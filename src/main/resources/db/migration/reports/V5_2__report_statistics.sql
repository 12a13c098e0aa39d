-- Statistics of reports (issue 6): counted by the day of receipt within an organization's subtree.
create index report_received_ix on report (received_on, organization_id);
