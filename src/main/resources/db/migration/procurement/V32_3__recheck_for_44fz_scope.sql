-- Issue 18 item 8: the official himself is no longer a 44-ФЗ ст.31 ч.1 п.9 conflict (273-ФЗ ст.10,
-- and 44-ФЗ ст.39 ч.6 for a commission member). Every check is made stale so that the scheduled
-- re-check applies the rules to the stored contracts; a finding whose rules change keeps its number,
-- status and history and gets a «повторная проверка изменила основания» entry.
update contract_check set registers_version = -1;
