package ru.probity.portal;

/** The organization whose public section a page belongs to (null parent: the region itself). */
public record PortalOrganization(long id, String name, String shortName, Long parentId) {}
