-- Acknowledgement «под роспись» by re-entering the password is a simple electronic signature, and
-- counts as a handwritten one only where a local act and an agreement say so (63-ФЗ ст.6 ч.2, ст.9):
-- the organization's local act on electronic document management, and each employee's consent to
-- electronic acknowledgement with the agreement on the use of the simple electronic signature.

-- the organization's local act (it covers the organization's subtree unless one below has its own)
create table esign_local_act (
    id bigint generated always as identity primary key,
    organization_id bigint not null unique references organization (id),
    number text not null,
    adopted_on date not null,
    title text not null,
    recorded_at timestamptz not null default now(),
    recorded_by text not null
);

-- the employee's consent and signature agreement: accepted by himself online with his password
-- (ONLINE), or signed on paper and recorded by an officer (PAPER)
create table esign_agreement (
    id bigint generated always as identity primary key,
    employee_id bigint not null unique references employee (id),
    agreed_on date not null,
    consented_on date not null,
    way text not null,
    recorded_at timestamptz not null default now(),
    recorded_by text not null
);

-- what an online acknowledgement was signed under, as it stood at the signature
alter table acknowledgement add column esign_act_number text;
alter table acknowledgement add column esign_act_adopted_on date;
alter table acknowledgement add column esign_act_title text;
alter table acknowledgement add column esign_agreed_on date;
