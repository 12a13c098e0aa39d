-- One finding per conflict (issue 16 item 8): a (contract, official, related person) is one finding
-- listing every rule that applies, reviewed once. The fingerprint no longer holds the rule.
--
-- The findings made one per rule are merged: of each conflict the finding a human acted on most is
-- kept (confirmed, then dismissed, then under review, then stale, then new, then gone; then the one
-- with more entries by people, the latest changed, the oldest), the others' history moves to it, a
-- MERGED entry names them, and finding_merged remembers where they went (a commission case links to
-- its finding by number). The kept finding lists the rules of the merged ones that a re-check still
-- found (all of them when none was), with the highest confidence, their explanations in rule order
-- and the path of the surest.

alter table finding add column rules text[];
update finding set rules = array[rule];

-- where a finding merged into another one went
create table finding_merged (
    merged_id bigint primary key,
    finding_id bigint not null references finding (id) on delete cascade,
    merged_at timestamptz not null default now()
);
create index finding_merged_finding_ix on finding_merged (finding_id);

create temporary table merge_plan as
with conflicts as (
    select f.id, f.status, f.rule, f.confidence, f.explanation, f.path, f.updated_at,
           case when f.fingerprint like '%|' || f.rule
                then left(f.fingerprint, length(f.fingerprint) - length(f.rule) - 1)
                else f.fingerprint end as conflict,
           coalesce(array_position(array['44fz_31_1_9', '273fz_10', 'shared_contact', 'former_tie'], f.rule), 99)
               as rule_order,
           array_position(array['HIGH', 'MEDIUM', 'LOW'], f.confidence) as confidence_order,
           (select count(*) from finding_event ev where ev.finding_id = f.id and ev.username <> 'system') as acts
    from finding f)
select c.*,
       row_number() over (partition by c.conflict order by
           case c.status when 'CONFIRMED' then 0 when 'DISMISSED' then 1 when 'UNDER_REVIEW' then 2
                         when 'STALE' then 3 when 'NEW' then 4 else 5 end,
           c.acts desc, c.updated_at desc, c.id) as rank,
       count(*) over (partition by c.conflict) as size,
       -- the rules a re-check still found count; when none was, all of them
       (c.status <> 'GONE' or bool_and(c.status = 'GONE') over (partition by c.conflict)) as counts
from conflicts c;

create temporary table merged_conflict as
select p.conflict,
       max(p.id) filter (where p.rank = 1) as keeper,
       array_agg(p.rule order by p.rule_order, p.rule) filter (where p.counts) as rules,
       (array['HIGH', 'MEDIUM', 'LOW'])[min(p.confidence_order) filter (where p.counts)] as confidence,
       string_agg(p.explanation, E'\n\n' order by p.rule_order, p.rule) filter (where p.counts) as explanation,
       (array_agg(p.path order by p.confidence_order, p.rule_order, p.id) filter (where p.counts))[1] as path
from merge_plan p
where p.size > 1
group by p.conflict;

update finding f
set rules = m.rules, rule = m.rules[1], confidence = m.confidence, explanation = m.explanation, path = m.path
from merged_conflict m
where f.id = m.keeper;

update finding_event ev
set finding_id = m.keeper
from merge_plan p join merged_conflict m on m.conflict = p.conflict
where ev.finding_id = p.id and p.rank > 1;

insert into finding_event (finding_id, username, kind, text)
select m.keeper, 'system', 'MERGED', string_agg(p.id::text, ', ' order by p.id)
from merge_plan p join merged_conflict m on m.conflict = p.conflict
where p.rank > 1
group by m.keeper;

insert into finding_merged (merged_id, finding_id)
select p.id, m.keeper
from merge_plan p join merged_conflict m on m.conflict = p.conflict
where p.rank > 1;

delete from finding f using merge_plan p where f.id = p.id and p.rank > 1;

update finding f set fingerprint = p.conflict from merge_plan p where f.id = p.id and f.fingerprint <> p.conflict;

drop table merged_conflict;
drop table merge_plan;

alter table finding alter column rules set not null;
alter table finding add constraint finding_rules_ck check (cardinality(rules) > 0 and rules[1] = rule);
create index finding_rules_ix on finding using gin (rules);

-- a contract's check counts its conflicts now, not its findings per rule (the next check recounts)
update contract_check k
set findings = least(k.findings, (select count(*) from finding f where f.contract_id = k.contract_id and f.status <> 'GONE'))
where k.findings > 0;

comment on column finding.rule is 'the primary rule: rules[1]';
comment on column finding.rules is 'every rule that applies to the conflict, the law first (44fz_31_1_9, 273fz_10, shared_contact, former_tie)';
comment on column finding.fingerprint is 'contract registry number | official | person: one finding per conflict';
