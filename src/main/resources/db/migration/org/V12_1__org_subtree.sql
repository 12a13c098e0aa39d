-- The organization tree as other modules may read it (docs/architecture.md, "The organization
-- subtree"): one row for every organization and each of its ancestors, itself included. Other
-- modules never look at organization.path; they ask
--   x.organization_id in (select organization_id from org_subtree where ancestor_id = :org)
-- for "in the subtree of :org", and
--   x.organization_id in (select ancestor_id from org_subtree where organization_id = :org)
-- for ":org or one of its ancestors" (acts and tests published above). The path holds the ids
-- from the root down ('/1/5/17/'), so the view needs no recursion.
create view org_subtree as
select cast(a.id as bigint) as ancestor_id, o.id as organization_id, a.depth
from organization o
cross join lateral unnest(string_to_array(trim(both '/' from o.path), '/')) with ordinality as a(id, depth);

comment on view org_subtree is
    'Pairs (ancestor, organization) of the tree, the organization itself included; depth 1 is the root';
