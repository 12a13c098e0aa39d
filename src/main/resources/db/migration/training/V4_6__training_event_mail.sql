-- E-mail to participants of training events (training.TrainingEventMail): when each letter went out,
-- so that none is sent twice and a failed one is tried again.
alter table training_enrolment
    add column invited_at timestamptz,
    add column cancellation_sent_at timestamptz;
-- enrolments made before e-mail existed are not invited after the fact
update training_enrolment set invited_at = enrolled_at;
create index training_enrolment_uninvited_ix on training_enrolment (id) where invited_at is null;

create table training_session_reminder (
    session_id bigint not null references training_session (id) on delete cascade,
    enrolment_id bigint not null references training_enrolment (id) on delete cascade,
    sent_at timestamptz not null default now(),
    primary key (session_id, enrolment_id)
);
