-- A published material marked by its keeper's officer for the website: shown in the subsection
-- «Методические материалы» of the public section «Противодействие коррупции» (issue 21, Приказ
-- Минтруда №530н) of its organization and of every organization below it, with its newest version's file.
alter table material add column on_site_at timestamptz;
alter table material add column on_site_by text;
create index material_on_site_ix on material (organization_id) where on_site_at is not null;
