package ru.probity.demo;

import java.util.List;

/**
 * The kinds of relation of a relative to an employee, as stored in {@code relative.relation}. The
 * values are those of the organization module's relation enum; they are repeated here as strings
 * so that the demo does not depend on it. Close relatives and in-laws as 273-ФЗ ст.10 names them,
 * plus the relations 44-ФЗ ст.31 ч.1 п.9 adds (grandparents, grandchildren, half siblings,
 * adoptive parents and adopted children).
 */
public final class DemoRelation {

    public static final String SPOUSE = "SPOUSE";
    public static final String PARENT = "PARENT";
    public static final String CHILD = "CHILD";
    public static final String SIBLING = "SIBLING";
    public static final String HALF_SIBLING = "HALF_SIBLING";
    public static final String GRANDPARENT = "GRANDPARENT";
    public static final String GRANDCHILD = "GRANDCHILD";
    public static final String ADOPTIVE_PARENT = "ADOPTIVE_PARENT";
    public static final String ADOPTED_CHILD = "ADOPTED_CHILD";
    public static final String SPOUSE_PARENT = "SPOUSE_PARENT";
    public static final String SPOUSE_SIBLING = "SPOUSE_SIBLING";
    public static final String SPOUSE_CHILD = "SPOUSE_CHILD";
    public static final String CHILD_SPOUSE = "CHILD_SPOUSE";

    /** Every allowed value. */
    public static final List<String> ALL = List.of(
            SPOUSE,
            PARENT,
            CHILD,
            SIBLING,
            HALF_SIBLING,
            GRANDPARENT,
            GRANDCHILD,
            ADOPTIVE_PARENT,
            ADOPTED_CHILD,
            SPOUSE_PARENT,
            SPOUSE_SIBLING,
            SPOUSE_CHILD,
            CHILD_SPOUSE);

    private DemoRelation() {}
}
