-- Issue 18 (items 9 and 2): citizens' reports under 59-ФЗ.
-- Consent to the processing of personal data is not demanded (152-ФЗ ст.6 ч.1 п.2): what the
-- reporter ticked is recorded as given; null when no contacts were given or nobody asked (intake).
alter table report add column consent boolean;

-- Forwarding to an external competent body (police, prosecutor, another authority: 59-ФЗ ст.8 ч.3,
-- ст.11 ч.1) with a registered outgoing letter.
alter table report add column forwarded_to text;
alter table report add column outgoing_number text;
alter table report add column outgoing_on date;

-- The outgoing letters' numbers of an organization's reports: <n>-исх/<year>
create table report_outgoing_counter (
    organization_id bigint not null references organization (id),
    year int not null,
    last int not null,
    primary key (organization_id, year)
);

-- Retention (Перечень Росархива №236: обращения граждан — 5 лет ЭПК): no automatic deletion; the
-- content is destroyed by an act after expert review and the row stays as a tombstone with the act.
alter table report alter column data_key drop not null;
alter table report alter column body drop not null;
alter table report add column destroyed_on date;
alter table report add column destruction_act text;
alter table report add column destruction_act_on date;
alter table report add column destroyed_by text;
