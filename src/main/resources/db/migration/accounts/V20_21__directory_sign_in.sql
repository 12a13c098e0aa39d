-- Sign-in through the organization's directory (issue 16, item 2): an account made at a person's first
-- directory sign-in signs in only through the directory. Its password_hash is the hash of a random
-- secret nobody knows (the directory password is never stored).
alter table app_user add column directory boolean not null default false;

-- the person's entry in the directory (its DN, no secret), so that a signature by password (acknowledging
-- an act) can be checked by the directory for an account that signs in there
alter table app_user add column directory_dn text;
