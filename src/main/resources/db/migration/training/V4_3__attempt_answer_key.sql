-- The attempt's answer key: a random secret given to the examinee's page with the questions; an
-- answer is accepted for the attempt only with it. The saves (hundreds a second when thousands
-- take a test at once) so need neither the session nor a CSRF token: the key is both
-- (docs/decisions/0004-attempt-answer-key.md).
alter table test_attempt add column answer_key uuid not null default gen_random_uuid();
