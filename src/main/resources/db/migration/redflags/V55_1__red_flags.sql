-- Red flags of procurement (issue 22; docs/red-flags.md «In the application»): the flags the engine
-- computed on the region's purchases, one row per fingerprint «indicator|contract|customer|supplier»
-- so that a recompute keeps a flag's status and history. The contract's facts are copied from the
-- snapshot the flags were computed on (the module reads no procurement table).
create table red_flag (
    id bigint generated always as identity primary key,
    fingerprint text not null unique,
    indicator text not null,
    -- the stored contract (procurement's contract.id) and its registry number; null for a flag on a
    -- customer-supplier pair or on a supplier
    contract_id bigint,
    reg_num text,
    purchase_number text,
    sign_date date,
    price numeric,
    customer_inn varchar(12),
    customer_name text,
    supplier_inn varchar(12),
    supplier_name text,
    -- the customer's organization of the tree: who sees the flag (its subtree's officers)
    organization_id bigint not null references organization (id),
    value double precision not null,
    threshold double precision not null,
    explanation text not null,
    documents text[] not null default '{}',
    -- the risk score of the flag's contract (or pair) when last computed, 0..1
    risk double precision not null default 0,
    -- NEW, UNDER_REVIEW, CONFIRMED, DISMISSED, GONE (no longer found, never decided)
    status text not null default 'NEW' check (status in ('NEW', 'UNDER_REVIEW', 'CONFIRMED', 'DISMISSED', 'GONE')),
    resolution text,
    found_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    updated_by text not null default 'system'
);
create index red_flag_organization_ix on red_flag (organization_id, status);
create index red_flag_contract_ix on red_flag (contract_id);

-- The history of a flag: status changes with who and when, found again after being gone.
create table red_flag_event (
    id bigint generated always as identity primary key,
    flag_id bigint not null references red_flag (id) on delete cascade,
    at timestamptz not null default now(),
    username text not null,
    kind text not null,
    status text,
    text text
);
create index red_flag_event_flag_ix on red_flag_event (flag_id, at);

-- The risk score of each customer of the tree: the mean of its contracts' scores.
create table red_flag_customer (
    organization_id bigint not null references organization (id),
    customer_inn varchar(12) not null,
    customer_name text,
    contracts integer not null,
    flagged integer not null,
    risk double precision not null,
    primary key (organization_id, customer_inn)
);

-- The last computation: the snapshot version it read (a recompute runs when the facts' version differs).
create table red_flag_run (
    id integer primary key check (id = 1),
    version bigint not null,
    -- the thresholds in force (a changed setting recomputes too)
    settings text not null default '',
    computed_at timestamptz not null default now(),
    flags integer not null,
    computed_by text not null
);
