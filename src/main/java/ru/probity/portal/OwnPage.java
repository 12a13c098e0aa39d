package ru.probity.portal;

import java.time.Instant;

/**
 * A page of the organization's own in its public section, written by its officer: its address
 * {@code /public/{organization}/page/{slug}}, title, sanitized body, place in the menu ({@link
 * #HOME} — the intro of the section's home page, a subsection's id, or {@link #OTHER}), order,
 * whether it is published, and its version.
 */
public record OwnPage(
        long id,
        long organizationId,
        String slug,
        String title,
        String body,
        String menuSection,
        int position,
        boolean published,
        int version,
        Instant updatedAt,
        String updatedBy) {

    /** The intro text of the section's home page. */
    public static final String HOME = "home";

    /** «Иная информация». */
    public static final String OTHER = "other";

    /** The page's public address. */
    public String path() {
        return HOME.equals(menuSection) ? "/public/" + organizationId : "/public/" + organizationId + "/page/" + slug;
    }
}
