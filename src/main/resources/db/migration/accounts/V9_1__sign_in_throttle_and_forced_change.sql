-- Sign-in throttling (issue 14, item 8): failures are counted per typed username and client address,
-- and per client address alone (account = ''), with growing delays; nothing locks an account for
-- everybody, so wrong passwords from one address never shut its owner out elsewhere.
create table sign_in_throttle (
    account text not null,
    address text not null,
    failures int not null,
    blocked_until timestamptz,
    last_failure_at timestamptz not null,
    primary key (account, address)
);
create index sign_in_throttle_account_ix on sign_in_throttle (account);

-- the old account-wide lock-out is replaced by the throttle
alter table app_user drop column failed_attempts;
alter table app_user drop column locked_until;

-- a one-time or administrator-set password must be changed at the next sign-in (item 13)
alter table app_user add column must_change_password boolean not null default false;

-- one account per employee: an account linked to an employee reads his card, declarations and
-- notifications as his own (item 1)
create unique index app_user_employee_ux on app_user (employee_id) where employee_id is not null;
