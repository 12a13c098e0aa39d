-- The participants of a discussion are listed and counted by discussion alone: the partial unique
-- indexes (e-mail, phone) of V51_3 do not serve that lookup.
create index civil_participant_discussion_ix on civil_participant (discussion_id);
