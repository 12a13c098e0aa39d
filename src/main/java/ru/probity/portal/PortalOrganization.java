package ru.probity.portal;

/** The organization whose public section a page belongs to. */
public record PortalOrganization(long id, String name, String shortName) {}
