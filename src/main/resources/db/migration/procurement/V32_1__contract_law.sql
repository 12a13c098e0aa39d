-- Issue 18 item 8: the law a contract was concluded under. The ЕИС contracts (export/contract)
-- are 44-ФЗ; a contract table may say 223-ФЗ. 44-ФЗ ст.31 ч.1 п.9 and ст.39 ч.6 hold for 44-ФЗ only.
alter table contract add column law text not null default 'FZ44'
    constraint contract_law_check check (law in ('FZ44', 'FZ223'));
