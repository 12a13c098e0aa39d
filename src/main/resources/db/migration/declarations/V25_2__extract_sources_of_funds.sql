-- The Указ №613 extract publishes the sources of funds of deals above the three years' income
-- (п.2 «г»), not the subjects of every deal (issue 18, item 1). Extracts saved before carry the
-- deals' subjects ("deals") and no sources: the subjects are dropped, and the sources ("funds") are
-- left empty until the extract is computed again — when the declaration is filed again, or when its
-- campaign is published (Campaigns#publish computes the extracts of the campaign anew).
update declaration
set extract = jsonb_set(
        extract,
        '{rows}',
        (select coalesce(jsonb_agg((r - 'deals') || '{"funds": []}'::jsonb order by n), '[]'::jsonb)
         from jsonb_array_elements(extract -> 'rows') with ordinality as t(r, n)))
where jsonb_typeof(extract -> 'rows') = 'array';
