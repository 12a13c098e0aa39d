-- A candidate for a post (issue 17, item 4; 273-ФЗ ст.8 ч.1 п.1: a citizen applying for a post on the
-- declaration list files before he is appointed): a card kept inactive — in no staff list, no account,
-- no training or acknowledgement — until the officer records the appointment (the card becomes an
-- active employee) or that the candidate was not appointed (the flag goes, the card stays inactive).
alter table employee add column candidate boolean not null default false;
alter table employee add constraint employee_candidate_inactive check (not (candidate and active));
