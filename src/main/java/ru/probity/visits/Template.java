package ru.probity.visits;

/**
 * A checklist template: its name and version, the template it was copied from, whether it is the
 * default shipped with Probity, offered for new visits, how many items it has and whether a visit
 * uses it (then it is no longer changed: a new version is a copy).
 */
public record Template(
        long id, String name, int version, Long basedOnId, boolean builtin, boolean active, int items, boolean used) {}
