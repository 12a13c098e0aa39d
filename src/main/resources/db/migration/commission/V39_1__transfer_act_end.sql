-- Who ended a transfer act (its repeal or expiry recorded after it was entered) and when.
alter table commission_transfer_act add column ended_by text;
alter table commission_transfer_act add column ended_at timestamptz;
