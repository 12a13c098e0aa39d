-- The publication of declarations on the website (Указ №613) is suspended by Указ №968 of 29.12.2022
-- (issue 18, item 1): it stays off until the regional administrator enables it, stating the legal
-- basis. Every change is a row (the history, who and when); the latest row is the state, none: off.
create table declaration_publication_switch (
    id bigint generated always as identity primary key,
    enabled boolean not null,
    basis text,
    changed_by text not null,
    changed_at timestamptz not null default now(),
    constraint declaration_publication_switch_basis check (not enabled or length(btrim(coalesce(basis, ''))) > 0)
);
