-- Issue 22: the purchases behind the red flags — notices, every bid of a protocol, what happened to a
-- contract after signing, and the contract's ОКПД2 codes, ground, version and price as signed.

alter table contract add column okpd2 text[] not null default '{}';
-- the point of 44-ФЗ ст.93 ч.1 a single-supplier contract was concluded under («4», «5», «25», …)
alter table contract add column single_supplier_ground text;
-- the ЕИС versionNumber of the stored version (0 = as signed); an older version never replaces a newer
alter table contract add column version_number int not null default 0;
-- the price of the first stored version (as signed when version 0 was imported); price is the latest
alter table contract add column signed_price numeric(18, 2);
update contract set signed_price = price;
create index contract_okpd2_ix on contract using gin (okpd2);

-- the protocol's element name (fcsProtocolEF3, epProtocolEZK1, …) and every bid it names:
-- [{journalNumber, inn, kpp, name, kind, offer, admitted, rejectionReason, rating, winner, address, phone, email}]
alter table protocol add column kind text;
alter table protocol add column bids jsonb not null default '[]';
create index protocol_purchase_ix on protocol (purchase_number);

create table purchase_notice (
    id bigint generated always as identity primary key,
    purchase_number text not null,
    document_kind text not null,
    scheme_version text,
    -- procurement.model.Procedure
    procedure text not null,
    placing_way_code text,
    customer_inn varchar(12),
    customer_name text,
    -- the customer in the organization tree, found by INN; null when not in the tree
    organization_id bigint references organization (id),
    published timestamp,
    submission_end timestamp,
    max_price numeric(18, 2),
    currency text,
    okpd2 text[] not null default '{}',
    subject text,
    import_id bigint not null references procurement_import (id),
    imported_at timestamptz not null default now()
);
-- a purchase's notice and its changes (each a document kind and publication moment of its own)
create unique index purchase_notice_ux
    on purchase_notice (purchase_number, document_kind, coalesce(published, timestamp '1900-01-01'));
create index purchase_notice_organization_ix on purchase_notice (organization_id);

create table contract_change (
    id bigint generated always as identity primary key,
    reg_num text not null,
    -- AMENDMENT, EXECUTION, TERMINATION
    kind text not null constraint contract_change_kind_check check (kind in ('AMENDMENT', 'EXECUTION', 'TERMINATION')),
    version int not null default 0,
    change_date date,
    price numeric(18, 2),
    reason text,
    document_kind text not null,
    import_id bigint not null references procurement_import (id),
    imported_at timestamptz not null default now()
);
-- the same change imported twice is one change
create unique index contract_change_ux on contract_change (reg_num, kind, version, coalesce(change_date, date '1900-01-01'),
    coalesce(price, -1), document_kind);
create index contract_change_reg_num_ix on contract_change (reg_num);
