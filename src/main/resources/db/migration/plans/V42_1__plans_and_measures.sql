-- The anti-corruption plan of an organization (the region's body, a municipality or its body) for a
-- period (e.g. 2025–2027 or a year), approved by its act; 273-ФЗ ст.5, the Национальный план
-- противодействия коррупции (Указ Президента РФ). Issue 20, item 7.
create table anticorruption_plan (
    id bigint generated always as identity primary key,
    organization_id bigint not null references organization (id),
    title text not null,
    period_from date not null,
    period_to date not null,
    -- the act that approved it: «постановление от 15.01.2025 № 12»
    approved_by text,
    created_by text not null,
    created_at timestamptz not null default now(),
    constraint anticorruption_plan_period_ck check (period_from <= period_to)
);
create index anticorruption_plan_organization_ix on anticorruption_plan (organization_id);

-- A measure of a plan: its section and number, text, executor (an organization and/or a person),
-- term (a date, or a periodic term with its due dates), expected result or indicator, legal basis.
create table plan_measure (
    id bigint generated always as identity primary key,
    plan_id bigint not null references anticorruption_plan (id) on delete cascade,
    section text,
    number text not null,
    text text not null,
    executor_organization_id bigint references organization (id),
    executor_person text,
    -- DATE (term_date) or MONTHLY, QUARTERLY, HALF_YEARLY, ANNUALLY (due at the end of each)
    term_kind text not null,
    term_date date,
    expected_result text,
    legal_basis text,
    position int not null,
    created_at timestamptz not null default now(),
    constraint plan_measure_term_ck check (
        (term_kind = 'DATE' and term_date is not null)
        or term_kind in ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'ANNUALLY'))
);
create index plan_measure_plan_ix on plan_measure (plan_id, position);
