-- The commission's procedure (issue 18, item 6; Указ №821 and the municipal acts modelled on it).

-- Secret ballot unless the commission decides on an open vote for the question (DOMAIN.md). A secret
-- vote keeps who voted (commission_vote with no choice) and the totals only. Questions voted before
-- this migration had every member's choice recorded: they stay as open votes, which is what they were.
alter table commission_agenda_item add column open_vote boolean not null default false;
update commission_agenda_item i set open_vote = true
where exists (select 1 from commission_vote v where v.item_id = i.id);
alter table commission_vote alter column choice drop not null;

-- Whether the servant concerned attended (Указ №821 п.19–20 model): PRESENT, ABSENT_BY_REQUEST (asked in
-- writing to consider it without him), ABSENT_NO_REASON (duly invited, did not come without a good
-- reason: considered without him), ABSENT_GOOD_REASON (the question is postponed); null: not recorded.
alter table commission_agenda_item add column servant_presence text;

-- The commission saw signs of a crime or an administrative offence: the information goes to law
-- enforcement within 3 days (Указ №821 п.34).
alter table commission_agenda_item add column law_enforcement boolean not null default false;

-- Invited persons who attended, free text with their roles (the minutes record them).
alter table commission_meeting add column invitees text;

-- A member's written dissenting opinion on a question (особое мнение), attached to the minutes.
create table commission_dissent (
    item_id bigint not null references commission_agenda_item (id) on delete cascade,
    member_id bigint not null references commission_member (id),
    text text not null,
    recorded_by text not null,
    recorded_at timestamptz not null default now(),
    primary key (item_id, member_id)
);
