package ru.probity.visits;

import java.time.Instant;

/**
 * A stored file of a visit without its content: evidence of a checklist item ({@code itemId}) or of
 * the visit as a whole, or the file of a report of execution ({@code reportId}).
 */
public record VisitFile(
        long id,
        Long itemId,
        Long reportId,
        String name,
        String contentType,
        int size,
        Instant uploadedAt,
        String uploadedBy) {}
