package ru.probity.portal;

import java.time.Instant;
import java.time.LocalDate;

/** A news item of an organization's public section: title, date, sanitized body, published or a draft. */
public record NewsItem(
        long id,
        long organizationId,
        String title,
        LocalDate date,
        String body,
        boolean published,
        Instant updatedAt,
        String updatedBy) {

    /** The item's public address. */
    public String path() {
        return "/public/" + organizationId + "/news/" + id;
    }
}
