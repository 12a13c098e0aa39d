package ru.probity.org;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tree order for pickers and lists: each organization followed by its subtree, siblings with the
 * administration first and then by name in Russian alphabetical order (as the tree page shows them),
 * not in the order the ids happen to have in the materialized path.
 */
final class TreeOrder {

    private TreeOrder() {}

    static List<Organization> sort(List<Organization> organizations) {
        Collator collator = Collator.getInstance(Locale.of("ru"));
        collator.setStrength(Collator.SECONDARY);
        Comparator<Organization> siblings = Comparator.comparing(
                        (Organization o) -> o.kind() != OrganizationKind.ADMINISTRATION)
                .thenComparing(Organization::name, collator)
                .thenComparingLong(Organization::id);
        Set<Long> present = new HashSet<>();
        organizations.forEach(o -> present.add(o.id()));
        Map<Long, List<Organization>> children = new HashMap<>();
        List<Organization> roots = new ArrayList<>();
        for (Organization o : organizations) {
            if (o.parentId() != null && present.contains(o.parentId())) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        children.values().forEach(list -> list.sort(siblings));
        // Roots of a partial list (a node whose parent is not shown) keep the tree's order between
        // branches: by depth, then as siblings.
        roots.sort(Comparator.comparingInt(Organization::depth).thenComparing(siblings));
        List<Organization> sorted = new ArrayList<>(organizations.size());
        for (Organization root : roots) {
            walk(root, children, sorted);
        }
        return sorted;
    }

    private static void walk(Organization node, Map<Long, List<Organization>> children, List<Organization> out) {
        out.add(node);
        for (Organization child : children.getOrDefault(node.id(), List.of())) {
            walk(child, children, out);
        }
    }
}
