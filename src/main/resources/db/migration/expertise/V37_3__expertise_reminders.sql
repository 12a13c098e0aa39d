-- The terms of the municipal procedure and their e-mail reminders: the developer's answers are due
-- by a day fixed when the conclusion is registered; each reminder (to the expert of a conclusion's
-- term, to the developer of the answers') is recorded once sent, per term and kind (before or after).
alter table expertise_conclusion add column answer_due_on date;

create table expertise_reminder (
    id bigint generated always as identity primary key,
    document_id bigint not null references expertise_document (id),
    -- EXPERT (the conclusion's term) or DEVELOPER (the answers' term)
    recipient text not null,
    due_on date not null,
    -- DUE (the term is near) or OVERDUE (it has passed)
    kind text not null,
    sent_at timestamptz not null default now(),
    unique (document_id, recipient, due_on, kind)
);
