-- The organization's mandatory package: acts every newly hired or appointed employee of the keeping
-- organization's subtree is asked to acknowledge, within a term counted from the day he is asked.
alter table legal_act add column mandatory_since date;
alter table legal_act add column newcomer_term_days int not null default 14;
