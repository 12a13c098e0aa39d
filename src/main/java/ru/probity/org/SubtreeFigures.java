package ru.probity.org;

/** The figures of an organization subtree shown on the start page. */
public record SubtreeFigures(
        int organizations,
        int municipalities,
        int employees,
        int declarants,
        int procurementOfficials,
        int recentlyAppointed,
        int relatives) {}
