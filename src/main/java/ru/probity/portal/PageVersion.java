package ru.probity.portal;

import java.time.Instant;

/** A saved state of an own page. */
public record PageVersion(
        long id, int number, String title, String body, String menuSection, boolean published, Instant at, String by) {}
