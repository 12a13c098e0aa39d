-- An act of the register marked public by its keeper's officer: shown in the subsection «Нормативные
-- правовые и иные акты в сфере противодействия коррупции» of the keeping organization's public section
-- (issue 21, Приказ Минтруда №530н), with every version's file. Unmarked: withdrawn from the site.
alter table legal_act add column public_since timestamptz;
alter table legal_act add column public_by text;
create index legal_act_public_ix on legal_act (organization_id) where public_since is not null;
