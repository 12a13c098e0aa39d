-- Faster register imports (docs/benchmarks.md): the search text and the INNs of a company's people
-- are written by the import instead of being computed and indexed in the database per row.
--  * search_name: the short name (the full one when there is none), lower case, ё as е; the legal
--    form words that every full name repeats made the trigram index three times larger and slower.
--  * person_inns: the INNs of the directors, board members and founders, for "companies of this
--    person"; a GIN index over this array replaces the one over the whole people document.
-- Both indexes cover current extracts only: searches never look at superseded ones.

alter table register_company alter column search_name drop expression;
update register_company set search_name = probity_search_text(coalesce(short_name, full_name));
alter table register_company alter column search_name set not null;
drop index register_company_search_ix;
create index register_company_search_ix on register_company using gin (search_name gin_trgm_ops) where is_current;

alter table register_company add column person_inns text[] not null default '{}';
update register_company c set person_inns = coalesce(
    (select array_agg(distinct p ->> 'inn') from jsonb_array_elements(c.people) p where p ->> 'inn' is not null), '{}');
drop index register_company_people_ix;
create index register_company_person_inns_ix on register_company using gin (person_inns) where is_current;
create index register_company_import_ix on register_company (import_id);

alter table register_entrepreneur alter column search_name drop expression;
alter table register_entrepreneur alter column search_name set not null;
drop index register_entrepreneur_search_ix;
create index register_entrepreneur_search_ix on register_entrepreneur using gin (search_name gin_trgm_ops) where is_current;
create index register_entrepreneur_import_ix on register_entrepreneur (import_id);
