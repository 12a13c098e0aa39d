package ru.probity.council;

/** A council with the organization it belongs to (the region's, a municipality's). */
public record Council(long id, long organizationId, String organizationName, String name, int meetings) {}
