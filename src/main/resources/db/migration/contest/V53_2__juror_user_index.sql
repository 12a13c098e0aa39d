-- «The contests I am a juror of» and the jurors' tasks look jurors up by account: the primary key
-- (contest_id, user_id) of V52_3 does not serve that lookup.
create index contest_juror_user_ix on contest_juror (user_id);
