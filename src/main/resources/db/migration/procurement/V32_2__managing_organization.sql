-- Issue 18 item 8: the managing organization of a company (ЕГРЮЛ СвУпрОрг), which holds the powers
-- of its sole executive body — «иной орган управления» of 44-ФЗ ст.31 ч.1 п.9.
-- [{inn, ogrn, name, sharePercent: null, since, until: null}]
alter table register_company add column managing_organizations jsonb not null default '[]';
