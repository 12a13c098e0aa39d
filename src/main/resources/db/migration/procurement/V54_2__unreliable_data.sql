-- Issue 22: what ЕГРЮЛ marks as unreliable in an extract (запись о недостоверности сведений,
-- 129-ФЗ ст.11 п.6): ADDRESS (СвНедАдресЮЛ), DIRECTOR (СвНедДанДолжнФЛ, СвНедДанУпрОрг),
-- FOUNDER (СвНедДанУчр).
alter table register_company add column unreliable_data text[] not null default '{}';
