package ru.probity.region;

/** The value of an indicator for an organization's whole subtree. */
public record Figure(long organizationId, String indicator, long value) {}
