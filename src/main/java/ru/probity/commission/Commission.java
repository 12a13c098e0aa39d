package ru.probity.commission;

/** A commission of an organization. */
public record Commission(
        long id, long organizationId, String organizationName, String organizationPath, String name, String basis) {}
